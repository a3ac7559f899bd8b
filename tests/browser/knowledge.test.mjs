// The opt-in knowledge source against a local stand-in for Wikipedia's REST page summary
// (tests/server.mjs, /__knowledge/): the card opens at once with its space held, the text
// fills in without moving the card, it is attributed, each page is fetched once, every
// bad answer leaves the card quietly as it was, and nothing leaves the machine: no
// Referer, no cookies, no request beyond 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsFinders, open, pausedClock, restingBox } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

const ARTICLE = '/tests/fixtures/knowledge/article.json';
const GLOSSARY = '/tests/fixtures/knowledge/glossary.json';

/** The knowledge requests the stand-in received for `title`. */
const requestsFor = (title) => harness.knowledge.requests.filter((r) => r.title === title);

/** A page with the loader, every request it makes noted in `page.requests`, and a dialog
 *  (which hostile text could open) noted in `page.dialogs`. */
async function blankPage() {
  // Reduced motion: the card's opening slide would move it while it is measured.
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  page.requests = [];
  page.dialogs = [];
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(`${harness.url}/tests/pages/knowledge.html`);
  return page;
}

/** Mounts the test article into `#where` with `options`, and waits until it is ready. */
async function mount(page, options, where = 'one') {
  await page.evaluate(({ where, article, options }) => Gloss.mount(document.getElementById(where), article, options),
    { where, article: ARTICLE, options: { glossary: GLOSSARY, dwell: 0, hideDelay: 0, ...options } });
  await page.waitForFunction((where) => document.getElementById(where).dataset.glossState === 'ready', where);
}

/** The stand-in's URL template, as a site's own service would give it. */
const template = () => `${harness.url}/__knowledge/{title}`;

/** Opens the card of `entity` in `#where` by focusing its first mention, as a keyboard
 *  reader would, and waits until it shows. */
async function openCard(page, entity, where = 'one') {
  await page.locator(`#${where} [data-gloss-entity="${entity}"]`).first().focus();
  await page.locator(`#${where} .gloss-card[data-gloss-card="${entity}"]`).waitFor({ state: 'visible' });
}

/** Closes the open card and moves focus away, so that the mention can open it again. */
async function closeCard(page, where = 'one') {
  await page.keyboard.press('Escape');
  await page.locator(`#${where} .gloss-card`).waitFor({ state: 'hidden' });
  await page.locator('#elsewhere').focus();
}

/** The open card's slot: whether it is shown, still loading, its text, and its links and
 *  images. */
function slot(page, where = 'one') {
  return page.locator(`#${where}`).evaluate((host) => {
    const slot = host.shadowRoot.querySelector('.gloss-card .gloss-knowledge');
    if (!slot) return null;
    const style = getComputedStyle(slot);
    return {
      // A slot that found nothing is hidden, or, where it keeps its space (a card above
      // its name, a bottom sheet), invisible.
      shown: style.display !== 'none' && style.visibility !== 'hidden',
      busy: slot.hasAttribute('aria-busy'),
      text: slot.textContent,
      height: slot.getBoundingClientRect().height,
      links: [...slot.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel, text: a.textContent })),
      images: [...slot.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src'), referrer: img.referrerPolicy, loading: img.loading })),
      elements: [...slot.querySelectorAll('*')].map((e) => e.localName),
    };
  });
}

/** Waits until the open card's slot has its answer (filled, or hidden). */
async function answered(page, where = 'one') {
  await page.waitForFunction((where) => {
    const slot = document.getElementById(where).shadowRoot.querySelector('.gloss-card .gloss-knowledge');
    return slot && !slot.hasAttribute('aria-busy');
  }, where);
}

const cardBox = (page, where = 'one') => restingBox(page.locator(`#${where} .gloss-card`));

/** Console messages from gloss, and page errors: a bad answer must cause neither. */
const glossComplaints = (page) => page.consoleMessages.filter((m) => m.type === 'pageerror' || /gloss/i.test(m.text));

/** Requests that went anywhere but the test server. */
const offMachine = (page) => page.requests.filter((url) => !url.startsWith(`${harness.url}/`) && !url.startsWith('data:'));

