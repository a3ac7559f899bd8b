// Themes on enhanced pages: the page's own mention wrappers (styled by gloss-enhance.css)
// and the card (in a shadow root of its own) keep WCAG AA contrast against what is
// actually behind them, on a light-only news page and a dark one, for each theme option
// and system setting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsSchemaOrg, open, ARTIFACTS } from './harness.mjs';
import { failures, tagAttributes } from './contrast.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

const MENTION = '.story-body .gloss-mention';
const CHROME = (selector) => `.gloss-chrome >>> ${selector}`;

for (const [name, path, darkPage] of [['light-only', '/tests/pages/enhance-light.html', false], ['dark', '/tests/pages/enhance-dark.html', true]]) {
  for (const scheme of ['light', 'dark']) {
    for (const theme of ['auto', 'light', 'dark']) {
      test(`enhanced ${name} news page, system ${scheme}, theme ${theme}: mentions and card keep AA contrast`, needsSchemaOrg, async () => {
        const page = await harness.page({ viewport: { width: 1100, height: 800 }, colorScheme: scheme });
        await tagAttributes(page, { 'data-theme': theme });
        await page.goto(`${harness.url}${path}`);
        await page.waitForFunction(() => document.querySelector('.story-body').dataset.glossState === 'ready');
        const failed = await failures(page, [
          ['mention', MENTION, 'text'],
          ['mention underline', MENTION, 'underline'],
        ]);
        const mention = page.locator(`${MENTION}[tabindex="0"]`).first();
        await mention.focus();
        const card = page.locator('.gloss-chrome .gloss-card');
        await card.waitFor({ state: 'visible' });
        await card.evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
        const open = `${MENTION}[aria-expanded="true"]`;
        failed.push(...await failures(page, [
          ['open mention', open, 'text'],
          ['open mention underline', open, 'underline'],
          ['mention focus ring', open, 'outline'],
          ['card kind', CHROME('.gloss-card-kind'), 'text'],
          ['card name', CHROME('.gloss-card-name'), 'text'],
          ['card summary', CHROME('.gloss-card-summary'), 'text'],
          ['card count', CHROME('.gloss-card-count'), 'text'],
          ['card button', CHROME('.gloss-card-nav button'), 'text'],
        ]));
        const dark = await page.locator('.gloss-chrome .gloss-root').evaluate((e) => e.hasAttribute('data-dark'));
        assert.equal(dark, theme === 'auto' ? darkPage : theme === 'dark', 'the card\'s palette');
        await page.screenshot({ path: `${ARTIFACTS}/theme-enhanced-${name}-${scheme}-${theme}.png` });
        assert.deepEqual(failed, []);
      });
    }
  }
}

test('a page that removes gloss\'s elements without destroy() stays responsive, and its theme changes still apply', needsSchemaOrg, async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${harness.url}/tests/pages/enhance-light.html`);
  await page.waitForFunction(() => document.querySelector('.story-body').dataset.glossState === 'ready');
  await page.locator(`${MENTION}[tabindex="0"]`).first().focus();
  await page.locator('.gloss-chrome .gloss-card').waitFor({ state: 'visible' });
  // What a single-page app does on navigation: the old view's nodes go, nobody calls
  // destroy(), and the page's theme changes afterwards.
  await page.evaluate(() => {
    document.querySelectorAll('.gloss-chrome').forEach((chrome) => chrome.remove());
    document.documentElement.style.background = '#111';
    document.body.style.background = '#111';
    document.body.className += ' dark';
  });
  assert.equal(await page.evaluate(() => new Promise((done) => setTimeout(() => done(1 + 1), 50))), 2, 'the page answers');
});
