// Themes on real host pages: the widget's palette follows what is behind it, and every
// part of it (text, mentions with their underline and focus ring, the card, the toolbar,
// the index, the progress bar, the error box) keeps WCAG AA contrast against what is
// actually behind it, for each theme option and system setting, on a light-only news
// page, a dark one, and the demo; and it follows a page whose theme changes after load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, needsFinders, open, settled } from './harness.mjs';
import { failures, tagAttributes } from './contrast.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

const HOST = '[data-gloss-state]';
const W = (selector) => `${HOST} >>> ${selector}`;
const READING = [
  ['kicker', W('.gloss-kicker'), 'text'],
  ['headline', W('.gloss-title'), 'text'],
  ['subtitle', W('.gloss-subtitle'), 'text'],
  ['byline', W('.gloss-byline'), 'text'],
  ['reading time', W('.gloss-reading-time'), 'text'],
  ['caption', W('.gloss-figure figcaption'), 'text'],
  ['paragraph', W('.gloss-chunk > p'), 'text'],
  ['subheading', W('.gloss-body h2'), 'text'],
  ['quote', W('.gloss-body blockquote'), 'text'],
  ['topic', W('.gloss-topics li'), 'text'],
  ['mention', W('.gloss-mention'), 'text'],
  ['mention underline', W('.gloss-mention'), 'underline'],
  ['cards switch', W('.gloss-toggle'), 'text'],
  ['cards switch dot', W('.gloss-toggle'), 'dot'],
  ['index button', W('.gloss-index-button'), 'text'],
  ['progress bar', W('.gloss-progress > span'), 'fill'],
];
const OPEN_MENTION = W('.gloss-mention[aria-expanded="true"]');
const CARD = [
  ['open mention', OPEN_MENTION, 'text'],
  ['open mention underline', OPEN_MENTION, 'underline'],
  ['mention focus ring', OPEN_MENTION, 'outline'],
  ['card kind', W('.gloss-card-kind'), 'text'],
  ['card name', W('.gloss-card-name'), 'text'],
  ['card summary', W('.gloss-card-summary'), 'text'],
  ['card count', W('.gloss-card-count'), 'text'],
  ['card button', W('.gloss-card-nav button'), 'text'],
];
const INDEX = [
  ['index title', W('.gloss-index h2'), 'text'],
  ['index kind', W('.gloss-index h3'), 'text'],
  ['index entry', W('.gloss-index-entry'), 'text'],
  ['index count', W('.gloss-index-count'), 'text'],
  ['index tick', W('.gloss-tick'), 'fill'],
];

const PAGES = [
  ['light-only news page', '/tests/pages/news-light.html', false],
  ['dark news page', '/tests/pages/news-dark.html', true],
];

/** Opens `path` with `theme` on the tag, in a system set to `scheme`. */
async function load(path, theme, scheme) {
  const page = await harness.page({ viewport: { width: 1100, height: 900 }, colorScheme: scheme });
  await tagAttributes(page, { 'data-theme': theme });
  await page.goto(`${harness.url}${path}`);
  await settled(page);
  return page;
}

/** The widget's parts that fail AA: the reading view, then with a focus ring on the
 *  cards switch, then with a mention focused and its card open, then the index. */
async function widgetFailures(page) {
  const failed = await failures(page, READING);
  await page.locator(`${HOST} .gloss-toggle`).focus();
  failed.push(...await failures(page, [['cards switch focus ring', W('.gloss-toggle'), 'outline']]));
  await page.locator(`${HOST} .gloss-mention[tabindex="0"]`).first().focus();
  const card = page.locator(`${HOST} .gloss-card`);
  await card.waitFor({ state: 'visible' });
  await card.evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
  failed.push(...await failures(page, CARD));
  await page.keyboard.press('Escape');
  await page.locator(`${HOST} .gloss-index-button`).click();
  await page.locator(`${HOST} .gloss-index`).waitFor({ state: 'visible' });
  failed.push(...await failures(page, INDEX));
  return failed;
}

