// The reading view: layouts from 320 to 1440 px in light and dark, a readable measure,
// right-to-left and CJK articles, localised dates and words, no layout shift, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled, ARTIFACTS } from './harness.mjs';

const HOST = '.gloss-host';
let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

async function load(path, options = {}) {
  const page = await harness.page(options);
  await page.goto(`${harness.url}${path}`);
  await settled(page);
  return page;
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [name, path] of [['demo', '/www/'], ['rich', '/tests/pages/article.html?rich']]) {
  for (const width of [375, 768, 1280]) {
    for (const scheme of ['light', 'dark']) {
      test(`${name} at ${width} px, ${scheme}: no sideways scroll, screenshot saved`, async () => {
        const page = await load(path, { viewport: { width, height: 900 }, colorScheme: scheme });
        assert.ok((await overflow(page)) <= 1);
        await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}-${scheme}.png`, fullPage: true });
      });
    }
  }
}

test('it works from 320 to 1440 px wide', async () => {
  for (const width of [320, 1440]) {
    const page = await load('/tests/pages/article.html?rich', { viewport: { width, height: 800 } });
    assert.ok((await overflow(page)) <= 1, `${width} px`);
  }
});

test('a readable measure of 60 to 75 characters', async () => {
  const page = await load('/www/', { viewport: { width: 1280, height: 900 } });
  const perLine = await page.evaluate(() => {
    const p = document.querySelector('.gloss-host').shadowRoot.querySelector('.gloss-chunk > p');
    const style = getComputedStyle(p);
    const context = document.createElement('canvas').getContext('2d');
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const sample = 'the quick brown fox jumps over a lazy dog and then some ';
    const average = context.measureText(sample).width / sample.length;
    return p.getBoundingClientRect().width / average;
  });
  assert.ok(perLine >= 60 && perLine <= 75, `${perLine.toFixed(1)} characters a line`);
});

test('every block and inline type renders', async () => {
  const page = await load('/tests/pages/article.html?rich', { viewport: { width: 1000, height: 900 } });
  const body = page.locator(`${HOST} .gloss-body`);
  for (const selector of ['h2', 'h3', 'h4', 'blockquote cite', 'ol li', 'ul li', 'figure img[width="320"][height="120"]', 'hr', 'em', 'strong', 'code', 'sup', 'sub', 'a[href="https://example.org/"]']) {
    assert.ok((await body.locator(selector).count()) >= 1, selector);
  }
  const mention = body.locator('[data-gloss-entity="sd"]');
  assert.equal(await mention.textContent(), 'Safeguard Defenders');
  assert.equal(await mention.locator('em').textContent(), 'Safeguard');
  assert.equal(await body.locator('a [data-gloss-entity], [data-gloss-entity] a').count(), 0, 'no mention inside a link');
  assert.match(await page.locator(`${HOST} .gloss-reading-time`).textContent(), /^1 min read$/);
});

test('a right-to-left article, with its card and index mirrored', async () => {
  const page = await load('/tests/pages/article.html?rtl', { viewport: { width: 1000, height: 800 } });
  const root = page.locator(`${HOST} .gloss-root`);
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.equal(await page.locator(`${HOST} article`).getAttribute('dir'), 'rtl');
  const mention = page.locator(`${HOST} [data-gloss-entity="interpol"]`).first();
  await mention.focus();
  const card = page.locator(`${HOST} .gloss-card`);
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.evaluate((e) => getComputedStyle(e).direction), 'rtl');
  const close = await card.locator('.gloss-card-close').boundingBox();
  const whole = await card.boundingBox();
  assert.ok(close.x + close.width / 2 < whole.x + whole.width / 2, 'the close button sits at the inline end: the left');
  await page.keyboard.press('Escape');
  await page.locator(`${HOST} .gloss-index-button`).click();
  const entry = page.locator(`${HOST} [data-gloss-index="interpol"]`);
  const entryName = await entry.locator('.gloss-index-name').boundingBox();
  const strip = await entry.locator('.gloss-strip').boundingBox();
  assert.ok(entryName.x > strip.x, 'the name comes first, on the right');
  await page.screenshot({ path: `${ARTIFACTS}/rtl.png` });
});

test('a Chinese article wraps inside the column and marks names inside runs of Han', async () => {
  const page = await load('/tests/pages/article.html?cjk', { viewport: { width: 375, height: 800 } });
  assert.ok((await overflow(page)) <= 1);
  const paragraph = page.locator(`${HOST} .gloss-chunk > p`).first();
  const lines = await paragraph.evaluate((p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
  assert.ok(lines >= 3, `${lines} lines`);
  assert.equal(await page.locator(`${HOST} [data-gloss-entity="mps"]`).textContent(), '公安部');
  await page.screenshot({ path: `${ARTIFACTS}/cjk.png` });
});

test('dates are shown in the reader\'s locale in <time datetime>', async () => {
  const page = await load('/tests/pages/article.html?french', { locale: 'fr-FR' });
  const time = page.locator(`${HOST} time.gloss-published`);
  assert.equal(await time.getAttribute('datetime'), '2021-11-25T09:00:00Z');
  assert.match(await time.textContent(), /novembre 2021/);
  const english = await load('/tests/pages/article.html?french', { locale: 'en-US' });
  assert.match(await english.locator(`${HOST} time.gloss-published`).textContent(), /November 25, 2021/);
});

test('a date without a time is the same day in every time zone, and a month stays as written', async () => {
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
    const page = await load('/tests/pages/article.html?french', { locale: 'en-US', timezoneId });
    const shown = await page.evaluate(async () => {
      const element = document.createElement('div');
      document.body.appendChild(element);
      await Gloss.mount(element, { title: 'Dates', published: '2021-11-22', updated: '2021-11', body: ['Text.'] });
      const root = element.shadowRoot;
      return [root.querySelector('time.gloss-published').textContent, root.querySelector('time.gloss-updated').textContent];
    });
    assert.deepEqual(shown, ['November 22, 2021', '2021-11'], timezoneId);
  }
});

test('the widget\'s words follow the article\'s language, and the host can replace them', async () => {
  // The last mount is of a malformed article, to see the error box in the host's words.
  const page = await load('/tests/pages/article.html?french', { expectErrors: /malformed\.json: line 4, column 1/ });
  assert.equal(await page.locator(`${HOST} .gloss-toggle`).textContent(), 'Fiches des noms');
  assert.match(await page.locator(`${HOST} .gloss-reading-time`).textContent(), /min de lecture$/);
  const custom = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, '/tests/fixtures/french.json', { index: true, messages: { index_title: 'Sommaire', min_read: 'minutes' } });
    const root = element.shadowRoot;
    return [root.querySelector('.gloss-index-button').textContent, root.querySelector('.gloss-reading-time').textContent];
  });
  assert.deepEqual(custom, ['Sommaire', '1 minutes']);
  const error = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, '/tests/fixtures/malformed.json', { messages: { error_title: 'Oups.' } });
    return element.shadowRoot.querySelector('.gloss-error').textContent;
  });
  assert.equal(error, 'Oups.');
});

test('hyphenation follows the article\'s language', async () => {
  const page = await load('/tests/pages/article.html?french');
  const article = page.locator(`${HOST} article`);
  assert.equal(await article.getAttribute('lang'), 'fr');
  assert.equal(await article.evaluate((e) => getComputedStyle(e).hyphens), 'auto');
});

test('reading time follows the configured speed', async () => {
  const page = await load('/www/');
  const minutes = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, '/www/demo/article.json', { wordsPerMinute: 20 });
    return element.shadowRoot.querySelector('.gloss-reading-time').textContent;
  });
  assert.match(minutes, /^\d+ min read$/);
  assert.ok(Number(minutes.split(' ')[0]) >= 10, `at 20 words a minute: ${minutes}`);
});

test('no layout shift from first render to 2 s after the images load', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 900 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, at: entry.startTime, input: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  const rendered = await page.evaluate(() => performance.now());
  await page.evaluate(async () => {
    const images = [...document.querySelector('.gloss-host').shadowRoot.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => (image.complete ? null : new Promise((done) => { image.onload = image.onerror = done; }))));
  });
  await page.waitForTimeout(2000);
  const shifts = await page.evaluate((since) => window.__shifts.filter((s) => s.at >= since && !s.input), rendered);
  const cls = shifts.reduce((sum, s) => sum + s.value, 0);
  assert.equal(cls, 0, JSON.stringify(shifts));
});

test('print: no controls or cards, plain mentions with a marker, and the names as endnotes', async () => {
  const page = await load('/www/', { viewport: { width: 900, height: 1200 } });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator(`${HOST} .gloss-toolbar`).isVisible(), false);
  const endnotes = page.locator(`${HOST} .gloss-endnotes`);
  assert.equal(await endnotes.isVisible(), true);
  assert.equal(await endnotes.locator('h2').textContent(), 'Names in this article');
  assert.ok((await endnotes.locator('dt').count()) >= 12);
  const marker = await page.locator(`${HOST} .gloss-mention[tabindex="0"]`).first().evaluate((e) => getComputedStyle(e, '::after').content);
  assert.equal(marker, '"†"');
  await page.screenshot({ path: `${ARTIFACTS}/print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await endnotes.isVisible(), false, 'hidden on screen');
});

test('the progress bar fills as the reader scrolls', async () => {
  const page = await load('/www/', { viewport: { width: 1000, height: 700 } });
  const fill = page.locator(`${HOST} .gloss-progress > span`);
  const scale = () => fill.evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  assert.ok((await scale()) < 0.05);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => {
    const e = document.querySelector('.gloss-host').shadowRoot.querySelector('.gloss-progress > span');
    return new DOMMatrix(getComputedStyle(e).transform).a > 0.95;
  });
});