test('the card opens at once with its space held, and the text fills in without moving it', needsFinders, async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  const release = harness.knowledge.hold('Ada_Lovelace');
  await openCard(page, 'ada-lovelace');
  const loading = await slot(page);
  assert.equal(loading.busy, true, 'still waiting for the answer');
  assert.equal(loading.shown, true, 'the slot holds its space');
  assert.ok(loading.height > 40, `a reserved height (${loading.height}px)`);
  const before = await cardBox(page);
  // The card works while it waits: its close button is there and focusable.
  assert.equal(await page.locator('#one .gloss-card-close').isVisible(), true);
  release();
  await answered(page);
  const filled = await slot(page);
  assert.match(filled.text, /English mathematician and writer/);
  assert.match(filled.text, /first published program/);
  assert.deepEqual(await cardBox(page), before, 'the card neither moved nor grew');
  assert.equal(filled.height, loading.height);
  assert.deepEqual(glossComplaints(page), []);
  assert.deepEqual(offMachine(page), []);
  await page.context().close();
});

/** Where the open card's controls are (close, previous, next), and the blocks in it
 *  taller than a line with nothing to read or see: no text, no image, and no lines
 *  sketched where text will come. */
function controls(page, where = 'one') {
  return page.locator(`#${where}`).evaluate((host) => {
    const card = host.shadowRoot.querySelector('.gloss-card');
    const line = parseFloat(getComputedStyle(card).lineHeight);
    const at = (selector) => JSON.stringify(card.querySelector(selector).getBoundingClientRect());
    return {
      buttons: ['.gloss-card-close', '[data-gloss-action=previous]', '[data-gloss-action=next]'].map(at),
      empty: [...card.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().height > line && !e.textContent.trim() && e.localName !== 'img' && getComputedStyle(e).backgroundImage === 'none')
        .map((e) => `${e.className} (${Math.round(e.getBoundingClientRect().height)} px)`),
      sheet: card.classList.contains('gloss-sheet'),
      above: card.classList.contains('gloss-above'),
    };
  });
}

test('while the answer is on its way nothing is empty, and neither an answer nor a failure moves a control', needsFinders, async () => {
  // Two mentions of each name, for the previous and next buttons, amid pages of text, so
  // that a name can sit at the top of the window with its card below it, or at the foot
  // with its card above. "Ms" makes Ada Lovelace a person, whose page may be guessed:
  // "wrote" alone does not, since companies write too.
  const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} says nothing of note about anyone at all.`);
  const article = {
    title: 'Notes', lang: 'en',
    body: [...filler, 'Ms Ada Lovelace wrote to the Missing Archive.', 'Ada Lovelace and the Missing Archive, again.', ...filler],
  };
  const rows = [
    ['a card below its name', { width: 1100, height: 800 }, 'top'],
    ['a card above its name', { width: 1100, height: 800 }, 'bottom'],
    ['a bottom sheet', { width: 480, height: 800 }, 'top'],
  ];
  for (const [name, viewport, edge] of rows) {
    for (const [entity, title, outcome] of [['ada-lovelace', 'Ada_Lovelace', 'answered'], ['archive', 'Missing_Page', 'failed']]) {
      const row = `${name}, ${outcome}`;
      const page = await harness.page({ viewport, reducedMotion: 'reduce' });
      await page.goto(`${harness.url}/tests/pages/knowledge.html`);
      await page.evaluate(({ article, options }) => Gloss.mount(document.getElementById('one'), article, options),
        { article, options: { glossary: GLOSSARY, dwell: 0, hideDelay: 0, knowledge: template() } });
      await page.waitForFunction(() => document.getElementById('one').dataset.glossState === 'ready');
      const mention = page.locator(`#one [data-gloss-entity="${entity}"]`).first();
      // The name near the top of the window, or at its foot.
      await mention.evaluate((m, edge) => {
        const box = m.getBoundingClientRect();
        scrollBy(0, edge === 'top' ? box.top - 60 : box.bottom - innerHeight + 30);
      }, edge);
      const release = harness.knowledge.hold(title);
      try {
        await mention.focus();
        await page.locator(`#one .gloss-card[data-gloss-card="${entity}"]`).waitFor({ state: 'visible' });
        const waiting = await controls(page);
        assert.equal(waiting.sheet, name === 'a bottom sheet', `${row}: the placement`);
        assert.equal(waiting.above, name === 'a card above its name', `${row}: the placement`);
        assert.deepEqual(waiting.empty, [], `${row}: no empty block while waiting`);
        assert.equal((await slot(page)).busy, true, `${row}: still waiting`);
        release();
        await answered(page);
        assert.equal((await slot(page)).shown, outcome === 'answered', `${row}: the slot`);
        assert.deepEqual((await controls(page)).buttons, waiting.buttons, `${row}: every control where it was`);
      } finally {
        release();
        await page.context().close();
      }
    }
  }
});

