// Which wasm build a page fetches: the lean build (no finders, no schema.org) where
// `build` says so, or where the finders are off or a glossary says it is complete and no
// JSON-LD needs reading; else the full build (docs/embedding.md, "Lean and full builds").
// Each rule of that choice, by the requests the page made, for widgets and for
// enhancement, from options and from attributes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsFinders, open, settled } from './harness.mjs';

let harness;
before(async () => { harness = await open(); });
after(async () => { await harness.close(); });

const ARTICLE = {
  title: 'Delegates in Lyon',
  body: ['Delegates met in Lyon, where Interpol held its assembly. The Madrid group Safeguard Defenders asked members to vote with care.'],
};
const COMPLETE = '/tests/fixtures/complete-glossary.json';
const PLAIN = '/tests/fixtures/glossary.json';

/** A page with the loader and the gloss files it fetched, by name, as they are fetched. */
async function blankPage(pageOptions) {
  const page = await harness.page(pageOptions);
  page.fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pkg/gloss') && !path.endsWith('loader.js')) page.fetched.push(path.slice('/pkg/'.length));
  });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  return page;
}

/** The wasm files a page fetched. */
const wasm = (page) => page.fetched.filter((name) => name.endsWith('.wasm'));

/** Mounts the article with `options` (a glossary object written as `{ inline }` is given
 *  inline) and returns the wasm the page fetched and the widget's state. */
async function mounted(options, article = ARTICLE, pageOptions = undefined) {
  const page = await blankPage(pageOptions);
  const state = await page.evaluate(async ({ article, options }) => {
    const host = document.createElement('div');
    host.id = 'host';
    document.body.append(host);
    await Gloss.mount(host, article, options);
    return host.dataset.glossState;
  }, { article, options });
  return { wasm: wasm(page), state, page };
}

/** Enhances a paragraph of ARTICLE on a new page, through `Gloss.enhance(options)` or,
 *  with `options.tag`, a script tag with those attributes; the page's JSON-LD first, if
 *  given. Returns the page once it has settled. */
async function enhanced(options, jsonLd = undefined) {
  const page = await blankPage();
  await page.evaluate(({ text, jsonLd, options }) => {
    if (jsonLd) document.head.append(Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: JSON.stringify(jsonLd) }));
    const content = document.createElement('div');
    content.className = 'content';
    content.append(Object.assign(document.createElement('p'), { textContent: text }));
    document.body.append(content);
    if (!options.tag) return Gloss.enhance(content, options);
    const tag = document.createElement('script');
    tag.src = '/pkg/gloss-loader.js';
    tag.setAttribute('data-enhance', '.content');
    for (const [name, value] of Object.entries(options.tag)) tag.setAttribute(name, value);
    document.body.append(tag);
  }, { text: ARTICLE.body[0], jsonLd, options });
  await settled(page);
  return page;
}

test('a widget: the full build by default, the lean one when the options or a complete glossary say so', needsFinders, async () => {
  const inline = { complete: true, entities: [{ id: 'lyon', name: 'Lyon', kind: 'place', summary: 'A city in France.' }] };
  const rows = [
    [{}, 'gloss_bg.wasm'],
    [{ glossary: PLAIN }, 'gloss_bg.wasm'],
    [{ auto: { names: false } }, 'gloss_bg.wasm'],
    [{ auto: false }, 'gloss-lean_bg.wasm'],
    [{ build: 'lean' }, 'gloss-lean_bg.wasm'],
    [{ build: 'auto', auto: false }, 'gloss-lean_bg.wasm'],
    [{ build: 'full', auto: false }, 'gloss_bg.wasm'],
    [{ build: 'full', glossary: COMPLETE }, 'gloss_bg.wasm'],
    [{ glossary: COMPLETE }, 'gloss-lean_bg.wasm'],
    [{ glossary: [PLAIN, COMPLETE] }, 'gloss-lean_bg.wasm'],
    [{ glossary: inline }, 'gloss-lean_bg.wasm'],
    [{ glossary: inline.entities }, 'gloss_bg.wasm'],
  ];
  for (const [options, expected] of rows) {
    const { wasm: fetched, state, page } = await mounted(options);
    assert.deepEqual(fetched, [expected], JSON.stringify(options));
    assert.equal(state, 'ready', JSON.stringify(options));
    await page.context().close();
  }
});

