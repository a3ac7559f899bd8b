// The opt-in knowledge source for names the engine found without a glossary, against
// answers routed in the page (knowledge.test.mjs tests the source itself): which names
// are sure enough to ask, and how a page's description gives a name of no kind its kind.
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

/** Opens the card of `entity` by focusing its first mention, and waits until it shows. */
async function openCard(page, entity) {
  await page.locator(`#one [data-gloss-entity="${entity}"]`).first().focus();
  await page.locator(`#one .gloss-card[data-gloss-card="${entity}"]`).waitFor({ state: 'visible' });
}

/** Closes the open card and moves focus away, so that the next mention opens its own. */
async function closeCard(page) {
  await page.keyboard.press('Escape');
  await page.locator('#one .gloss-card').waitFor({ state: 'hidden' });
  await page.locator('#elsewhere').focus();
}

/** The open card's slot: whether it shows, and its text; null for no slot. */
function slot(page) {
  return page.locator('#one').evaluate((host) => {
    const slot = host.shadowRoot.querySelector('.gloss-card .gloss-knowledge');
    if (!slot) return null;
    const style = getComputedStyle(slot);
    return { shown: style.display !== 'none' && style.visibility !== 'hidden', text: slot.textContent };
  });
}

/** Waits until the open card's slot has its answer (filled, or hidden). */
async function answered(page) {
  await page.waitForFunction(() => {
    const slot = document.getElementById('one').shadowRoot.querySelector('.gloss-card .gloss-knowledge');
    return slot && !slot.hasAttribute('aria-busy');
  });
}

/** Console messages from gloss, and page errors: an answer must cause neither. */
const glossComplaints = (page) => page.consoleMessages.filter((m) => m.type === 'pageerror' || /gloss/i.test(m.text));

/** An article of names the engine finds without a glossary: a name of two words and no
 *  kind, twice; another, once; an abbreviation used alone; a legislature and a common
 *  word, each one word; and a one-word name of no kind, named once. */
const FOUND = {
  title: 'Notes from the quay', lang: 'en',
  body: [
    'A spokesman for Ostrava Lindqvist said the talks were going well.',
    'A spokesman for Selma Varga said nothing more.',
    'The ferry plan went to Parliament on Monday, and the Record of the debate was short.',
    'Supporters of Brightwater gathered outside.',
    'The KFTA will meet in the spring, and the KFTA will publish its figures.',
  ],
};

/** A standard summary titled `title` whose description is `description`. */
const summary = (title, description) => ({
  type: 'standard', title, description,
  extract: `${title} is known for the ferries that cross the strait in every season.`,
  content_urls: { desktop: { page: `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}` } },
});

/** A page with FOUND mounted and the knowledge source on, its answers by requested
 *  title from `answers` (any other title is a 404); `page.asked` lists the titles asked. */
async function foundPage(answers) {
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  await page.goto(`${harness.url}/tests/pages/knowledge.html`);
  page.asked = [];
  await page.route('**/__knowledge/*', (route) => {
    const title = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop());
    page.asked.push(title);
    const answer = answers[title];
    return route.fulfill(answer
      ? { status: 200, contentType: 'application/json', body: JSON.stringify(answer) }
      : { status: 404, contentType: 'application/json', body: '{}' });
  });
  await page.evaluate(({ article, options }) => Gloss.mount(document.getElementById('one'), article, options),
    { article: FOUND, options: { dwell: 0, hideDelay: 0, knowledge: `${harness.url}/__knowledge/{title}` } });
  await page.waitForFunction(() => document.getElementById('one').dataset.glossState === 'ready');
  return page;
}

const kindLine = (page) => page.locator('#one .gloss-card-kind').textContent();

test('a name of no kind that the engine is sure of is looked up, shows when its description reads like one kind, and takes that kind', needsFinders, async () => {
  const page = await foundPage({ Ostrava_Lindqvist: summary('Ostrava Lindqvist', 'Ferry company in the northern isles') });
  await openCard(page, 'ostrava-lindqvist');
  await answered(page);
  const filled = await slot(page);
  assert.equal(filled.shown, true);
  assert.match(filled.text, /Ferry company in the northern isles/);
  assert.equal(await kindLine(page), 'Organization', 'the card takes the kind its page reads like');
  assert.deepEqual(page.asked, ['Ostrava_Lindqvist']);
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('a name of no kind whose description reads like no kind, or like two, shows nothing', needsFinders, async () => {
  const page = await foundPage({
    Selma_Varga: summary('Selma Varga', 'Mayor of a port city'),
    Ostrava_Lindqvist: summary('Ostrava Lindqvist', 'Something else entirely'),
  });
  for (const [name, entity] of [['cues of two kinds', 'selma-varga'], ['no cue at all', 'ostrava-lindqvist']]) {
    await openCard(page, entity);
    await answered(page);
    const after = await slot(page);
    assert.equal(after.shown, false, `${name}: the slot is hidden`);
    assert.equal(after.text, '', `${name}: nothing of the answer shows`);
    assert.equal(await kindLine(page), 'Name', `${name}: the kind stays unknown`);
    await closeCard(page);
  }
  assert.deepEqual(page.asked, ['Selma_Varga', 'Ostrava_Lindqvist']);
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('a common word, a lone legislature and a one-word name met once never ask', needsFinders, async () => {
  const page = await foundPage({});
  for (const entity of ['record', 'parliament', 'brightwater']) {
    await openCard(page, entity);
    assert.equal(await slot(page), null, `${entity}: no slot`);
    await closeCard(page);
  }
  await page.waitForTimeout(100);
  assert.deepEqual(page.asked, [], 'no request');
  assert.deepEqual(page.requests.filter((url) => url.includes('/__knowledge/')), [], 'no request at all');
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('an abbreviation used alone takes the page it redirects to when its initials spell it', needsFinders, async () => {
  const rows = [
    ['initials that spell it', 'Kestria Free Trade Alliance', true],
    ['a title whose initials do not', 'Kestria Fishing Alliance', false],
  ];
  for (const [name, title, shown] of rows) {
    const page = await foundPage({ KFTA: summary(title, 'Trade alliance of the northern isles') });
    await openCard(page, 'kfta');
    await answered(page);
    const after = await slot(page);
    assert.equal(after.shown, shown, `${name}: the slot`);
    assert.equal(after.text.includes('Trade alliance of the northern isles'), shown, `${name}: the description`);
    // The line that says the article never spells it out stays above the answer.
    assert.match(await page.locator('#one .gloss-card-summary').first().textContent(), /does not spell out/, name);
    assert.deepEqual(page.asked, ['KFTA'], name);
    assert.deepEqual(glossComplaints(page), []);
    await page.context().close();
  }
});