test('the summary is attributed, links to its page, and its thumbnail loads lazily without a referrer', needsFinders, async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  await openCard(page, 'ada-lovelace');
  await answered(page);
  const filled = await slot(page);
  const host = new URL(harness.url).host;
  assert.deepEqual(filled.links, [{
    href: 'https://en.wikipedia.org/wiki/Ada_Lovelace', target: '_blank', rel: 'noopener noreferrer', text: `From ${host}`,
  }]);
  assert.deepEqual(filled.images, [{ src: `${harness.url}/tests/fixtures/knowledge/portrait.svg`, referrer: 'no-referrer', loading: 'lazy' }]);
  // The extract is capped to a card's worth, at a word.
  const extract = await page.locator('#one .gloss-knowledge-extract').textContent();
  assert.ok(extract.length <= 281 && extract.endsWith('\u2026'), extract);
  await page.context().close();
});

test('each page is fetched once per page view, across reopenings, mentions and widgets', needsFinders, async () => {
  const page = await blankPage();
  const already = requestsFor('Ada_Lovelace').length;
  await mount(page, { knowledge: template() }, 'one');
  await mount(page, { knowledge: template() }, 'two');
  for (let round = 0; round < 3; round++) {
    await openCard(page, 'ada-lovelace');
    await answered(page);
    assert.match((await slot(page)).text, /English mathematician/, `round ${round}`);
    await closeCard(page);
  }
  await openCard(page, 'ada-lovelace', 'two');
  await answered(page, 'two');
  assert.match((await slot(page, 'two')).text, /English mathematician/);
  assert.equal(requestsFor('Ada_Lovelace').length - already, 1, 'one request for the page');
  assert.equal(page.requests.filter((url) => url.endsWith('/pkg/gloss-knowledge.js')).length, 1, 'one request for the module that fills the slots');
  await page.context().close();
});

test('a page named by a Wikidata item shows only when the answer is about that item', async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  await openCard(page, 'analytical');
  await answered(page);
  assert.match((await slot(page)).text, /notation of the calculus/);
  await closeCard(page);
  await openCard(page, 'difference');
  await answered(page);
  assert.equal((await slot(page)).shown, false, 'the same answer, about another item, shows nothing');
  await page.context().close();
});

