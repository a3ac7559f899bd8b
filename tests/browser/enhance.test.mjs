// In-place enhancement on pages built like real news pages: furniture inside the article
// is never marked, JSON-LD is read in the wrappers sites put around it, and an article
// split across containers is one article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsSchemaOrg, open } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** Opens `path` with the loader held back until the page has parsed, and returns the
 *  page and the article's text as it was before gloss ran. */
const load = async (path, selector) => {
  const page = await harness.page({ viewport: { width: 1000, height: 800 } });
  await page.route('**/pkg/gloss-loader.js', async (route) => {
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  });
  await page.goto(`${harness.url}${path}`);
  const before = await page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent), selector);
  await page.waitForFunction((s) => [...document.querySelectorAll(s)].every((e) => e.dataset.glossState === 'ready'), selector);
  return { page, before };
};

const errors = (page) => page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror');

test('furniture inside the article is never marked, and the article text is', needsSchemaOrg, async () => {
  const { page, before } = await load('/tests/pages/furniture.html', 'article.story');
  const after = await page.evaluate(() => document.querySelector('article.story').textContent);
  assert.equal(after, before[0], 'the page text is unchanged');
  const found = await page.evaluate(() => ({
    // Every furniture element, with whatever was marked inside it.
    furniture: [...document.querySelectorAll('[data-furniture]')].map((e) => [e.outerHTML.slice(0, 60), e.querySelectorAll('.gloss-mention').length + (e.closest('.gloss-mention') ? 1 : 0)]),
    // The glossary's names marked in the article's text, in reading order.
    text: [...document.querySelectorAll('article.story .gloss-mention')]
      .filter((m) => !m.closest('[data-furniture]'))
      .map((m) => m.textContent)
      .filter((name) => ['Greater Wellington Regional Council', 'KiwiRail', 'Interislander', 'Queens Wharf', 'Kāinga Press', 'Mere Parata'].includes(name)),
  }));
  assert.equal(found.furniture.length, 18);
  assert.deepEqual(found.furniture.filter(([, marked]) => marked > 0), [], 'nothing marked in furniture');
  assert.deepEqual(found.text, [
    'Greater Wellington Regional Council', 'KiwiRail',
    'Interislander', 'KiwiRail', 'Queens Wharf',
    // A caption with a credit: the caption is text, the credit furniture.
    'Queens Wharf', 'Interislander',
    // "shared-content" and "adventure-notes" are not "share" and "ad".
    'Kāinga Press', 'Mere Parata',
    'KiwiRail',
  ]);
  assert.deepEqual(errors(page), []);
});

test('Gloss.enhance reads JSON-LD as search engines do: wrappers off, entities decoded only when needed', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  const rows = [
    ['plain', '{"a": 1}', { a: 1 }],
    ['CDATA', '<![CDATA[{"a": 1}]]>', { a: 1 }],
    ['CDATA behind // comments', '\n  //<![CDATA[\n  {"a": [1, 2]}\n  //]]>\n', { a: [1, 2] }],
    ['CDATA in block comments', '/*<![CDATA[*/{"a": 1}/*]]>*/', { a: 1 }],
    ['an HTML comment', '<!--\n{"a": "b"}\n-->', { a: 'b' }],
    ['an HTML comment in CDATA', '<![CDATA[<!-- {"a": 1} -->]]>', { a: 1 }],
    ['an array ending in brackets', '<![CDATA[[[1]]]]>', [[1]]],
    ['entity-encoded quotes', '{&quot;a&quot;: &quot;b &amp; c&quot;}', { a: 'b & c' }],
    ['numeric entities', '{&#34;a&#x22;: &#34;&#39;&#x1F600;&#34;}', { a: "'\u{1F600}" }],
    ['entities in valid JSON stay as written', '{"a": "&quot;&amp;"}', { a: '&quot;&amp;' }],
    ['wrapper text inside a string stays', '{"a": "<!-- ]]> -->"}', { a: '<!-- ]]> -->' }],
    ['raw line breaks and tabs inside a string', '{"a": "one\ntwo\tthree"}', { a: 'one two three' }],
    ['an entity-encoded line break inside a string', '{&quot;a&quot;: &quot;one&#10;two&quot;}', { a: 'one two' }],
    ['garbage', 'not json at all', undefined],
    ['cut off', '{"a": [1, 2', undefined],
    ['an unclosed comment', '<!-- {"a": 1}', { a: 1 }],
    ['a code point out of range', '{&quot;a&quot;: &quot;&#x110000;&quot;}', undefined],
    ['empty', '', undefined],
  ];
  for (const [name, text, expected] of rows) {
    // The module the loader imports on the pages it enhances.
    const value = await page.evaluate(async (t) => {
      const v = (await import('/pkg/gloss-enhance.js')).readJsonLd(t);
      return v === undefined ? 'undefined' : v;
    }, text);
    assert.deepEqual(value, expected === undefined ? 'undefined' : expected, name);
  }
});

