// The publish-time path for a page enhanced in place: `gloss glossary article PAGE
// --select SELECTOR` reads the page as the loader's `data-enhance="SELECTOR"` does, so
// that the lean enhancement build given its complete glossary marks on the page exactly
// what the full build marks, with the same card words. Each page is loaded three times:
// untouched, to read what the loader reads and compare it with what the command line
// reads (every block's text and the JSON-LD); with the full build; and with the lean build
// and the glossary. Pages: the news and enhancement pages of tests/pages/, a page of edge
// cases, some articles of the corpus written out as news pages, and the seed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, needsFinders, open } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/fixtures/seed-article.json', import.meta.url));
const dir = `${ARTIFACTS}publish-page/`;
const served = '/tests/artifacts/publish-page/';

/** [name, the page's path under the repository, the selector its data-enhance names]. */
const PAGES = [
  ['edges', 'tests/pages/publish-edges.html', 'article .story'],
  ['enhance', 'tests/pages/enhance.html', 'article .content'],
  ['furniture', 'tests/pages/furniture.html', 'article.story'],
  ['enhance-light', 'tests/pages/enhance-light.html', 'main .story-body'],
  ['jsonld-wrapped', 'tests/pages/jsonld-wrapped.html', 'article .content'],
  // The page's data-enhance names two articles; the command line reads one at a time.
  ['split-article', 'tests/pages/split-article.html', '#first .article-body'],
];
/** Articles written out as news pages: [name, the article's path]. */
const ARTICLES = [
  ['demo', 'www/demo/article.json'],
  ['police', 'bench/corpus/tune/europe-police-news.json'],
  ['solar', 'bench/corpus/heldout/us-solar-magazine.json'],
];
if (existsSync(SEED)) ARTICLES.push(['seed', SEED]);
else console.log('SKIPPED the seed article as a page: ../shared/fixtures/seed-article.json is not here (CI has it)');

let harness;
before(async () => {
  mkdirSync(dir, { recursive: true });
  harness = await open();
});
after(async () => {
  await harness.close();
});

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A block's rich text: its spans with their marks, and links as links. */
function rich(block) {
  if (typeof block === 'string') return escape(block);
  if (typeof block.text === 'string') return escape(block.text);
  return (block.spans ?? []).map((span) => {
    let html = escape(span.text);
    for (const mark of span.marks ?? []) html = `<${mark === 'strong' ? 'strong' : 'em'}>${html}</${mark === 'strong' ? 'strong' : 'em'}>`;
    return span.href ? `<a href="${escape(span.href)}">${html}</a>` : html;
  }).join('');
}

/** An article as a news site serves it: a header with a kicker and a byline, the body's
 *  blocks (captions with their credits, quotes with their sources), and its entities as
 *  the page's JSON-LD. */
function newsPage(article) {
  const body = article.body.map((block) => {
    switch (typeof block === 'string' ? 'paragraph' : block.type) {
      case 'paragraph': return `<p>${rich(block)}</p>`;
      case 'heading': return `<h${block.level ?? 2}>${rich(block)}</h${block.level ?? 2}>`;
      case 'quote': return `<blockquote><p>${rich(block)}</p>${block.cite ? `<footer>${escape(block.cite)}</footer>` : ''}</blockquote>`;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${rich(item)}</li>`).join('\n')}</${tag}>`;
      }
      case 'image': return `<figure><img src="data:," alt="${escape(block.alt ?? '')}"><figcaption>${escape(block.caption ?? '')} <span class="credit">${escape(block.credit ?? '')}</span></figcaption></figure>`;
      default: return '<hr>';
    }
  }).join('\n      ');
  const jsonLd = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title,
    mentions: (article.entities ?? []).map((e) => ({ '@type': 'Thing', name: e.name, description: e.summary })),
  };
  const authors = (article.authors ?? []).map((a) => (typeof a === 'string' ? a : a.name)).join(', ');
  return `<!doctype html>
<html lang="${escape(article.lang ?? 'en')}">
<head>
  <meta charset="utf-8">
  <title>${escape(article.title)}</title>
  <link rel="icon" href="data:,">
  <script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
  <script src="/pkg/gloss-loader.js" data-enhance="article .body" async></script>
</head>
<body>
  <article>
    <header>${article.kicker ? `<p class="kicker">${escape(article.kicker)}</p>` : ''}
      <h1>${escape(article.title)}</h1>
      <p class="byline">By ${escape(authors)}</p></header>
    <div class="body">
      ${body}
    </div>
  </article>
</body>
</html>
`;
}