test('every bad answer leaves the card quietly as it was', needsFinders, async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  const rows = [
    ['a disambiguation page', 'mercury'],
    ['a missing page (404)', 'archive'],
    ['malformed JSON', 'quill'],
    ['an answer over the size limit', 'ledger'],
    ['a guessed person whose page reads like a place', 'grace-hopper'],
  ];
  for (const [name, entity] of rows) {
    await openCard(page, entity);
    await answered(page);
    const after = await slot(page);
    assert.equal(after.shown, false, `${name}: the slot is hidden`);
    assert.equal(after.text, '', `${name}: nothing of the answer shows`);
    assert.equal(await page.locator('#one .gloss-card-name').textContent() !== '', true, `${name}: the card is still there`);
    await closeCard(page);
  }
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('a slow answer gives up after the timeout', async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  // The loader's timer is the page's setTimeout, which the fake clock now drives.
  await pausedClock(page);
  await page.locator('#one [data-gloss-entity="slowbridge"]').first().focus();
  assert.equal((await slot(page)).busy, true, 'waiting');
  await page.clock.runFor(3000);
  assert.equal((await slot(page)).busy, true, 'still waiting inside the timeout');
  await page.clock.runFor(1100);
  // The abandoned request settles in a task of the network's; poll from here, since the
  // page's own timers are fake.
  for (let i = 0; i < 100 && (await slot(page)).busy; i++) await new Promise((done) => setTimeout(done, 20));
  assert.equal((await slot(page)).shown, false, 'hidden once the request is abandoned');
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('hostile text stays text, and hostile URLs are dropped', async () => {
  const page = await blankPage();
  await mount(page, { knowledge: template() });
  await openCard(page, 'hostile');
  await answered(page);
  const after = await slot(page);
  assert.equal(after.shown, true);
  assert.match(after.text, /<img src=x onerror=alert\(1\)> wrote notes <script>alert\(2\)<\/script> on an engine\./);
  assert.match(after.text, /English mathematician <b onmouseover=alert\(3\)>bold<\/b>/);
  assert.deepEqual(after.images, [], 'the javascript: thumbnail is dropped');
  assert.deepEqual(after.links, [], 'the javascript: link is dropped');
  assert.match(after.text, /From 127\.0\.0\.1:\d+$/, 'the attribution stays, as text');
  assert.deepEqual(after.elements.filter((e) => !['div', 'p', 'span'].includes(e)), [], 'only gloss made elements');
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});

test('requests carry the title and nothing else: no Referer, no cookies', needsFinders, async () => {
  const page = await blankPage();
  await page.evaluate(() => { document.cookie = 'reader=someone; path=/'; });
  await mount(page, { knowledge: template() });
  const before = harness.knowledge.requests.length;
  await openCard(page, 'grace-hopper');
  await answered(page);
  const sent = harness.knowledge.requests.slice(before);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].url, '/__knowledge/Grace_Hopper');
  assert.equal(sent[0].headers.referer, undefined, 'no Referer');
  assert.equal(sent[0].headers.cookie, undefined, 'no cookies');
  await page.context().close();
});

test('nothing is fetched at load, nor when a card opens with the option off', needsFinders, async () => {
  const page = await blankPage();
  const before = harness.knowledge.requests.length;
  await mount(page, { knowledge: template() }, 'one');
  await mount(page, {}, 'two');
  assert.equal(harness.knowledge.requests.length, before, 'nothing at load');
  await openCard(page, 'ada-lovelace', 'two');
  const off = await slot(page, 'two');
  assert.equal(off.shown, false, 'no space held with the option off');
  await page.waitForTimeout(100);
  assert.equal(harness.knowledge.requests.length, before, 'nothing when the option is off');
  // An entity with a summary asks nothing, though it has a Wikipedia link.
  await openCard(page, 'lamplight', 'one');
  assert.equal(await slot(page), null);
  assert.deepEqual(offMachine(page), []);
  await page.context().close();
});

test("the 'wikipedia' provider asks the wiki the link names, or the widget's, for the title as Wikipedia spells it", needsFinders, async () => {
  const page = await blankPage();
  const asked = [];
  // Wikipedia itself is never reached: the route answers in its place.
  await page.route('https://*.wikipedia.org/**', async (route) => {
    const request = route.request();
    asked.push({ url: request.url(), referer: (await request.allHeaders()).referer });
    const title = decodeURIComponent(new URL(request.url()).pathname.split('/').pop());
    const fixture = title === 'Ada_Lovelace' ? 'normal.json' : 'item.json';
    const text = await (await fetch(`${harness.url}/tests/fixtures/knowledge/${fixture}`)).text();
    await route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: text.replaceAll('https://stub.invalid', harness.url) });
  });
  await page.evaluate(() => {
    document.documentElement.lang = 'de';
  });
  await mount(page, { knowledge: 'wikipedia' }, 'one');
  await mount(page, { knowledge: { provider: 'wikipedia', lang: 'fr' } }, 'two');
  await openCard(page, 'ada-lovelace', 'one');
  await answered(page, 'one');
  assert.deepEqual((await slot(page, 'one')).links.map((l) => l.text), ['From Wikipedia, CC BY-SA']);
  await openCard(page, 'ada-lovelace', 'two');
  await answered(page, 'two');
  await openCard(page, 'ivory', 'one');
  await answered(page, 'one');
  assert.deepEqual(asked.map((a) => a.url), [
    // The article says it is English, so its widget asks the English Wikipedia.
    'https://en.wikipedia.org/api/rest_v1/page/summary/Ada_Lovelace',
    'https://fr.wikipedia.org/api/rest_v1/page/summary/Ada_Lovelace',
    // A glossary's link names its wiki and title, whatever the option says; the title is
    // escaped as encodeURIComponent escapes it.
    "https://fr.wikipedia.org/api/rest_v1/page/summary/C%C3%B4te_d'Ivoire",
  ]);
  assert.deepEqual(asked.map((a) => a.referer), [undefined, undefined, undefined], 'no Referer');
  await page.context().close();
});