test('JSON-LD in CDATA, comments and entities gives summaries, and garbage one warning', needsSchemaOrg, async () => {
  const { page } = await load('/tests/pages/jsonld-wrapped.html', 'article .content');
  const marked = await page.evaluate(() => [...document.querySelectorAll('.content .gloss-mention')].map((m) => m.textContent));
  for (const name of ['Zespri', 'Te Puke', 'Seeka', "Trevelyan's"]) assert.ok(marked.includes(name), `${name} in ${marked}`);
  const summaries = {};
  for (const name of ['Zespri', 'Te Puke', 'Seeka', "Trevelyan's"]) {
    await page.locator('.content .gloss-mention', { hasText: name }).first().hover();
    const card = page.locator('.gloss-chrome .gloss-card');
    await card.waitFor({ state: 'visible' });
    await page.waitForFunction((n) => document.querySelector('.gloss-chrome').shadowRoot.querySelector('.gloss-card')?.textContent.includes(n), name);
    summaries[name] = await card.textContent();
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
  }
  assert.match(summaries.Zespri, /owned by growers/);
  assert.match(summaries['Te Puke'], /Bay of Plenty/);
  assert.match(summaries.Seeka, /grower and packer/);
  assert.match(summaries["Trevelyan's"], /A packhouse & coolstore\./);
  const warnings = page.consoleMessages.filter((m) => m.type === 'warning');
  assert.deepEqual(warnings.map((m) => m.text), ['gloss: a <script type="application/ld+json"> is not valid JSON, ignored']);
  assert.deepEqual(errors(page), []);
});

