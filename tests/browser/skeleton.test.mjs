// The walking skeleton end to end: the demo page through its script tag, cards on hover,
// and a broken widget that does not take the page or its neighbour down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, settled, ARTIFACTS } from './harness.mjs';

const demo = JSON.parse(readFileSync(new URL('../../www/demo/article.json', import.meta.url), 'utf8'));
let harness;

before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

test('the demo renders its headline and every paragraph', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  const host = page.locator('.gloss-host');
  assert.equal(await host.locator('h1.gloss-title').textContent(), demo.title);
  const paragraphs = demo.body.filter((block) => typeof block === 'string' || block.type === 'paragraph');
  assert.equal(await host.locator('.gloss-chunk > p').count(), paragraphs.length);
  const texts = await host.locator('.gloss-chunk > p').allTextContents();
  const plain = (b) => (typeof b === 'string' ? b : b.text ?? b.spans.map((span) => span.text).join(''));
  assert.deepEqual(texts, paragraphs.map(plain));
  assert.ok((await host.locator('[data-gloss-entity]').count()) >= 20, 'names are marked');
  await page.screenshot({ path: `${ARTIFACTS}/demo.png`, fullPage: true });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error'), []);
});

test('hovering a mark opens its card and Escape closes it', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  const mention = page.locator('.gloss-host [data-gloss-entity="ipac"]').first();
  const card = page.locator('.gloss-host .gloss-card');
  await mention.hover();
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'ipac');
  assert.equal(await card.locator('.gloss-card-name').textContent(), 'Inter-Parliamentary Alliance on China');
  assert.equal(await card.locator('.gloss-card-kind').textContent(), 'Organization');
  assert.match(await card.locator('.gloss-card-summary').textContent(), /cross-party group of legislators/);
  assert.equal(await mention.getAttribute('aria-expanded'), 'true');
  await page.screenshot({ path: `${ARTIFACTS}/card-open.png` });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  assert.equal(await mention.getAttribute('aria-expanded'), 'false');
});

test('focusing a mark opens its card; moving away closes it', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  const mention = page.locator('.gloss-host [data-gloss-entity="meng-hongwei"]').first();
  const card = page.locator('.gloss-host .gloss-card');
  await mention.focus();
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'meng-hongwei');
  await mention.hover();
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'hidden' });
});

test('a broken article shows an error box, and the widget beside it still works', async () => {
  const page = await harness.page({ expectErrors: /malformed\.json: line 4, column 1: expected a value/ });
  await page.goto(`${harness.url}/tests/pages/two-widgets.html`);
  await settled(page, 2);
  const broken = page.locator('#first .gloss-host');
  assert.equal(await broken.getAttribute('data-gloss-state'), 'error');
  const box = broken.locator('.gloss-error');
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.equal(await box.textContent(), 'This article could not be shown.', 'the details are for the console');
  const errors = page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text);
  assert.ok(errors.some((e) => /malformed\.json: line 4, column 1: /.test(e)), errors.join('\n'));
  const working = page.locator('#second .gloss-host');
  assert.equal(await working.getAttribute('data-gloss-state'), 'ready');
  assert.equal(await working.locator('h1.gloss-title').textContent(), demo.title);
  await page.click('#host-button');
  assert.equal(await page.locator('#host-heading').textContent(), 'The host page');
  await page.screenshot({ path: `${ARTIFACTS}/two-widgets.png`, fullPage: true });
});