test('the custom element takes the option as an attribute, and the in-place enhancer as an option', needsFinders, async () => {
  const page = await blankPage();
  const before = requestsFor('Ada_Lovelace').length;
  await page.evaluate(({ article, glossary, knowledge }) => {
    const element = document.createElement('gloss-article');
    element.id = 'element';
    element.setAttribute('glossary', glossary);
    element.setAttribute('knowledge', knowledge);
    element.setAttribute('src', article);
    document.body.appendChild(element);
  }, { article: ARTICLE, glossary: GLOSSARY, knowledge: template() });
  await page.waitForFunction(() => document.getElementById('element').dataset.glossState === 'ready');
  await openCard(page, 'ada-lovelace', 'element');
  await answered(page, 'element');
  assert.match((await slot(page, 'element')).text, /English mathematician/);

  // The enhancer's card lives in a shadow root of its own, after the page's text.
  await page.evaluate(async (knowledge) => {
    const container = document.createElement('article');
    container.id = 'enhanced';
    container.innerHTML = '<p>Years later the scientist Grace Hopper and the writer Ada Lovelace were named together.</p>';
    document.body.appendChild(container);
    await Gloss.enhance(container, { knowledge, dwell: 0 });
  }, template());
  await page.locator('#enhanced [data-gloss-entity="ada-lovelace"]').focus();
  const chrome = () => page.evaluate(() => {
    const slot = document.querySelector('.gloss-chrome').shadowRoot.querySelector('.gloss-card:not([hidden]) .gloss-knowledge');
    return slot && { busy: slot.hasAttribute('aria-busy'), text: slot.textContent };
  });
  await page.waitForFunction(() => {
    const slot = document.querySelector('.gloss-chrome').shadowRoot.querySelector('.gloss-card:not([hidden]) .gloss-knowledge');
    return slot && !slot.hasAttribute('aria-busy');
  });
  assert.match((await chrome()).text, /English mathematician/);
  assert.equal(requestsFor('Ada_Lovelace').length - before, 1, 'the page was asked for once, for both');
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('a guessed page whose title differs shows nothing', needsFinders, async () => {
  const page = await blankPage();
  const normal = await (await fetch(`${harness.url}/tests/fixtures/knowledge/normal.json`)).text();
  // The service followed a redirect from the name to another page: its title says so.
  await page.route('**/__knowledge/Ada_Lovelace', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: normal.replace('"title": "Ada Lovelace"', '"title": "Ada King, Countess of Lovelace"'),
  }));
  await mount(page, { knowledge: template() });
  await openCard(page, 'ada-lovelace');
  await answered(page);
  assert.equal((await slot(page)).shown, false);
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});

test('a guessed page that a redirect retitled shows when its title holds the name', needsFinders, async () => {
  const page = await blankPage();
  const normal = await (await fetch(`${harness.url}/tests/fixtures/knowledge/normal.json`)).text();
  await page.route('**/__knowledge/Ada_Lovelace', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: normal.replace('"title": "Ada Lovelace"', '"title": "Ada Lovelace (mathematician)"'),
  }));
  await mount(page, { knowledge: template() });
  await openCard(page, 'ada-lovelace');
  await answered(page);
  const filled = await slot(page);
  assert.equal(filled.shown, true);
  assert.match(filled.text, /English mathematician and writer/);
  assert.deepEqual(glossComplaints(page), []);
  await page.context().close();
});
