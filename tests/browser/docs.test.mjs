// Every HTML and JavaScript snippet in README.md, docs/*.md and the npm README runs: each fenced ```html
// or ```js block is loaded in Chromium against the built package (pkg/), with the URLs
// the docs use mapped to real files below, and must raise no page error and render its
// article (or, for a snippet that only loads gloss, define `window.Gloss`). A block that
// cannot run on its own is marked in its info string (```html no-run) and counted, so
// nothing is skipped silently; blocks in other languages (sh, json, ts) are counted too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { LEAN_RUN, needsFinders, open, settled } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url);
const FILES = ['README.md', 'www/README.npm.md', ...readdirSync(new URL('docs/', ROOT)).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const RUN = new Set(['html', 'js']);

/** The docs' example URLs, and what the test serves for each. gloss's own files are the
 *  built package's, from the site's `/gloss/` or from a CDN. */
const MAPPED = {
  '/articles/interpol.json': '/tests/fixtures/docs/interpol.json',
  '/articles/2024/05/dam-vote.json': '/tests/fixtures/docs/dam-vote.json',
  '/glossaries/site.json': '/tests/fixtures/docs/site.json',
  '/glossaries/people.json': '/tests/fixtures/docs/people.json',
  '/glossaries/interpol.complete.json': '/tests/fixtures/docs/interpol-complete.json',
  '/glossary/2024/05/dam-vote.json': '/tests/fixtures/docs/dam-vote-glossary.json',
  '/glossary/interpol.json': '/tests/fixtures/docs/interpol-complete.json',
};
const CDN = 'https://cdn.example';
const gloss = (path) => (path.startsWith('/gloss/') ? `/pkg/${path.slice('/gloss/'.length)}` : undefined);

/** Every fenced block of `file`: its language, its markers, its text and its line. */
export function blocks(file, text) {
  const found = [];
  let open = null;
  text.split('\n').forEach((line, index) => {
    const fence = /^```(.*)$/.exec(line);
    if (!fence) {
      if (open) open.lines.push(line);
    } else if (open) {
      found.push({ file, line: open.line, lang: open.lang, markers: open.markers, code: open.lines.join('\n') });
      open = null;
    } else {
      const [lang = '', ...markers] = fence[1].trim().split(/\s+/);
      open = { line: index + 1, lang, markers, lines: [] };
    }
  });
  assert.equal(open, null, `${file}: a fence opened at line ${open?.line} is never closed`);
  return found;
}

const ALL = FILES.flatMap((file) => blocks(file, readFileSync(new URL(file, ROOT), 'utf8')));
const RUNNABLE = ALL.filter((b) => RUN.has(b.lang) && !b.markers.includes('no-run'));

/** The page a snippet runs in. A script snippet is a module, with `gloss-reader` mapped to
 *  the package's entry, in a page that holds the `#article` and `article .content` the
 *  docs' scripts use. */
function pageFor(block) {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>a docs snippet</title>';
  if (block.lang === 'html') return `${head}</head><body>\n${block.code}\n</body></html>`;
  return `${head}<script type="importmap">{"imports": {"gloss-reader": "/gloss/index.js"}}</script></head><body>
<div id="article"></div>
<article><div class="content"><p>Interpol, which has its headquarters in Lyon, issued a red notice.</p></div></article>
<script type="module">
${block.code}
window.snippetRan = true;
</script></body></html>`;
}

/** What a snippet should do once loaded: render an article, load gloss, or just run. */
function expectation(block) {
  if (/data-article|data-enhance|<gloss-article|\bmount\(|\benhance\(/.test(block.code)) return 'renders';
  if (/gloss-loader\.js|gloss-reader/.test(block.code)) return 'loads';
  return 'runs';
}

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

test('every html and js block is run or marked no-run, and counted', () => {
  const counts = { run: RUNNABLE.length, 'no-run': 0, other: 0 };
  for (const block of ALL) {
    const where = `${block.file}:${block.line}`;
    assert.ok(block.lang, `${where}: a fence without a language; say what it is (sh, json, text…)`);
    for (const marker of block.markers) assert.equal(marker, 'no-run', `${where}: unknown marker "${marker}"`);
    if (!RUN.has(block.lang)) counts.other += 1;
    else if (block.markers.includes('no-run')) counts['no-run'] += 1;
  }
  console.log(`docs snippets in ${FILES.length} files: ${counts.run} run, ${counts['no-run']} marked no-run, ${counts.other} in other languages (${[...new Set(ALL.filter((b) => !RUN.has(b.lang)).map((b) => b.lang))].join(', ')})`);
  assert.ok(counts.run >= 10, 'the docs have runnable snippets');
});

for (const block of RUNNABLE) {
  // A pinned loader checks the full builds' hashes, which the lean run's files fail.
  test(`${block.file}:${block.line} (${block.lang}) runs`, /integrity=/.test(block.code) ? needsFinders : {}, async (t) => {
    const page = await harness.page();
    const local = new URL(harness.url);
    const strays = [];
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === local.origin && url.pathname === '/__docs/snippet.html') {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageFor(block) });
      }
      const path = url.origin === CDN ? gloss(url.pathname) : url.origin === local.origin ? (MAPPED[url.pathname] || gloss(url.pathname)) : undefined;
      if (path) return route.fulfill({ response: await route.fetch({ url: `${harness.url}${path}${url.search}` }) });
      if (url.origin === local.origin && /^\/(pkg|tests)\//.test(url.pathname)) return route.continue();
      strays.push(url.href);
      return route.abort();
    });
    await page.goto(`${harness.url}/__docs/snippet.html`);
    // A snippet that broke as it loaded fails now, with its error, not after a timeout.
    const broken = page.consoleMessages.filter((m) => m.type === 'pageerror').map((m) => m.text);
    assert.deepEqual(broken, [], 'page errors');
    const expected = expectation(block);
    if (block.lang === 'js') await page.waitForFunction(() => window.snippetRan, null, { timeout: 20000 });
    if (expected === 'renders') {
      await page.waitForSelector('[data-gloss-state]', { state: 'attached', timeout: 20000 });
      await settled(page);
      const states = await page.evaluate(() => [...document.querySelectorAll('[data-gloss-state]')].map((e) => e.dataset.glossState));
      assert.ok(states.every((state) => state === 'ready'), `states: ${states}`);
      const marked = await page.evaluate(() => document.querySelectorAll('.gloss-mention').length
        + [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).reduce((n, e) => n + e.shadowRoot.querySelectorAll('.gloss-mention').length, 0));
      // Without the finders a snippet's article shows only its glossaries' names.
      if (LEAN_RUN) t.diagnostic(`lean build: ${marked} names marked, not checked`);
      else assert.ok(marked > 0, 'the article shows names with cards');
    } else if (expected === 'loads') {
      await page.waitForFunction(() => window.Gloss && window.Gloss.version, null, { timeout: 20000 });
    }
    assert.deepEqual(strays, [], 'every URL the snippet asks for is one the test maps');
  });
}