test('a script tag and <gloss-article> choose with data-build, build, data-auto and auto', needsFinders, async () => {
  const rows = [
    [{ 'data-article': '/tests/fixtures/minimal.json' }, 'gloss_bg.wasm'],
    [{ 'data-article': '/tests/fixtures/minimal.json', 'data-build': 'lean' }, 'gloss-lean_bg.wasm'],
    [{ 'data-article': '/tests/fixtures/minimal.json', 'data-auto': 'off' }, 'gloss-lean_bg.wasm'],
    [{ 'data-article': '/tests/fixtures/minimal.json', 'data-auto': 'off', 'data-build': 'full' }, 'gloss_bg.wasm'],
    [{ 'data-article': '/tests/fixtures/minimal.json', 'data-glossary': COMPLETE }, 'gloss-lean_bg.wasm'],
    [{ element: true, src: '/tests/fixtures/minimal.json', build: 'lean' }, 'gloss-lean_bg.wasm'],
    [{ element: true, src: '/tests/fixtures/minimal.json', auto: 'off' }, 'gloss-lean_bg.wasm'],
    [{ element: true, src: '/tests/fixtures/minimal.json', glossary: COMPLETE }, 'gloss-lean_bg.wasm'],
    [{ element: true, src: '/tests/fixtures/minimal.json' }, 'gloss_bg.wasm'],
  ];
  for (const [attributes, expected] of rows) {
    const page = await blankPage();
    await page.evaluate((attributes) => {
      const { element, ...rest } = attributes;
      const tag = document.createElement(element ? 'gloss-article' : 'script');
      if (!element) tag.src = '/pkg/gloss-loader.js';
      for (const [name, value] of Object.entries(rest)) tag.setAttribute(name, value);
      document.body.append(tag);
    }, attributes);
    await settled(page);
    assert.deepEqual(wasm(page), [expected], JSON.stringify(attributes));
    assert.equal(await page.locator('[data-gloss-state]').getAttribute('data-gloss-state'), 'ready', JSON.stringify(attributes));
    await page.context().close();
  }
});

test('enhancement: the same rules, from Gloss.enhance and from data-enhance', needsFinders, async () => {
  const rows = [
    [{}, 'gloss-enhancement_bg.wasm'],
    [{ auto: false }, 'gloss-enhancement-lean_bg.wasm'],
    [{ build: 'lean' }, 'gloss-enhancement-lean_bg.wasm'],
    [{ build: 'full', auto: false }, 'gloss-enhancement_bg.wasm'],
    [{ glossary: COMPLETE }, 'gloss-enhancement-lean_bg.wasm'],
    [{ glossary: PLAIN }, 'gloss-enhancement_bg.wasm'],
    [{ tag: { 'data-build': 'lean' } }, 'gloss-enhancement-lean_bg.wasm'],
    [{ tag: { 'data-auto': 'off' } }, 'gloss-enhancement-lean_bg.wasm'],
    [{ tag: { 'data-glossary': COMPLETE } }, 'gloss-enhancement-lean_bg.wasm'],
    [{ tag: {} }, 'gloss-enhancement_bg.wasm'],
  ];
  for (const [options, expected] of rows) {
    const page = await enhanced(options);
    assert.deepEqual(wasm(page), [expected], JSON.stringify(options));
    assert.equal(await page.locator('.content').getAttribute('data-gloss-state'), 'ready', JSON.stringify(options));
    await page.context().close();
  }
});

test('a complete glossary: the widget fetches the lean build and shows the glossary\'s names, with their cards', needsFinders, async () => {
  const { wasm: fetched, state, page } = await mounted({ glossary: COMPLETE });
  assert.equal(state, 'ready');
  assert.deepEqual(fetched, ['gloss-lean_bg.wasm']);
  assert.ok(!page.fetched.includes('gloss.js') && page.fetched.includes('gloss-lean.js'), page.fetched.join());
  const root = page.locator('#host');
  const marked = await root.evaluate((host) => [...host.shadowRoot.querySelectorAll('.gloss-mention')].map((m) => [m.dataset.glossEntity, m.textContent]));
  // The glossary's names (the title's Lyon and the paragraph's), and nothing a finder
  // would add (the full build marks "Safeguard Defenders" in the same article: the last test).
  assert.deepEqual(marked, [['lyon', 'Lyon'], ['lyon', 'Lyon'], ['interpol', 'Interpol']]);
  await root.evaluate((host) => host.shadowRoot.querySelector('[data-gloss-entity="interpol"]').focus());
  const card = root.locator('.gloss-card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'interpol');
  assert.match(await card.textContent(), /The international police organisation, based in Lyon\./);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
});

test('the full build, given the same glossary with `build: \'full\'`, also finds what the glossary does not name', needsFinders, async () => {
  const { wasm: fetched, page } = await mounted({ glossary: COMPLETE, build: 'full' });
  assert.deepEqual(fetched, ['gloss_bg.wasm']);
  const entities = await page.locator('#host').evaluate((host) => [...host.shadowRoot.querySelectorAll('.gloss-mention')].map((m) => m.dataset.glossEntity));
  assert.ok(entities.includes('lyon') && entities.includes('interpol'), entities.join());
  assert.ok(entities.some((id) => !['lyon', 'interpol'].includes(id)), `the finders found a name: ${entities.join()}`);
});

/** ARTICLE as schema.org JSON-LD, which only the full builds read. */
const JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Delegates in Lyon',
  articleBody: ARTICLE.body[0],
  mentions: [{ '@type': 'Organization', name: 'Safeguard Defenders', description: 'A human rights group based in Madrid.' }],
};

