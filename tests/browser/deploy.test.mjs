// Real deployments: the publisher's page on one origin and gloss on another (a CDN), with
// and without the CORS headers the CDN must send, and Subresource Integrity: the page
// pins the loader, the loader pins the files it fetches, and a changed file is refused.
// Uses the built package (pkg/), whose loader carries the hashes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { needsFinders, needsSchemaOrg, open, settled } from './harness.mjs';
import { start } from '../server.mjs';

const pkg = new URL('../../pkg/', import.meta.url);
const sha = (name, algorithm = 'sha384') =>
  `${algorithm}-${createHash(algorithm).update(readFileSync(new URL(name, pkg))).digest('base64')}`;

let harness;
const cdns = [];
/** Another origin serving the repository, as a CDN would: 127.0.0.1 on another port. */
const cdn = async (options) => {
  const server = await start(0, options);
  cdns.push(server);
  return server.url;
};
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
  for (const server of cdns) await server.close();
});

/** What the browser and the loader say when a file is refused (no CORS headers, or a
 *  hash that does not match): the errors these tests set out to cause. */
const REFUSED = /CORS|integrity|digest|Failed to load resource|could not load gloss/;

/** Loads cdn.html from the page's origin with gloss from `from`; resolves to the page.
 *  `expectErrors` declares the errors the visit is meant to cause (see harness.mjs). */
const visit = async (from, integrity, expectErrors = false) => {
  const page = await harness.page({ expectErrors });
  // Every request the page makes. Not only the finished ones: Chromium reports some
  // fetches whose whole body the loader read as aborted (net::ERR_ABORTED), and that the
  // files arrived is what the outcome shows.
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  page.fetched = fetched;
  const query = new URLSearchParams({ cdn: from, ...(integrity ? { integrity } : {}) });
  await page.goto(`${harness.url}/tests/pages/cdn.html?${query}`);
  return page;
};

/** The page's enhancement and widget, once both have settled. */
const outcome = async (page) => {
  await settled(page, 2);
  return page.evaluate(() => ({
    enhanced: document.querySelector('.content').dataset.glossState,
    marked: document.querySelectorAll('.content .gloss-mention[data-gloss-entity="port-nelson"]').length,
    widget: document.querySelector('gloss-article').dataset.glossState,
    styled: document.querySelector('gloss-article').shadowRoot.adoptedStyleSheets.length,
  }));
};

test('gloss on a CDN that sends CORS headers works on a page of another origin', needsSchemaOrg, async () => {
  const from = await cdn();
  assert.notEqual(new URL(from).origin, new URL(harness.url).origin);
  const page = await visit(from);
  assert.deepEqual(await outcome(page), { enhanced: 'ready', marked: 2, widget: 'ready', styled: 1 });
  // Every file of gloss's came from the CDN; the article JSON from the page's own origin.
  // The page holds both a widget and an enhanced article, so it uses both wasm builds.
  const expected = ['gloss-loader.js', 'gloss.js', 'gloss_bg.wasm', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss.css', 'gloss-enhance.css']
    .map((name) => `${from}/pkg/${name}`)
    .concat(`${harness.url}/tests/fixtures/minimal.json`);
  for (let tries = 0; tries < 50 && !expected.every((u) => page.fetched.includes(u)); tries++) {
    await new Promise((done) => setTimeout(done, 100));
  }
  for (const address of expected) assert.ok(page.fetched.includes(address), address);
  // The modules only some pages need stay on the CDN: this page has no knowledge source
  // and no JSON that is large or broken.
  assert.deepEqual(page.fetched.filter((u) => /gloss-(knowledge|json)\.js$/.test(u)), []);
  // The card works across origins too.
  await page.locator('.content .gloss-mention').first().hover();
  await page.locator('.gloss-chrome .gloss-card').waitFor({ state: 'visible' });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
});

test('without CORS headers the widget says gloss could not load its files', async () => {
  const from = await cdn({ cors: false });
  const page = await visit(from, undefined, REFUSED);
  const result = await outcome(page);
  assert.equal(result.enhanced, 'error');
  assert.equal(result.widget, 'error');
  const logged = page.consoleMessages.map((m) => m.text);
  assert.ok(logged.some((text) => text.startsWith(`gloss: ${from}/pkg/: could not load gloss`)), logged.join('\n'));
});

test('Subresource Integrity: the pinned loader pins the files it fetches', needsFinders, async () => {
  const from = await cdn();
  // The hash a publisher computes, in either algorithm, and the one pkg/integrity.json lists.
  const listed = JSON.parse(readFileSync(new URL('integrity.json', pkg), 'utf8'))['gloss-loader.js'];
  assert.equal(listed, sha('gloss-loader.js', 'sha256'));
  for (const integrity of [sha('gloss-loader.js'), listed]) {
    const page = await visit(from, integrity);
    assert.deepEqual(await outcome(page), { enhanced: 'ready', marked: 2, widget: 'ready', styled: 1 }, integrity);
    assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
    // Each build's glue, and the module that reads an enhanced page, was checked through a
    // modulepreload link with its hash.
    const hashes = JSON.parse(readFileSync(new URL('integrity.json', pkg), 'utf8'));
    const preloads = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('link[rel=modulepreload]')].map((l) => [l.href.split('/').pop(), l.integrity])));
    assert.deepEqual(preloads, { 'gloss.js': hashes['gloss.js'], 'gloss-enhancement.js': hashes['gloss-enhancement.js'], 'gloss-enhance.js': hashes['gloss-enhance.js'] });
  }
});

