// Shared set-up for the browser tests: Debian's Chromium through playwright-core, and the
// test server on 127.0.0.1. Every test fails on an uncaught page error and on a console
// error that names gloss, unless it opened its page with `expectErrors` (true, or a
// regular expression that each such error must match).
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start } from '../server.mjs';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Whether this run serves the lean wasm builds in place of the full ones
 *  (GLOSS_TEST_BUILD=lean: tests/server.mjs), as scripts/test's second run does. */
export const LEAN_RUN = process.env.GLOSS_TEST_BUILD === 'lean';

/** The options of a test that needs the engine's finders, or the full build's own files
 *  (their integrity, which build a page fetched): it is skipped, with this message, in
 *  the lean run. */
export const needsFinders = LEAN_RUN ? { skip: 'needs the full build (the finders): this run serves the lean one (GLOSS_TEST_BUILD=lean)' } : {};

/** The options of a test that reads schema.org JSON-LD (an article, or an enhanced page's
 *  names without a complete glossary), which only the full build does: skipped, with this
 *  message, in the lean run. */
export const needsSchemaOrg = LEAN_RUN ? { skip: 'reads schema.org JSON-LD, which only the full build does: this run serves the lean one (GLOSS_TEST_BUILD=lean)' } : {};

/** The errors seen on each page opened since the last test ended, not yet checked. */
const watched = new Set();

/** The page's errors a test did not declare: uncaught errors, and console errors that
 *  name gloss (a page's own errors are its business). */
export function unexpectedErrors(page) {
  const expected = page.expectErrors;
  return page.consoleMessages
    .filter((m) => m.type === 'pageerror' || (m.type === 'error' && /gloss/i.test(m.text)))
    .filter((m) => !(expected === true || (expected instanceof RegExp && expected.test(m.text))))
    .map((m) => `${m.type}: ${m.text}`);
}

// Checked after every test of every file that uses the harness.
afterEach(() => {
  const errors = [...watched].flatMap((page) => unexpectedErrors(page));
  watched.clear();
  if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
});

/** Starts a server and a browser. Call `close()` when done. */
export async function open(serverOptions) {
  const server = await start(0, serverOptions);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
  });
  return {
    url: server.url,
    knowledge: server.knowledge,
    browser,
    /** A page in a new context with `contextOptions`; `expectErrors` (true or a regular
     *  expression) declares the errors the test expects to see. */
    async page({ expectErrors = false, ...contextOptions } = {}) {
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      page.consoleMessages = [];
      page.expectErrors = expectErrors;
      page.on('console', (message) => page.consoleMessages.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => page.consoleMessages.push({ type: 'pageerror', text: String(error) }));
      watched.add(page);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until every gloss host on the page has finished loading (ready or error). */
export async function settled(page, count = 1) {
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('[data-gloss-state]')];
      return hosts.length >= n && hosts.every((h) => h.dataset.glossState !== 'loading');
    },
    count,
    { timeout: 20000 },
  );
}

/**
 * The element's box once its own animations have ended. A card fades in with a 4 px
 * rise, so a box measured while it runs is off by up to that.
 */
export function restingBox(locator) {
  return locator.evaluate(async (e) => {
    await Promise.all(e.getAnimations().map((a) => a.finished.catch(() => {})));
    return e.getBoundingClientRect().toJSON();
  });
}

/**
 * Installs Playwright's fake clock and stops it. An installed clock still runs with real
 * time until paused, so a test that steps time with `runFor` on a busy machine would see
 * a timer fire while the page was merely slow; paused, time moves only when the test says.
 */
export async function pausedClock(page) {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
}