test('a JSON-LD article gets the full build: with the finders off, the lean one fetched at once is traded for it', needsFinders, async () => {
  const rows = [
    [JSON_LD, { auto: false }, ['gloss-lean_bg.wasm', 'gloss_bg.wasm']],
    [[{ '@type': 'WebPage' }, JSON_LD], { auto: false }, ['gloss-lean_bg.wasm', 'gloss_bg.wasm']],
    ['/tests/fixtures/news-article.jsonld', { auto: false }, ['gloss-lean_bg.wasm', 'gloss_bg.wasm']],
    [JSON_LD, { glossary: COMPLETE }, ['gloss_bg.wasm']],
    [JSON_LD, {}, ['gloss_bg.wasm']],
    // A v1 article, even with `@context`, is not JSON-LD: its `body` says so.
    [{ '@context': 'https://schema.org', ...ARTICLE }, { auto: false }, ['gloss-lean_bg.wasm']],
  ];
  for (const [article, options, expected] of rows) {
    const { wasm: fetched, state, page } = await mounted(options, article);
    const what = JSON.stringify([article, options]).slice(0, 120);
    assert.deepEqual(fetched, expected, what);
    assert.equal(state, 'ready', what);
    const title = await page.locator('#host').evaluate((host) => host.shadowRoot.querySelector('.gloss-title').textContent);
    assert.ok(title.length > 0, what);
    await page.context().close();
  }
});

test('a JSON-LD article with a complete glossary gets the full build, with its finders off as the lean build would have them', needsFinders, async () => {
  const marked = async (options) => {
    const { page } = await mounted(options, JSON_LD);
    const ids = await page.locator('#host').evaluate((host) => [...new Set([...host.shadowRoot.querySelectorAll('[data-gloss-entity]')].map((m) => m.dataset.glossEntity))].sort());
    await page.context().close();
    return ids;
  };
  assert.deepEqual(await marked({ glossary: COMPLETE }), ['interpol', 'lyon'], 'the complete glossary\'s names alone');
  const found = await marked({ glossary: COMPLETE, auto: true });
  assert.ok(found.some((id) => !['interpol', 'lyon'].includes(id)), `the host turned the finders on: ${found.join()}`);
});

test('a JSON-LD article given the lean build by `build: \'lean\'` shows the error box, and the console says why', async () => {
  const error = /^gloss: article: @type: a schema\.org article needs gloss's full build \(build: 'full'\)$/;
  const { state, page } = await mounted({ build: 'lean' }, JSON_LD, { expectErrors: error });
  assert.equal(state, 'error');
  assert.equal(await page.locator('#host').evaluate((host) => host.shadowRoot.querySelector('.gloss-error').textContent), 'This article could not be shown.');
  const errors = page.consoleMessages.filter((m) => m.type === 'error');
  assert.equal(errors.length, 1);
  assert.match(errors[0].text, error);
  // Never the full build: the host chose.
  assert.ok(!page.fetched.includes('gloss_bg.wasm'), page.fetched.join());
});

test('enhancement: with the finders off, names in a page\'s JSON-LD get the full build unless a glossary is complete', needsFinders, async () => {
  const rows = [
    [{ auto: false, glossary: PLAIN }, 'gloss-enhancement_bg.wasm'],
    [{ auto: false }, 'gloss-enhancement_bg.wasm'],
    [{ auto: false, glossary: COMPLETE }, 'gloss-enhancement-lean_bg.wasm'],
    [{ tag: { 'data-auto': 'off', 'data-glossary': PLAIN } }, 'gloss-enhancement_bg.wasm'],
    [{ tag: { 'data-auto': 'off', 'data-glossary': COMPLETE } }, 'gloss-enhancement-lean_bg.wasm'],
    // JSON-LD that names nothing, as most pages' is, leaves the lean build as it was.
    [{ auto: false, plain: true }, 'gloss-enhancement-lean_bg.wasm'],
    [{ tag: { 'data-auto': 'off', 'data-glossary': PLAIN }, plain: true }, 'gloss-enhancement-lean_bg.wasm'],
  ];
  const plain = { ...JSON_LD, mentions: undefined };
  for (const [{ plain: namesNothing, ...options }, expected] of rows) {
    const page = await enhanced(options, namesNothing ? plain : JSON_LD);
    const what = JSON.stringify(options) + (namesNothing ? ', JSON-LD naming nothing' : '');
    assert.deepEqual(wasm(page), [expected], what);
    assert.equal(await page.locator('.content').getAttribute('data-gloss-state'), 'ready', what);
    const marked = await page.locator('.content').evaluate((content) => [...content.querySelectorAll('[data-gloss-entity]')].map((m) => m.textContent));
    // The JSON-LD's name where the full build read it; a complete glossary replaces it.
    assert.equal(marked.includes('Safeguard Defenders'), !expected.includes('lean') && !namesNothing, `${what}: ${marked.join()}`);
    await page.context().close();
  }
});
