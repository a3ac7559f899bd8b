// Careless input never takes an article down: a glossary entry that is wrong (a
// duplicate id, an unknown kind, a wrong type), a glossary that cannot be fetched or read,
// and a bad entry among the article's own entities are each skipped with one console
// warning that names where it is, in a widget and on an enhanced page alike, and every
// good entry still has its card. An article that cannot be read at all shows an error box
// in the reader's words, with the details on the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

const ARTICLE = '/tests/fixtures/bare-article.json';
/** A site glossary with careless edits, a good one, one that answers 404, one that is not
 *  JSON, one keyed by id rather than a list, and one that never answers. */
const GLOSSARIES = [
  '/tests/fixtures/careless-glossary.json',
  '/tests/fixtures/glossary.json',
  '/__test/status/404',
  '/__test/status/200',
  '/tests/fixtures/keyed-glossary.json',
  '/__test/hang',
];

/** The warnings these glossaries give, one per bad entry and per bad glossary, in order. */
function expectedWarnings() {
  const at = (path) => `${harness.url}${path}`;
  const careless = at(GLOSSARIES[0]);
  return [
    `gloss: ${careless}: [1].id: duplicate entity id "mps" (first used at [0]); the entry is skipped`,
    `gloss: ${careless}: [2].kind: unknown kind "bureau"; expected person, organization, place, event, concept, work or other; the entry is skipped`,
    `gloss: ${careless}: [3].name: expected a string, found a number; the entry is skipped`,
    `gloss: ${careless}: [4]: expected an object, found a string; the entry is skipped`,
    `gloss: ${careless}: [5].colour: unknown field, ignored`,
    `gloss: ${at(GLOSSARIES[2])}: the server answered 404 Not Found; the glossary is skipped`,
    `gloss: ${at(GLOSSARIES[3])}: line 1, column 1: expected a value; the glossary is skipped`,
    `gloss: ${at(GLOSSARIES[4])}: entities: this field is required; the glossary is skipped`,
    `gloss: ${at(GLOSSARIES[5])}: no answer after 1 seconds; the glossary is skipped`,
  ];
}

/** gloss's warnings on `page`, sorted: the glossaries arrive in any order. */
const warnings = (page) => page.consoleMessages.filter((m) => m.type === 'warning' && m.text.startsWith('gloss:')).map((m) => m.text).sort();

async function blank() {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  return page;
}

/** What `root` (a shadow root or the page) shows of the names: the entity of each mention,
 *  in order, and the text of the card each opens. */
async function names(page, root) {
  return page.evaluate(async (selector) => {
    const root = selector ? document.querySelector(selector).shadowRoot : document;
    return [...root.querySelectorAll('.gloss-mention')].map((m) => `${m.dataset.glossEntity}:${m.textContent}`);
  }, root);
}

test('a widget skips each bad entry and glossary with one warning, and every good entry has its card', async () => {
  const page = await blank();
  const state = await page.evaluate(async ({ article, glossary }) => {
    const element = document.createElement('div');
    element.id = 'widget';
    document.body.appendChild(element);
    await Gloss.mount(element, article, { glossary, timeout: 1000, dwell: 0, auto: false });
    return element.dataset.glossState;
  }, { article: ARTICLE, glossary: GLOSSARIES });
  assert.equal(state, 'ready');
  assert.deepEqual(warnings(page), expectedWarnings().sort());
  // The article's Interpol wins over the good glossary's, in silence; the careless
  // glossary's first "mps" and its France are there, and Lyon (the title's too) from the
  // good one.
  assert.deepEqual(await names(page, '#widget'), [
    'lyon:Lyon', 'interpol:Interpol', 'lyon:Lyon', 'france:France', 'mps:Ministry of Public Security', 'lyon:Lyon',
  ]);
  const widget = page.locator('#widget');
  await widget.locator('[data-gloss-entity="mps"]').first().click();
  const card = widget.locator('.gloss-card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.locator('.gloss-card-summary').textContent(), 'China\'s police ministry.');
  // Its related entry that was skipped has no chip; the one that exists has.
  assert.deepEqual(await card.locator('[data-gloss-related]').evaluateAll((chips) => chips.map((c) => c.textContent)), ['Interpol']);
  await page.context().close();
});

