// Hostile input: XSS vectors in every field never run and always show as text; bad
// input gets a clear error and the page lives on; a panic stays inside its widget;
// gloss fetches only what it is given and stores nothing but the reader's choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** Vectors in the style of the OWASP filter-evasion cheat sheet. Each sets window.__xss. */
const VECTORS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"><circle r=1 /></svg>',
  '"><script>window.__xss=4</script>',
  'javascript:window.__xss=5',
  ' JaVaScRiPt:window.__xss=6',
  'java\tscript:window.__xss=7',
  'data:text/html,<script>window.__xss=8</script>',
  '</script><script>window.__xss=9</script>',
  '<a href="javascript:window.__xss=10">link</a>',
  "{{constructor.constructor('window.__xss=11')()}}",
  '${window.__xss=12}',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=13>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>',
  '\u202Etxt.exe Evil Override',
  'vbscript:msgbox(15)',
  '<iframe srcdoc="<script>parent.__xss=16</script>"></iframe>',
  "' onmouseover='window.__xss=17' x='",
  '<details open ontoggle="window.__xss=18">',
  '&lt;img src=x onerror=window.__xss=19&gt;',
];

/** An article with `v` in every string field, and a glossary entity named by it. */
function article(v) {
  const spans = [{ text: v, marks: ['em'] }, { text: ' and ' + v, href: v }];
  return {
    title: v, kicker: v, subtitle: v, lang: 'en',
    authors: [{ name: v, bio: v, url: v }],
    published: '2021-11-25',
    image: { src: v, alt: v, caption: v, credit: v },
    body: [
      v,
      { type: 'paragraph', spans },
      { type: 'heading', text: v, level: 2 },
      { type: 'quote', text: v, cite: v },
      { type: 'list', items: [v, { spans }] },
      { type: 'image', src: v, alt: v, caption: v, credit: v, width: 10, height: 10 },
    ],
    disclaimer: v,
    topics: [v],
    entities: [{
      id: v, name: v, kind: 'other', aliases: [v + ' alias'], summary: v,
      facts: [{ label: v, value: v }], links: [{ label: v, url: v }], image: v, related: [v],
    }],
  };
}

test('no vector in any field runs, and every field shows it as text', async () => {
  const page = await harness.page();
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  for (const v of VECTORS) {
    const result = await page.evaluate(async ({ v, data }) => {
      const element = document.createElement('div');
      document.body.appendChild(element);
      const glossary = [{ id: 'g-' + v, name: v + ' glossary', summary: v, links: [{ label: v, url: v }] }];
      const view = await Gloss.mount(element, data, { glossary, dwell: 0 });
      const root = element.shadowRoot;
      const text = (selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
      // Open the card of the vector-named entity, so its content is built too.
      const mention = root.querySelector('.gloss-mention');
      if (mention) mention.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const card = root.querySelector('.gloss-card');
      const attributes = [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
      const urls = [...root.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') || e.getAttribute('src'));
      const out = {
        error: element.dataset.glossState,
        title: root.querySelector('.gloss-title').textContent,
        paragraphs: text('.gloss-chunk > p'),
        quote: text('.gloss-body blockquote'),
        headings: text('.gloss-body h2'),
        items: text('.gloss-body li'),
        bio: text('.gloss-bio'),
        credit: text('.gloss-credit'),
        cardText: card.hidden ? null : card.textContent,
        handlers: attributes.filter((name) => name.startsWith('on')),
        elements: root.querySelectorAll('script, iframe, svg, math, noscript, style, details, object, embed').length,
        badUrls: urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u.replace(/[\s\u0000-\u001f]/g, ''))),
      };
      view.destroy();
      element.remove();
      return out;
    }, { v, data: article(v) });
    assert.equal(result.error, 'ready', v);
    assert.equal(result.title, v, `title: ${v}`);
    assert.deepEqual(result.paragraphs, [v, `${v} and ${v}`], `paragraphs: ${v}`);
    assert.deepEqual(result.quote, [v + v], `quote and cite: ${v}`);
    assert.deepEqual(result.headings, [v], v);
    assert.deepEqual(result.items, [v, `${v} and ${v}`], v);
    assert.deepEqual(result.bio, [v], v);
    assert.ok(result.credit.every((c) => c === v), v);
    assert.ok(result.cardText === null || result.cardText.includes(v), `card: ${v}`);
    assert.deepEqual(result.handlers, [], v);
    assert.equal(result.elements, 0, v);
    assert.deepEqual(result.badUrls, [], v);
  }
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'a vector ran');
  assert.equal(dialogs, 0);
  const warnings = page.consoleMessages.filter((m) => m.type === 'warning' && /URL was dropped/.test(m.text));
  assert.ok(warnings.length > 0, 'dropped URLs are reported');
});