const isDark = (page) => page.locator(`${HOST} .gloss-root`).evaluate((e) => e.hasAttribute('data-dark'));
const isFilled = (page) => page.locator(`${HOST} .gloss-root`).evaluate((e) => e.hasAttribute('data-fill'));

for (const [name, path, darkPage] of [...PAGES, ['demo', '/www/', null]]) {
  for (const scheme of ['light', 'dark']) {
    for (const theme of ['auto', 'light', 'dark']) {
      test(`${name}, system ${scheme}, theme ${theme}: every part keeps AA contrast`, needsFinders, async () => {
        const query = name === 'demo' ? '' : '?article=layout-long-image';
        const page = await load(path + query, theme, scheme);
        // The demo's page follows the system setting; the others have a theme of their own.
        const pageIsDark = darkPage ?? scheme === 'dark';
        assert.equal(await isDark(page), theme === 'auto' ? pageIsDark : theme === 'dark', 'the palette');
        // A background of its own only where the host's theme is not the page's.
        assert.equal(await isFilled(page), theme !== 'auto' && (theme === 'dark') !== pageIsDark, 'the fill');
        const failed = await widgetFailures(page);
        await page.screenshot({ path: `${ARTIFACTS}/theme-${name.split(' ')[0]}-${scheme}-${theme}.png` });
        assert.deepEqual(failed, []);
      });
    }
  }
}

for (const [name, path] of PAGES) {
  for (const scheme of ['light', 'dark']) {
    for (const theme of ['auto', 'light', 'dark']) {
      test(`${name}, system ${scheme}, theme ${theme}: the error box keeps AA contrast`, async () => {
        const page = await harness.page({ colorScheme: scheme, expectErrors: /missing\.json/ });
        await tagAttributes(page, { 'data-theme': theme });
        await page.goto(`${harness.url}${path}?article=missing`);
        await settled(page);
        assert.deepEqual(await failures(page, [
          ['error box', W('.gloss-error'), 'text'],
        ]), []);
      });
    }
  }
}

/** Waits until the widget's palette is dark (or light), as a check after a change sets it. */
const settlesDark = (page, dark) => page.waitForFunction(
  ([host, want]) => document.querySelector(host).shadowRoot.querySelector('.gloss-root').hasAttribute('data-dark') === want,
  [HOST, dark],
  { timeout: 5000 },
);

test('a site theme switch after load: the widget follows, once the page\'s background has faded', needsFinders, async () => {
  const page = await load('/tests/pages/news-dark.html?article=layout-long-image', 'auto', 'light');
  assert.equal(await isDark(page), true);
  // The site's switch takes the class off <html>; the main column's background fades out
  // over 0.4 s, so when the class changes the page behind the widget is still dark.
  await page.click('.theme-switch');
  await settlesDark(page, false);
  assert.deepEqual(await failures(page, READING), []);
  await page.click('.theme-switch');
  await settlesDark(page, true);
  assert.deepEqual(await failures(page, READING), []);
});

test('the system setting changing: followed where the page follows it, not where it does not', needsFinders, async () => {
  const demo = await load('/www/', 'auto', 'light');
  const news = await load('/tests/pages/news-light.html?article=layout-long-image', 'auto', 'light');
  await demo.emulateMedia({ colorScheme: 'dark' });
  await settlesDark(demo, true);
  assert.deepEqual(await failures(demo, READING), []);
  await news.emulateMedia({ colorScheme: 'dark' });
  // The change is reported with the next frame; two frames later it has been handled.
  await news.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await isDark(news), false);
  assert.deepEqual(await failures(news, READING), []);
});

test('a page whose own stylesheet arrives after the widget: the widget follows it', needsFinders, async () => {
  const slow = await open({ delay: (path) => (path === '/tests/pages/news-dark.css' ? 1500 : 0) });
  try {
    const page = await slow.page({ colorScheme: 'light' });
    await page.goto(`${slow.url}/tests/pages/news-dark.html?article=layout-short&async&bare`);
    await settled(page);
    await settlesDark(page, true);
    assert.deepEqual(await failures(page, READING.filter(([label]) => !/caption|subheading|quote|topic|index|progress|switch/.test(label))), []);
  } finally {
    await slow.close();
  }
});
