// Shared set-up for the browser tests: Debian's Chromium through playwright-core, and the
// test server on 127.0.0.1.
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
    async page(contextOptions = {}) {
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      page.consoleMessages = [];
      page.on('console', (message) => page.consoleMessages.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => page.consoleMessages.push({ type: 'pageerror', text: String(error) }));
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