/** Mounts `input` with `options` and returns the error box text and console errors. Each
 *  console error must match `expected`. */
async function failure(input, options, expected) {
  const page = await harness.page({ expectErrors: expected });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const box = await page.evaluate(async ({ input, options }) => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, input, options);
    return { state: element.dataset.glossState, text: element.shadowRoot.querySelector('.gloss-error')?.textContent };
  }, { input, options });
  const alive = await page.evaluate(() => document.querySelector('.gloss-host').dataset.glossState);
  return { ...box, alive, errors: page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text).join('\n') };
}

const ERRORS = [
  ['malformed JSON, with line and column', '/tests/fixtures/malformed.json', {}, /line 4, column 1: expected a value/],
  ['a wrong type, with the JSON path', { title: 'x', body: ['a', 7] }, {}, /body\[1\]: expected a string or an object, found a number/],
  ['a missing required field', { body: ['a'] }, {}, /title: this field is required/],
  ['a 404', '/__test/status/404', {}, /the server answered 404/],
  ['a server that never answers', '/__test/hang', { timeout: 800 }, /no answer after 0\.8 seconds/],
  ['a body that is not JSON', '/__test/status/200', {}, /line 1, column 1: expected a value/],
  ['an input over the size limit', '/www/demo/article.json', { maxBytes: 1000 }, /refused: larger than the 1000-byte limit/],
];

for (const [name, input, options, expected] of ERRORS) {
  test(`bad input gets a clear error and the page lives on: ${name}`, async () => {
    const result = await failure(input, options, expected);
    assert.equal(result.state, 'error');
    // The reader reads that the article could not be shown; the publisher, on the
    // console, why and where (glossaries.test.mjs has the careless entries that are only
    // skipped).
    assert.equal(result.text, 'This article could not be shown.');
    assert.match(result.errors, expected);
    assert.equal(result.alive, 'ready', 'the other widget on the page still works');
  });
}

test('a lone surrogate escaped in JSON renders as U+FFFD and breaks nothing', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const title = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, JSON.parse('{"title": "Interpol \\ud800 and \\udfff", "body": ["Interpol \\ud83d"]}'));
    return [element.dataset.glossState, element.shadowRoot.querySelector('.gloss-title').textContent];
  });
  assert.deepEqual(title, ['ready', 'Interpol \ufffd and \ufffd']);
});

test('unknown fields and dropped URLs are warnings that change nothing else', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const state = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, { title: 'x', body: ['a'], somethingNew: 1, authors: [{ name: 'A', url: 'javascript:alert(1)' }] });
    return [element.dataset.glossState, element.shadowRoot.querySelector('.gloss-author').textContent];
  });
  assert.deepEqual(state, ['ready', 'A']);
  const warnings = page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text);
  assert.ok(warnings.includes('gloss: somethingNew: unknown field, ignored'), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.startsWith('gloss: authors[0].url: this URL was dropped')), warnings.join('\n'));
});

