// A 5 MB article with a 5,000-entity glossary renders without freezing the page: its
// slices stay under 50 ms (a PerformanceObserver for long tasks), apart from the page's
// first date format, and nothing of the text is lost on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { open, ARTIFACTS } from './harness.mjs';

const demo = JSON.parse(readFileSync(new URL('../../www/demo/article.json', import.meta.url), 'utf8'));

/** The demo body repeated until the article passes 5 MB, with no glossary of its own. */
function largeArticle() {
  const body = [];
  while (JSON.stringify(body).length < 5 * 1024 * 1024) body.push(...demo.body);
  return { ...demo, body, entities: [] };
}

/** The demo's entities and made-up organisations, 5,000 in all, a few with aliases. */
function largeGlossary() {
  const first = ['Northern', 'Royal', 'United', 'Central', 'Pacific', 'Eastern', 'National', 'Free', 'Grand', 'New'];
  const second = ['Harbour', 'Council', 'Bank', 'Union', 'Railway', 'Museum', 'League', 'Theatre', 'Institute', 'Press'];
  const third = ['Alder', 'Birch', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Granite', 'Heron', 'Iris', 'Juniper'];
  const entities = [...demo.entities];
  for (let n = 0; entities.length < 5000; n++) {
    const name = `${third[Math.floor(n / 100) % 10]} ${first[n % 10]} ${second[Math.floor(n / 10) % 10]} ${Math.floor(n / 1000) + 1}`;
    entities.push({ id: `made-up-${n}`, name, kind: 'organization', aliases: n % 7 ? [] : [`${name} Group`], summary: `${name} is made up for this test.` });
  }
  return entities;
}

let harness;
let article;
before(async () => {
  harness = await open();
  article = largeArticle();
  writeFileSync(`${ARTIFACTS}/large-article.json`, JSON.stringify(article));
  writeFileSync(`${ARTIFACTS}/large-glossary.json`, JSON.stringify(largeGlossary()));
});
after(async () => {
  await harness.close();
});

test('a 5 MB article with a 5,000-entity glossary renders in slices under 50 ms, index and progress bar on', async () => {
  const bytes = readFileSync(`${ARTIFACTS}/large-article.json`).length;
  assert.ok(bytes > 5 * 1024 * 1024, `${bytes} bytes`);
  const page = await harness.page({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  const result = await page.evaluate(async () => {
    // The page's first Intl.DateTimeFormat loads the locale's data in one call that
    // nothing can split (docs/measurements.md, "The first mount and the first date
    // format"), which gloss makes a task of its own (DESIGN.md, "The first mount is the
    // one readers see"). Made before the count starts, as on a page open for a while, so
    // that the count is of gloss's slices.
    new Intl.DateTimeFormat([], { dateStyle: 'long' }).format(0);
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const host = document.createElement('div');
    document.body.appendChild(host);
    // A timer that should fire while the article renders, as it would for a reader.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    let firstScreenAt = 0;
    // It stops watching once the first screen is there: a record for each of the
    // article's nodes would be the test's own cost, counted in gloss's slices.
    const watch = new MutationObserver(() => {
      if (!firstScreenAt && host.shadowRoot?.querySelector('.gloss-chunk > p')) {
        firstScreenAt = performance.now();
        watch.disconnect();
      }
    });
    watch.observe(host, { childList: true, subtree: true });
    host.attachShadow({ mode: 'open' });
    watch.observe(host.shadowRoot, { childList: true, subtree: true });
    const start = performance.now();
    await Gloss.mount(host, '/tests/artifacts/large-article.json', { glossary: '/tests/artifacts/large-glossary.json', index: true, progress: true });
    const done = performance.now();
    clearInterval(ticker);
    watch.disconnect();
    // Long-task entries arrive a task later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.takeRecords().forEach((e) => tasks.push(e.duration));
    observer.disconnect();
    const root = host.shadowRoot;
    // The index is made when first opened; its strips stay small however many mentions.
    root.querySelector('.gloss-index-button').click();
    const strips = [...root.querySelectorAll('.gloss-strip')].map((strip) => strip.children.length);
    const paragraphs = [...root.querySelectorAll('.gloss-chunk > p')];
    return {
      state: host.dataset.glossState,
      tasks,
      ticks,
      total: done - start,
      firstScreen: firstScreenAt - start,
      paragraphs: paragraphs.length,
      last: paragraphs[paragraphs.length - 1].textContent,
      mentions: root.querySelectorAll('[data-gloss-entity]').length,
      chunks: root.querySelectorAll('.gloss-chunk').length,
      strips,
    };
  });
  console.log(`# ${(bytes / 1048576).toFixed(1)} MB: ${result.paragraphs} paragraphs, ${result.mentions} mentions; first screen after ${Math.round(result.firstScreen)} ms, all after ${Math.round(result.total)} ms; longest task ${Math.round(Math.max(0, ...result.tasks))} ms`);
  assert.equal(result.state, 'ready');
  // Every slice is about 20 ms. On this two-core machine a slice now and then runs long
  // when the test's own processes take the core (docs/measurements.md, "The 5 MB article
  // test"): of the hundred-odd slices of this article, three such are allowed (a clean
  // CI run once saw two, of 73 and 52 ms, where quiet runs see none), and none near a
  // freeze. Rendering the article in one task would freeze the page many times longer.
  const long = result.tasks.filter((d) => d > 50);
  assert.ok(long.length <= 3 && long.every((d) => d < 200), `main-thread tasks over 50 ms: ${long.map(Math.round).join(', ')}`);
  assert.ok(result.ticks > 0, 'timers kept firing while it rendered');
  const paragraphs = article.body.filter((b) => typeof b === 'string' || b.type === 'paragraph');
  assert.equal(result.paragraphs, paragraphs.length);
  const last = paragraphs[paragraphs.length - 1];
  assert.equal(result.last, typeof last === 'string' ? last : last.spans ? last.spans.map((s) => s.text).join('') : last.text);
  assert.ok(result.mentions > 1000, `${result.mentions} mentions`);
  assert.equal(result.chunks, Math.ceil(article.body.length / 25), 'chunks of 25 blocks');
  assert.ok(result.strips.length > 10 && result.strips.every((n) => n >= 1 && n <= 201), `ticks per strip: ${result.strips}`);
});

test('removing a <gloss-article> while it renders stops the work and leaves nothing behind', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  const chunks = Math.ceil(article.body.length / 25);
  const result = await page.evaluate(async (chunks) => {
    const element = document.createElement('gloss-article');
    element.setAttribute('src', '/tests/artifacts/large-article.json');
    document.body.appendChild(element);
    // Wait until the first blocks are on the page, then remove the element midway.
    await new Promise((resolve) => {
      const check = () => (element.shadowRoot?.querySelector('.gloss-chunk > p') ? resolve() : setTimeout(check, 5));
      check();
    });
    const chunksThen = element.shadowRoot.querySelectorAll('.gloss-chunk').length;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      midway: chunksThen < chunks,
      nodes: element.shadowRoot.childNodes.length,
      state: element.dataset.glossState ?? null,
    };
  }, chunks);
  assert.deepEqual(result, { midway: true, nodes: 0, state: null });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
});

test('a large article parsed in slices reads exactly as JSON.parse reads it', async () => {
  // Strings full of what a structural scan could trip on: quotes and backslashes escaped
  // in every way, brackets, commas and colons, \u escapes, surrogate pairs.
  const tricky = [
    'She said \\"no\\", then \\\\ left} ] , : {[',
    'A backslash at the end \\\\',
    '\\u0022quoted\\u0022 and \\u005c and \\ud83d\\ude00',
    'Tab\\there, new\\nline, and a solidus \\/ too',
  ];
  const paragraphs = [];
  while (paragraphs.join('').length < 1.2e6) paragraphs.push(...tricky.map((t, i) => `${paragraphs.length + i}: ${t}`));
  // Written by hand so that the escapes above reach the file as they are.
  const text = `{"title": "Parsed in slices", "__proto__": {"polluted": true}, "lang": "en",\n "body": [${paragraphs.map((p) => `"${p}"`).join(',\n')}],\n "topics": ["a", "b"], "extra": [1, 2.5e3, -0, true, false, null, {"x": [[], {}]}]}`;
  writeFileSync(`${ARTIFACTS}/large-tricky.json`, text);
  const expected = JSON.parse(text).body;
  // The same file with one broken value near the end: the error still names its place.
  const broken = text.replace('"topics": ["a", "b"]', '"topics": ["a", "b",]');
  writeFileSync(`${ARTIFACTS}/large-broken.json`, broken);
  const line = broken.slice(0, broken.indexOf(',]') + 1).split('\n').length;

  // The broken copy's error is logged, as it should be.
  const page = await harness.page({ expectErrors: /trailing comma/ });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  const result = await page.evaluate(async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    await Gloss.mount(host, '/tests/artifacts/large-tricky.json', { auto: false });
    const texts = [...host.shadowRoot.querySelectorAll('.gloss-chunk > p')].map((p) => p.textContent);
    const broken = document.createElement('div');
    document.body.appendChild(broken);
    await Gloss.mount(broken, '/tests/artifacts/large-broken.json');
    return {
      texts,
      polluted: ({}).polluted === true,
      state: broken.dataset.glossState,
      error: broken.shadowRoot.textContent,
    };
  });
  assert.equal(result.texts.length, expected.length);
  assert.ok(result.texts.every((t, i) => t === expected[i]), 'every paragraph as JSON.parse reads it');
  assert.equal(result.polluted, false, 'a "__proto__" member stays a plain member');
  assert.equal(result.state, 'error');
  // The reader sees a plain sentence; where the JSON breaks goes to the console.
  assert.equal(result.error, 'This article could not be shown.');
  const logged = page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text).join('\n');
  assert.match(logged, new RegExp(`line ${line}, column \\d+`));
});