/** Every page the test reads: [name, its file, its URL, the selector]. */
function pages() {
  const list = PAGES.map(([name, path, selector]) => [name, ROOT + path, `/${path}`, selector]);
  for (const [name, path] of ARTICLES) {
    const file = `${dir}${name}.html`;
    writeFileSync(file, newsPage(JSON.parse(readFileSync(path.startsWith('/') ? path : ROOT + path, 'utf8'))));
    list.push([name, file, `${served}${name}.html`, 'article .body']);
  }
  return list;
}

const cargo = (args) => execFileSync('cargo', ['run', '--quiet', '-p', 'gloss-cli', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Opens `url` with its gloss script tag's data-enhance naming `selector`, after
 *  `attributes` (or renamed away, with `attributes` null, so that nothing is enhanced). */
async function load(url, selector, attributes) {
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  await page.route(`**${url}`, async (route) => {
    const response = await route.fetch();
    const tag = attributes === null ? 'data-not-enhanced="' : `${attributes} data-enhance="`;
    const html = (await response.text()).replace(/data-enhance="[^"]*"/, () => `${tag}${escape(selector)}"`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${harness.url}${url}`);
  return page;
}

/** What the loader reads of the page: each block's text, and the page's JSON-LD. */
async function loaderReads(url, selector) {
  const page = await load(url, selector, null);
  const read = await page.evaluate(async (selector) => {
    const enhance = await import('/pkg/gloss-enhance.js');
    const blocks = [];
    for (const part of document.querySelectorAll(selector)) {
      for (const block of await enhance.textBlocks(part)) blocks.push(block.map((node) => node.data).join(''));
    }
    return { blocks, jsonLd: enhance.pageJsonLd() };
  }, selector);
  await page.close();
  return read;
}

/** Every mention in the containers as `part offset text -> entity`, every card's words,
 *  read by opening each entity's first mention's card from the keyboard, and the ids the
 *  cards name as related. */
async function shown(page, selector) {
  await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((part) => part.dataset.glossState === 'ready'), selector);
  const mentions = await page.evaluate((selector) => [...document.querySelectorAll(selector)].flatMap((part, index) =>
    [...part.querySelectorAll('.gloss-mention')].map((m) => {
      const range = document.createRange();
      range.setStart(part, 0);
      range.setEnd(m, 0);
      return `${index} ${range.toString().length} ${m.textContent} -> ${m.dataset.glossEntity}`;
    })), selector);
  const cards = [];
  const related = new Set();
  for (const id of new Set(mentions.map((m) => m.split(' -> ')[1]))) {
    await page.locator(`[data-gloss-entity="${id}"]`).first().focus();
    const card = page.locator(`.gloss-card[data-gloss-card="${id}"]`).filter({ visible: true });
    await card.waitFor({ state: 'visible' });
    cards.push(`${id}: ${(await card.textContent()).replace(/\s+/g, ' ')}`);
    for (const chip of await card.locator('[data-gloss-related]').all()) related.add(await chip.getAttribute('data-gloss-related'));
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.activeElement?.blur());
  }
  return { mentions, cards, related };
}

for (const [name, file, url, selector] of pages()) {
  test(`${name}: the command line reads the page as the loader does, and the lean build with its glossary marks what the full build marks`, needsFinders, async () => {
    const read = JSON.parse(cargo(['--example', 'page_text', '--', file, selector]));
    const loader = await loaderReads(url, selector);
    assert.deepEqual(read.blocks, loader.blocks, `${name}: the blocks' text`);
    assert.deepEqual(read.jsonLd, loader.jsonLd, `${name}: the JSON-LD`);

    const out = `${dir}${name}.glossary.json`;
    cargo(['--', 'glossary', 'article', file, '--select', selector, '-o', out]);
    const glossary = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(glossary.complete, true);

    const fullPage = await load(url, selector, 'data-build="full"');
    const full = await shown(fullPage, selector);
    await fullPage.close();
    const leanPage = await load(url, selector, `data-build="lean" data-auto="off" data-glossary="${served}${name}.glossary.json"`);
    const lean = await shown(leanPage, selector);
    assert.ok(await leanPage.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/gloss-enhancement-lean_bg.wasm'))), `${name}: the lean build`);
    await leanPage.close();

    assert.ok(full.mentions.length > 3, `${name}: ${full.mentions.length} mentions`);
    assert.deepEqual(lean.mentions, full.mentions, `${name}: the mentions`);
    assert.deepEqual(lean.cards, full.cards, `${name}: the card words`);
    // Nothing in the glossary that the page does not show: a name the command line found
    // in text the loader skips would be there. (Neither build wraps a mention that crosses
    // an element's edge, "<em>Sealord</em> Group"; these pages name each such entity
    // elsewhere too.)
    const shownIds = new Set([...full.mentions.map((m) => m.split(' -> ')[1]), ...full.related]);
    assert.deepEqual(glossary.entities.map((e) => e.id).filter((id) => !shownIds.has(id)), [], `${name}: glossary entities the page does not show`);
  });
}