test('Subresource Integrity: a wrong hash for the loader is refused', async () => {
  const from = await cdn();
  const page = await harness.page({ expectErrors: REFUSED });
  // The browser refuses the script and says why in the console; nothing of gloss's runs.
  const refused = page.waitForEvent('console', (m) => /integrity/i.test(m.text()) && m.text().includes('gloss-loader.js'));
  await page.goto(`${harness.url}/tests/pages/cdn.html?${new URLSearchParams({ cdn: from, integrity: `sha384-${Buffer.alloc(48).toString('base64')}` })}`);
  await refused;
  assert.equal(await page.evaluate(() => typeof window.Gloss), 'undefined', 'the loader did not run');
  assert.equal(await page.locator('[data-gloss-state]').count(), 0);
});

test('Subresource Integrity: a CDN file that changed is refused, and only when the loader is pinned', needsFinders, async () => {
  // Each wasm build, and its glue, fails only what uses it: the widget, or the enhancement.
  const widgetFails = { enhanced: 'ready', marked: 2, widget: 'error', styled: 1 };
  const enhancementFails = { enhanced: 'error', marked: 0, widget: 'ready', styled: 1 };
  const rows = [
    ['gloss.js', widgetFails],
    ['gloss_bg.wasm', widgetFails],
    ['gloss-enhancement.js', enhancementFails],
    ['gloss-enhancement_bg.wasm', enhancementFails],
    ['gloss-enhance.js', enhancementFails],
  ];
  for (const [name, failed] of rows) {
    const from = await cdn({ tamper: (path) => path === `/pkg/${name}` });
    const pinned = await outcome(await visit(from, sha('gloss-loader.js'), REFUSED));
    assert.deepEqual(pinned, failed, `${name} changed, loader pinned`);
    // The change itself is harmless: the same CDN without a pinned loader works.
    const unpinned = await outcome(await visit(from));
    assert.deepEqual(unpinned, { enhanced: 'ready', marked: 2, widget: 'ready', styled: 1 }, `${name} changed, loader not pinned`);
  }
  // A changed stylesheet is not used, not even through the <link> fallback.
  const from = await cdn({ tamper: (path) => path === '/pkg/gloss.css' });
  const page = await visit(from, sha('gloss-loader.js'), REFUSED);
  const result = await outcome(page);
  assert.equal(result.styled, 0, 'no adopted stylesheet');
  const linked = await page.evaluate(() => [...document.querySelector('gloss-article').shadowRoot.querySelectorAll('link')].map((l) => ({ integrity: l.integrity, loaded: Boolean(l.sheet) })));
  assert.equal(linked.length, 1);
  assert.equal(linked[0].loaded, false, 'the fallback link was refused too');
});
