// The publish-time path in the browser: an article mounted with every finder on, and the
// same article mounted with `auto: false` and its complete glossary (written by `gloss
// glossary article`), show the same mentions at the same places and the same card words;
// so do the same paragraphs enhanced in place both ways. tests/publish.rs holds the engine
// to this on the whole corpus; this holds the loader, the wasm's readers and the cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, needsFinders, open } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/fixtures/seed-article.json', import.meta.url));
// The builds the complete glossary is shown through.
const BUILDS = ['full', 'lean'];

const ARTICLES = [
  ['demo', 'www/demo/article.json'],
  ['police', 'bench/corpus/tune/europe-police-news.json'],
  ['solar', 'bench/corpus/heldout/us-solar-magazine.json'],
];
if (existsSync(SEED)) ARTICLES.push(['seed', SEED]);
else console.log('SKIPPED the seed article: ../shared/fixtures/seed-article.json is not here (CI has it)');

let harness;
const dir = `${ARTIFACTS}publish/`;
before(async () => {
  mkdirSync(dir, { recursive: true });
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** Runs `gloss glossary article` on `file` and returns the URL its output is served at. */
function completeGlossary(name, file) {
  const out = `${dir}${name}.glossary.json`;
  execFileSync('cargo', ['run', '--quiet', '-p', 'gloss-cli', '--', 'glossary', 'article', file, '-o', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const glossary = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(glossary.complete, true);
  assert.ok(glossary.entities.length > 3, `${name}: ${glossary.entities.length} entities`);
  return `/tests/artifacts/publish/${name}.glossary.json`;
}

/** An article's body paragraphs as their own article, which the enhancer reads as the
 *  same runs of text but a title of one lower-case word, which names nothing. */
function paragraphsOnly(name, article) {
  const texts = article.body.filter((b) => typeof b === 'string' || (b.type === 'paragraph' && typeof b.text === 'string'))
    .map((b) => (typeof b === 'string' ? b : b.text));
  const file = `${dir}${name}.paragraphs.json`;
  writeFileSync(file, JSON.stringify({ title: 'paragraphs', body: texts }));
  return { file, texts };
}

/** Every mention in `root` as `block offset text -> entity`, and every entity's card
 *  words, read by opening its first mention's card from the keyboard. */
async function shown(page, where) {
  const mentions = await page.evaluate((where) => {
    const root = document.getElementById(where);
    const host = root.shadowRoot ?? root;
    return [...host.querySelectorAll('.gloss-mention')].map((m) => {
      const block = m.closest('p, li, h1, h2, h3, figcaption, blockquote, .gloss-title') ?? m.parentNode;
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(m, 0);
      return `${block.tagName} ${range.toString().length} ${m.textContent} -> ${m.dataset.glossEntity}`;
    });
  }, where);
  const cards = [];
  const ids = [...new Set(mentions.map((m) => m.split(' -> ')[1]))];
  for (const id of ids) {
    await page.locator(`#${where} [data-gloss-entity="${id}"]`).first().focus();
    const card = page.locator(`.gloss-card[data-gloss-card="${id}"]`).filter({ visible: true });
    await card.waitFor({ state: 'visible' });
    cards.push(`${id}: ${(await card.textContent()).replace(/\s+/g, ' ')}`);
    await page.keyboard.press('Escape');
    await page.locator('#elsewhere').focus();
  }
  return { mentions, cards };
}

function assertSame(name, full, complete) {
  assert.ok(full.mentions.length > 5, `${name}: ${full.mentions.length} mentions`);
  assert.deepEqual(complete.mentions, full.mentions, `${name}: the mentions`);
  assert.deepEqual(complete.cards, full.cards, `${name}: the card words`);
}

async function blankPage() {
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(`${harness.url}/tests/pages/knowledge.html`);
  return page;
}

for (const build of BUILDS) {
  for (const [name, path] of ARTICLES) {
    test(`${name}, widget: the ${build} build with auto: false and the complete glossary shows what the full build shows`, needsFinders, async () => {
      const file = path.startsWith('/') ? path : ROOT + path;
      const glossary = completeGlossary(name, file);
      const article = JSON.parse(readFileSync(file, 'utf8'));
      const page = await blankPage();
      const results = [];
      for (const [where, options] of [['one', {}], ['two', { auto: false, glossary, build }]]) {
        await page.evaluate(({ where, article, options }) => Gloss.mount(document.getElementById(where), article, { dwell: 0, hideDelay: 0, ...options }),
          { where, article, options });
        await page.waitForFunction((where) => document.getElementById(where).dataset.glossState === 'ready', where);
        results.push(await shown(page, where));
      }
      assertSame(name, ...results);
    });

    test(`${name}, enhancement: the ${build} build with auto: false and the complete glossary marks what the full build marks`, needsFinders, async () => {
      const file = path.startsWith('/') ? path : ROOT + path;
      const { file: paragraphs, texts } = paragraphsOnly(name, JSON.parse(readFileSync(file, 'utf8')));
      const glossary = completeGlossary(`${name}.paragraphs`, paragraphs);
      const page = await blankPage();
      const results = [];
      for (const [where, options] of [['one', {}], ['two', { auto: false, glossary, build }]]) {
        await page.evaluate(async ({ where, texts, options }) => {
          const root = document.getElementById(where);
          for (const text of texts) {
            const p = document.createElement('p');
            p.textContent = text;
            root.appendChild(p);
          }
          await Gloss.enhance(root.querySelectorAll('p'), { dwell: 0, hideDelay: 0, ...options });
        }, { where, texts, options });
        results.push(await shown(page, where));
      }
      assertSame(name, ...results);
    });
  }
}

test('a JSON-LD article: the lean build with the article --article wrote and its complete glossary shows what the full build shows', needsFinders, async () => {
  const file = `${ROOT}tests/fixtures/news-article.jsonld`;
  const [articleOut, glossaryOut] = [`${dir}news.v1.json`, `${dir}news.glossary.json`];
  execFileSync('cargo', ['run', '--quiet', '-p', 'gloss-cli', '--', 'glossary', 'article', file, '--article', articleOut, '-o', glossaryOut],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
  const page = await blankPage();
  page.wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) page.wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  const results = [];
  for (const [where, article, options] of [
    ['one', JSON.parse(readFileSync(file, 'utf8')), {}],
    ['two', JSON.parse(readFileSync(articleOut, 'utf8')), { auto: false, glossary: '/tests/artifacts/publish/news.glossary.json' }],
  ]) {
    await page.evaluate(({ where, article, options }) => Gloss.mount(document.getElementById(where), article, { dwell: 0, hideDelay: 0, ...options }),
      { where, article, options });
    await page.waitForFunction((where) => document.getElementById(where).dataset.glossState === 'ready', where);
    results.push(await shown(page, where));
  }
  assert.ok(results[0].mentions.length >= 4, results[0].mentions.join('\n'));
  assert.deepEqual(results[1], results[0]);
  assert.deepEqual(page.wasm.sort(), ['gloss-lean_bg.wasm', 'gloss_bg.wasm'], 'the JSON-LD through the full build, its v1 through the lean one');
});

test('enhancement: a complete glossary replaces the page\'s JSON-LD entities, as it replaces an article\'s own', async () => {
  const page = await blankPage();
  const shownNow = await page.evaluate(async () => {
    const jsonLd = document.createElement('script');
    jsonLd.type = 'application/ld+json';
    jsonLd.textContent = JSON.stringify({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A harbour',
      mentions: [{ '@type': 'Organization', name: 'Harbour Trust', description: 'What the page\'s JSON-LD says.' }],
    });
    document.head.appendChild(jsonLd);
    const root = document.getElementById('one');
    const p = document.createElement('p');
    p.textContent = 'The Harbour Trust (HT) met on Monday. HT said the quay would close.';
    root.appendChild(p);
    const glossary = { complete: true, entities: [{ id: 'harbour-trust', name: 'Harbour Trust', aliases: ['HT'], kind: 'organization', summary: 'What the complete glossary says.' }] };
    await Gloss.enhance(root, { auto: false, glossary, dwell: 0, hideDelay: 0 });
    return [...root.querySelectorAll('.gloss-mention')].map((m) => `${m.textContent} -> ${m.dataset.glossEntity}`);
  });
  assert.deepEqual(shownNow, ['Harbour Trust -> harbour-trust', 'HT -> harbour-trust', 'HT -> harbour-trust']);
  await page.locator('#one [data-gloss-entity="harbour-trust"]').first().focus();
  const card = page.locator('.gloss-card[data-gloss-card="harbour-trust"]').filter({ visible: true });
  await card.waitFor({ state: 'visible' });
  assert.match(await card.textContent(), /What the complete glossary says\./);
});
