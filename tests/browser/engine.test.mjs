// The engine in the widget: site glossaries from URLs, the article's own entries winning
// an id clash, the automatic finders and their switches, and the host events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsFinders, needsSchemaOrg, open, settled } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

async function cardFor(page, host, id) {
  await page.locator(`${host} [data-gloss-entity="${id}"]`).first().focus();
  const card = page.locator(`${host} .gloss-card[data-gloss-card="${id}"]`);
  await card.waitFor({ state: 'visible' });
  return card;
}

test('site glossaries from data-glossary URLs mark names, and the article wins an id clash', needsFinders, async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const host = '.gloss-host';
  assert.equal(await page.locator(`${host} [data-gloss-entity="lyon"]`).count(), 3, "title and body");
  assert.match(await (await cardFor(page, host, 'lyon')).textContent(), /home of Interpol's headquarters/);
  assert.match(await (await cardFor(page, host, 'france')).textContent(), /western Europe/);
  assert.match(await (await cardFor(page, host, 'interpol')).textContent(), /article's own Interpol entry/);
  // No glossary describes the MPS: the acronym finder does, from the article.
  const mps = await cardFor(page, host, 'ministry-of-public-security');
  assert.match(await mps.textContent(), /MPS stands for Ministry of Public Security/);
  assert.match(await mps.textContent(), /From this article/);
  assert.equal(await page.locator(`${host} [data-gloss-entity="ministry-of-public-security"]`).count(), 3);
});

test('Gloss.mount switches the finders and reports card events', needsFinders, async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const counts = await page.evaluate(async () => {
    const article = await (await fetch('/tests/fixtures/bare-article.json')).json();
    const count = async (options) => {
      const element = document.createElement('div');
      document.body.appendChild(element);
      const view = await Gloss.mount(element, article, options);
      const n = element.shadowRoot.querySelectorAll('[data-gloss-entity]').length;
      view.destroy();
      element.remove();
      return n;
    };
    return {
      all: await count({}),
      none: await count({ auto: false }),
      noAcronyms: await count({ auto: { acronyms: false } }),
    };
  });
  assert.equal(counts.none, 1, 'only the glossary name, Interpol');
  assert.ok(counts.all > counts.noAcronyms && counts.noAcronyms > counts.none, JSON.stringify(counts));

  const events = await page.evaluate(async () => {
    const seen = [];
    const element = document.getElementById('api');
    element.addEventListener('gloss:open', (e) => seen.push(['open', e.detail.entity, e.detail.trigger]));
    element.addEventListener('gloss:close', (e) => seen.push(['close', e.detail.entity]));
    await Gloss.mount(element, '/tests/fixtures/bare-article.json', { glossary: '/tests/fixtures/glossary.json' });
    const mention = element.shadowRoot.querySelector('[data-gloss-entity="lyon"]');
    mention.focus();
    mention.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    return seen;
  });
  assert.deepEqual(events, [['open', 'lyon', 'keyboard'], ['close', 'lyon']]);
});

test('a schema.org NewsArticle in JSON-LD renders, with its mentions as cards', needsSchemaOrg, async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const result = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    await Gloss.mount(element, '/tests/fixtures/news-article.jsonld', { auto: false });
    const root = element.shadowRoot;
    return {
      title: root.querySelector('.gloss-title').textContent,
      paragraphs: root.querySelectorAll('.gloss-chunk > p').length,
      marked: [...new Set([...root.querySelectorAll('[data-gloss-entity]')].map((m) => m.dataset.glossEntity))],
    };
  });
  assert.equal(result.title, 'Delegates gather for the police assembly');
  assert.equal(result.paragraphs, 3);
  assert.deepEqual(result.marked.sort(), ['inter-parliamentary-alliance-on-china', 'interpol', 'istanbul', 'tuesday']);
});

test('glossary and JSON-LD names link like found names: a bare surname and a defined acronym reach the entry', needsFinders, async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const result = await page.evaluate(async () => {
    const body = [
      'Jane Okafor, who leads the Harbour Data Trust (HDT), spoke in Lagos on Monday.',
      'Okafor said the HDT would publish its figures. Later, Ms. Okafor took questions.',
    ];
    const mentions = async (article) => {
      const element = document.createElement('div');
      document.body.appendChild(element);
      const view = await Gloss.mount(element, article, {});
      const marked = [...element.shadowRoot.querySelectorAll('.gloss-chunk [data-gloss-entity]')].map((m) => [
        m.textContent,
        m.dataset.glossEntity,
      ]);
      view.destroy();
      element.remove();
      return marked;
    };
    return {
      glossary: await mentions({
        title: 'A trust opens its books',
        body,
        entities: [
          { id: 'okafor', name: 'Jane Okafor', kind: 'person', summary: 'Chair of a data trust.' },
          { id: 'hdt', name: 'Harbour Data Trust', kind: 'organization', summary: 'A trust that holds port data.' },
        ],
      }),
      jsonLd: await mentions({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'A trust opens its books',
        articleBody: body.join('\n\n'),
        mentions: [
          { '@type': 'Person', '@id': 'okafor', name: 'Jane Okafor', description: 'Chair of a data trust.' },
          { '@type': 'Organization', '@id': 'hdt', name: 'Harbour Data Trust', description: 'A trust that holds port data.' },
        ],
      }),
    };
  });
  for (const [source, marked] of Object.entries(result)) {
    const of = (text) => marked.filter(([t]) => t === text).map(([, id]) => id);
    const okafor = of('Jane Okafor')[0];
    const trust = of('Harbour Data Trust')[0];
    assert.ok(okafor && trust, `${source}: ${JSON.stringify(marked)}`);
    assert.deepEqual(of('Okafor'), [okafor, okafor], `${source}: every bare Okafor is the entry's`);
    assert.deepEqual(of('HDT'), [trust, trust], `${source}: every HDT is the entry's`);
    assert.deepEqual(of('Lagos'), ['lagos'], source);
  }
});