test('an article split by an ad slot is one article: one entity table, one count, one card', needsSchemaOrg, async () => {
  const { page, before } = await load('/tests/pages/split-article.html', '.article-body');
  const after = await page.evaluate(() => [...document.querySelectorAll('.article-body')].map((e) => e.textContent));
  assert.deepEqual(after, before, 'the page text is unchanged');
  const marks = await page.evaluate(() => ({
    first: [...document.querySelectorAll('#first .article-body')].map((part) => [...part.querySelectorAll('.gloss-mention')].filter((m) => m.textContent === 'Tasman Water Trust').length),
    ad: document.querySelectorAll('.ad-slot .gloss-mention').length,
    second: document.querySelectorAll('#second .gloss-mention').length,
    // One card host per article.
    chrome: document.querySelectorAll('.gloss-chrome').length,
  }));
  assert.deepEqual(marks, { first: [9, 24], ad: 0, second: 2, chrome: 2 });
  // A mention in the second part counts all 33 of the article's, and none of the letter's.
  const trust = (article, part, n) => page.locator(`${article} .article-body`).nth(part).locator('.gloss-mention', { hasText: 'Tasman Water Trust' }).nth(n);
  const count = async (mention) => {
    await mention.hover();
    const card = page.locator('.gloss-chrome .gloss-card:visible');
    await card.waitFor({ state: 'visible' });
    const text = await card.locator('.gloss-card-count').textContent();
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
    return text;
  };
  assert.match(await count(trust('#first', 1, 5)), /^33 /);
  assert.match(await count(trust('#first', 0, 0)), /^33 /);
  assert.match(await count(trust('#second', 0, 1)), /^2 /);
  // From JavaScript, a list of containers is one article too, and destroying it unwraps
  // every part.
  await page.evaluate(async () => {
    const article = document.createElement('article');
    article.id = 'third';
    for (const count of [2, 3]) {
      const part = document.createElement('div');
      part.className = 'part';
      for (let i = 0; i < count; i++) part.append(Object.assign(document.createElement('p'), { textContent: `The Tasman Water Trust met, time ${i + 1}.` }));
      article.append(part);
      article.append(Object.assign(document.createElement('div'), { className: 'ad-slot', textContent: 'Advertisement' }));
    }
    document.body.append(article);
    window.texts = [...article.children].map((part) => part.textContent);
    window.third = await Gloss.enhance(article.querySelectorAll('.part'), {});
    // Another enhancement inside the first one's root: destroying either leaves the
    // other's mentions alone.
    const other = Object.assign(document.createElement('div'), { className: 'other' });
    other.append(Object.assign(document.createElement('p'), { textContent: 'The Tasman Water Trust met once more.' }));
    article.append(other);
    window.other = await Gloss.enhance(other, {});
  });
  const others = () => page.evaluate(() => document.querySelectorAll('#third .other .gloss-mention').length);
  assert.equal(await others(), 1);
  const parts = () => page.evaluate(() => [...document.querySelectorAll('#third .part')].map((part) => ({
    state: part.dataset.glossState || null,
    marks: part.querySelectorAll('.gloss-mention').length,
  })));
  assert.deepEqual(await parts(), [{ state: 'ready', marks: 2 }, { state: 'ready', marks: 3 }]);
  assert.match(await count(page.locator('#third .gloss-mention').nth(4)), /^5 /);
  await page.evaluate(() => window.third.destroy());
  assert.deepEqual(await parts(), [{ state: null, marks: 0 }, { state: null, marks: 0 }]);
  assert.equal(await others(), 1, 'the other enhancement keeps its mention');
  await page.evaluate(() => window.other.destroy());
  assert.equal(await others(), 0);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#third > :not(.other)')].map((part) => part.textContent).join() === window.texts.join()), true);
  assert.deepEqual(errors(page), []);
});

test('keyboard on an enhanced page: Tab goes from a name into its card and on to the next name', needsSchemaOrg, async () => {
  const { page } = await load('/tests/pages/enhance.html', 'article .content');
  // The card lives in a shadow root of its own, after the article: what has focus, and
  // which card shows.
  const state = () => page.evaluate(() => {
    const chrome = document.querySelector('.gloss-chrome').shadowRoot;
    const card = chrome.querySelector('.gloss-card');
    const active = document.activeElement;
    return {
      focus: active.classList.contains('gloss-mention') ? active.dataset.glossEntity : active.classList.contains('gloss-chrome') ? `card: ${chrome.activeElement?.tagName}` : active.tagName,
      card: card && !card.hidden ? card.dataset.glossCard : null,
    };
  });
  await page.keyboard.press('Tab');
  assert.deepEqual(await state(), { focus: 'istanbul', card: 'istanbul' });
  await page.keyboard.press('Tab');
  assert.deepEqual(await state(), { focus: 'card: BUTTON', card: 'istanbul' }, 'Tab goes into the card, which stays open');
  let guard = 0;
  while ((await state()).focus.startsWith('card') && guard++ < 10) await page.keyboard.press('Tab');
  assert.deepEqual(await state(), { focus: 'interpol', card: 'interpol' }, 'past the card, the next name');
  await page.keyboard.press('Escape');
  assert.deepEqual(await state(), { focus: 'interpol', card: null });
  assert.deepEqual(errors(page), []);
});
