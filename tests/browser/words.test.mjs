// Where cards get their words: with its glossary removed, the demo article gives every
// entity a card that says something (a definition from the article, or the sentence of
// its first mention with the name marked); with its glossary, every glossary entry's
// card says exactly the glossary's summary, as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsFinders, open } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/**
 * Mounts the demo article (without its glossary when `bare`) and opens every entity's
 * card through its first mention, returning what each card says.
 */
async function everyCard(bare) {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.waitForFunction(() => window.Gloss);
  const ids = await page.evaluate(async (bare) => {
    const article = await (await fetch('/www/demo/article.json')).json();
    if (bare) delete article.entities;
    const element = document.createElement('div');
    element.id = 'host';
    document.body.appendChild(element);
    await Gloss.mount(element, article);
    const mentions = element.shadowRoot.querySelectorAll('[data-gloss-entity]');
    return [...new Set([...mentions].map((m) => m.dataset.glossEntity))];
  }, bare);
  const cards = {};
  for (const id of ids) {
    await page.locator(`#host [data-gloss-entity="${id}"]`).first().focus();
    const card = page.locator(`#host .gloss-card[data-gloss-card="${id}"]`);
    await card.waitFor({ state: 'visible' });
    cards[id] = await card.evaluate((c) => ({
      summary: c.querySelector('.gloss-card-summary')?.textContent ?? null,
      marked: c.querySelector('.gloss-card-summary mark')?.textContent ?? null,
      source: c.querySelector('.gloss-card-source')?.textContent ?? null,
    }));
  }
  return { page, cards };
}

test('with its glossary removed, every entity of the demo has a card that says something', needsFinders, async () => {
  const { page, cards } = await everyCard(true);
  const ids = Object.keys(cards);
  assert.ok(ids.length >= 10, `only ${ids.length} entities`);
  let passages = 0;
  for (const [id, card] of Object.entries(cards)) {
    assert.ok(card.summary && card.summary.trim().length > 10, `${id} says nothing: ${JSON.stringify(card)}`);
    assert.equal(card.source, 'From this article', id);
    if (card.marked) {
      passages += 1;
      assert.ok(card.summary.includes(card.marked), id);
    }
  }
  // Some cards quote the article, some define from it: both sources are exercised.
  assert.ok(passages > 0 && passages < ids.length, `${passages} of ${ids.length} are passages`);
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error'), []);
});

test('with its glossary, every glossary entry says what the glossary says', async () => {
  const { page, cards } = await everyCard(false);
  const article = await (await fetch(`${harness.url}/www/demo/article.json`)).json();
  let checked = 0;
  for (const entity of article.entities) {
    const card = cards[entity.id];
    if (!card || !entity.summary) continue;
    assert.equal(card.summary, entity.summary, entity.id);
    assert.equal(card.marked, null, entity.id);
    assert.equal(card.source, null, `${entity.id} is labelled as from the article`);
    checked += 1;
  }
  assert.ok(checked >= 12, `${checked} glossary cards checked`);
  // The names no glossary entry covers say something too.
  for (const [id, card] of Object.entries(cards)) {
    assert.ok(card.summary, `${id} says nothing`);
  }
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error'), []);
});