test('a panic in one widget shows its error box, and a second widget still works', async () => {
  const page = await harness.page({ expectErrors: /^gloss: .*internal error/ });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const result = await page.evaluate(async () => {
    const broken = document.createElement('div');
    const working = document.createElement('div');
    document.body.append(broken, working);
    await Gloss.mount(broken, '/tests/fixtures/bare-article.json', { __panicForTesting: true });
    await Gloss.mount(working, '/tests/fixtures/bare-article.json');
    return {
      broken: broken.dataset.glossState,
      box: broken.shadowRoot.querySelector('.gloss-error').textContent,
      working: working.dataset.glossState,
      title: working.shadowRoot.querySelector('.gloss-title').textContent,
    };
  });
  assert.equal(result.broken, 'error');
  assert.equal(result.box, 'This article could not be shown.');
  assert.equal(result.working, 'ready');
  assert.equal(result.title, 'A short note on Lyon');
  const errors = page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text);
  // The release build aborts at once on a panic, so the console has the trap, not the message.
  assert.ok(errors.some((e) => e.startsWith('gloss: internal error: RuntimeError: unreachable')), errors.join('\n'));
});

test('a trap inside one widget\'s card handler stops that widget\'s cards alone, and says so once', async () => {
  // Everything but the one error the loader logs fails the test: the trap itself must not
  // reach the page as an uncaught error.
  const page = await harness.page({ expectErrors: /^gloss: an internal error stopped the cards of this widget/ });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  await page.evaluate(async () => {
    for (const [id, options] of [['broken', { __trapInCardsForTesting: true }], ['working', {}]]) {
      const element = document.createElement('div');
      element.id = id;
      document.body.appendChild(element);
      await Gloss.mount(element, '/tests/fixtures/bare-article.json', options);
    }
  });
  const broken = page.locator('#broken .gloss-mention[data-gloss-entity="interpol"]').first();
  // The test hook traps while the card is placed: after it has been shown.
  await broken.focus();
  const state = () => page.evaluate(() => {
    const root = document.getElementById('broken').shadowRoot;
    return {
      card: !root.querySelector('.gloss-card').hidden,
      expanded: root.querySelectorAll('[aria-expanded="true"]').length,
      title: root.querySelector('.gloss-title').textContent,
      marks: root.querySelectorAll('.gloss-mention').length,
    };
  });
  const marks = await page.locator('#working .gloss-mention').count();
  assert.deepEqual(await state(), { card: false, expanded: 0, title: 'A short note on Lyon', marks });
  // It takes no more input: Escape, Enter and a click open nothing and trap no more.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await broken.click();
  await page.waitForTimeout(400);
  assert.equal((await state()).card, false);
  const errors = page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror');
  assert.equal(errors.length, 1, errors.map((m) => m.text).join('\n'));
  // The other widget on the page carries on.
  await page.locator('#working .gloss-mention[data-gloss-entity="interpol"]').first().focus();
  await page.locator('#working .gloss-card').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#working .gloss-card').getAttribute('data-gloss-card'), 'interpol');
});

test('a getter in the input that renders another article meanwhile breaks neither', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  const titles = await page.evaluate(async () => {
    // The glue's own synchronous render, which the loader's API never calls from a getter.
    const glue = await import('/pkg/gloss.js');
    const inner = document.createElement('div');
    const outer = document.createElement('div');
    const article = { body: ['Outer body.'] };
    Object.defineProperty(article, 'title', {
      enumerable: true,
      get() {
        glue.render(inner, { title: 'Inner', body: ['Inner body.'] }, undefined, undefined);
        return 'Outer';
      },
    });
    glue.render(outer, article, undefined, undefined);
    return [outer, inner].map((root) => root.querySelector('.gloss-title')?.textContent);
  });
  assert.deepEqual(titles, ['Outer', 'Inner']);
});

test('gloss fetches only what it is given, sets no cookie, and stores only the reader\'s choice', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + (request.url().startsWith(harness.url) ? '' : ' (elsewhere)')));
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  await page.locator('.gloss-host [data-gloss-entity="istanbul"]').first().focus();
  await page.locator('.gloss-host .gloss-card img').waitFor({ state: 'visible' });
  await page.locator('.gloss-host .gloss-toggle').click();
  const allowed = ['/www/', '/www/demo/page.css', '/pkg/gloss-loader.js', '/pkg/gloss.js', '/pkg/gloss_bg.wasm', '/pkg/gloss.css', '/www/demo/article.json', '/www/demo/assembly.svg', '/www/demo/istanbul.svg'];
  assert.deepEqual([...new Set(requests)].filter((r) => !allowed.includes(r)), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['gloss-cards']);
});