test('an enhanced page skips them the same way, and keeps every card', async () => {
  const page = await blank();
  const state = await page.evaluate(async (glossary) => {
    const container = document.createElement('article');
    container.innerHTML = '<p>The Ministry of Public Security has staff in Lyon, in eastern France.</p>';
    document.body.appendChild(container);
    const view = await Gloss.enhance(container, { glossary, timeout: 1000, auto: false, dwell: 0 });
    return { state: container.dataset.glossState, error: String(view.error) };
  }, GLOSSARIES);
  assert.deepEqual(state, { state: 'ready', error: 'undefined' });
  assert.deepEqual(warnings(page), expectedWarnings().sort());
  assert.deepEqual(await names(page), ['mps:Ministry of Public Security', 'lyon:Lyon', 'france:France']);
  await page.locator('[data-gloss-entity="france"]').click();
  const card = page.locator('.gloss-chrome .gloss-card');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.textContent(), /mostly fine/);
  await page.context().close();
});

test('an inline glossary and the article\'s own entities skip a bad entry, named by where it is', async () => {
  const page = await blank();
  const result = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    const article = {
      title: 'Lyon',
      body: ['Interpol has its headquarters in Lyon, in France.'],
      entities: [
        { id: 'interpol', name: 'Interpol', summary: 'The article\'s.' },
        { id: 'interpol', name: 'Interpol again' },
        { id: 'hq', name: 'headquarters', aliases: ['--'] },
      ],
    };
    const glossary = [{ id: 'lyon', name: 'Lyon', related: ['gone'] }, { name: 'France' }, null];
    await Gloss.mount(element, article, { glossary, auto: false });
    const container = document.createElement('div');
    container.innerHTML = '<p>Lyon is in France.</p>';
    document.body.appendChild(container);
    await Gloss.enhance(container, { glossary: { entities: glossary }, auto: false });
    return {
      widget: [...element.shadowRoot.querySelectorAll('.gloss-mention')].map((m) => m.dataset.glossEntity),
      page: [...container.querySelectorAll('.gloss-mention')].map((m) => m.dataset.glossEntity),
    };
  });
  assert.deepEqual(result, { widget: ['lyon', 'interpol', 'lyon'], page: ['lyon'] });
  assert.deepEqual(warnings(page), [
    'gloss: the article\'s entities: entities[1].id: duplicate entity id "interpol" (first used at entities[0]); the entry is skipped',
    'gloss: the article\'s entities: entities[2].aliases[0]: an alias must contain a letter or a digit; it is empty or only punctuation; the entry is skipped',
    'gloss: the glossary option: [1].id: this field is required; the entry is skipped',
    'gloss: the glossary option: [2]: expected an object, found null; the entry is skipped',
    'gloss: the glossary option: entities[1].id: this field is required; the entry is skipped',
    'gloss: the glossary option: entities[2]: expected an object, found null; the entry is skipped',
  ]);
  await page.context().close();
});

test('an article\'s entities that are not a list are skipped, and the article shows', async () => {
  const page = await blank();
  const state = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, { title: 'Lyon', body: ['Lyon.'], entities: { lyon: { name: 'Lyon' } } });
    return element.dataset.glossState;
  });
  assert.equal(state, 'ready');
  assert.deepEqual(warnings(page), [
    'gloss: the article\'s entities: entities: expected an array, found an object; they are skipped',
  ]);
  await page.context().close();
});

test('an article that cannot be read shows the reader only that, in the page\'s language, and the console the details', async () => {
  const page = await harness.page({ expectErrors: /^gloss: article: body\[1\]: expected a string or an object, found a number$/ });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  const box = await page.evaluate(async () => {
    document.documentElement.lang = 'fr-CA';
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, { title: 'x', body: ['a', 7] });
    const box = element.shadowRoot.querySelector('.gloss-error');
    return { state: element.dataset.glossState, role: box.getAttribute('role'), text: box.textContent };
  });
  assert.deepEqual(box, { state: 'error', role: 'alert', text: 'Impossible d\u2019afficher cet article.' });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text), [
    'gloss: article: body[1]: expected a string or an object, found a number',
  ]);
  await page.context().close();
});
