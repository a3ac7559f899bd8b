// The browser benchmark: gloss against the innerHTML limit and a mark.js + tippy.js
// reference, in headless Chromium, with medians of many runs and every comparison a
// ratio within the same run. Prints a table and writes bench/results/browser.json.
//
//   ./scripts/bench          (builds pkg/ first)
//   node bench/browser.mjs [--runs 10]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { open } from '../tests/browser/harness.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const demo = read('../www/demo/article.json');
const large = { ...demo, entities: [], body: Array.from({ length: 100 }, () => demo.body).flat() };
const small = { ...demo, entities: [] };

/** A glossary of `count` entities: the demo's own, then made-up organisations. */
function glossary(count) {
  const entities = demo.entities.slice(0, count);
  const first = ['Northern', 'Royal', 'United', 'Central', 'Pacific', 'Eastern', 'National', 'Free', 'Grand', 'New'];
  const second = ['Harbour', 'Council', 'Bank', 'Union', 'Railway', 'Museum', 'League', 'Theatre', 'Institute', 'Press'];
  const third = ['Alder', 'Birch', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Granite', 'Heron', 'Iris', 'Juniper'];
  for (let n = 0; entities.length < count; n++) {
    const name = `${third[Math.floor(n / 100) % 10]} ${first[n % 10]} ${second[Math.floor(n / 10) % 10]}`;
    entities.push({ id: `synthetic-${n}`, name, kind: 'organization', summary: `${name} is made up for the benchmark.` });
  }
  return entities;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const harness = await open();
const page = await harness.page({ viewport: { width: 1280, height: 900 } });
await page.goto(`${harness.url}/bench/page.html`);
await page.evaluate(() => Gloss.ready);

const results = { runs: RUNS, cases: [] };
for (const [articleName, article] of [['demo', small], ['large (demo x100)', large]]) {
  for (const size of [20, 1000]) {
    const entities = glossary(size);
    const samples = await page.evaluate(async ({ article, entities, runs }) => {
      const stage = document.getElementById('stage');
      const out = { gloss: [], glossAuto: [], limit: [], reference: [], longest: [], marks: 0, mentions: 0 };
      // A pause between measurements, so that one's garbage and idle work do not land in the next.
      const settle = () => new Promise((done) => setTimeout(done, 30));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch('/pkg/gloss.css')).text());
      for (let run = 0; run < runs; run++) {
        // gloss, glossary matching only, as the reference does.
        let host = document.createElement('div');
        stage.appendChild(host);
        const tasks = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask' });
        let start = performance.now();
        let view = await Gloss.mount(host, article, { glossary: entities, auto: false });
        void host.shadowRoot.querySelector('.gloss-root').offsetHeight;
        out.gloss.push(performance.now() - start);
        // Long-task entries arrive a task later: wait, then take what is queued.
        await new Promise((done) => setTimeout(done, 60));
        observer.takeRecords().forEach((e) => tasks.push(e.duration));
        observer.disconnect();
        out.longest.push(Math.max(0, ...tasks));
        out.mentions = host.shadowRoot.querySelectorAll('[data-gloss-entity]').length;
        const markup = host.shadowRoot.querySelector('.gloss-root').innerHTML;
        view.destroy();
        host.remove();
        // gloss with every finder on.
        host = document.createElement('div');
        stage.appendChild(host);
        start = performance.now();
        view = await Gloss.mount(host, article, { glossary: entities });
        void host.shadowRoot.querySelector('.gloss-root').offsetHeight;
        out.glossAuto.push(performance.now() - start);
        view.destroy();
        host.remove();
        await settle();
        // The limit: the same final markup through innerHTML.
        // The limit gets the widget's stylesheet too, applied at once, so that both lay
        // out the same boxes (off-screen chunks are skipped in both).
        host = document.createElement('div');
        stage.appendChild(host);
        out.limit.push(renderLimit(host, sheet, markup));
        host.remove();
        await settle();
        // The reference stack.
        host = document.createElement('div');
        stage.appendChild(host);
        start = performance.now();
        const reference = referenceRender(host, article, entities);
        void host.offsetHeight;
        out.reference.push(performance.now() - start);
        out.marks = reference.marks;
        reference.instances.forEach((i) => i.destroy());
        host.remove();
        await settle();
      }
      return out;
    }, { article, entities, runs: RUNS });
    const row = {
      article: articleName,
      glossary: size,
      mentions: samples.mentions,
      referenceMarks: samples.marks,
      glossMs: median(samples.gloss),
      glossAllFindersMs: median(samples.glossAuto),
      limitMs: median(samples.limit),
      referenceMs: median(samples.reference),
      longestTaskMs: median(samples.longest),
    };
    row.glossOverLimit = row.glossMs / row.limitMs;
    row.referenceOverGloss = row.referenceMs / row.glossMs;
    results.cases.push(row);
  }
}

// Card open latency with the dwell at 0: from the event to a visible card.
results.cardOpenMs = median(await page.evaluate(async (runs) => {
  const host = document.createElement('div');
  document.getElementById('stage').appendChild(host);
  const article = await (await fetch('/www/demo/article.json')).json();
  await Gloss.mount(host, article, { dwell: 0 });
  const root = host.shadowRoot;
  const mentions = [...root.querySelectorAll('.gloss-mention')];
  const times = [];
  for (let i = 0; i < Math.max(runs, 20); i++) {
    const mention = mentions[i % mentions.length];
    const start = performance.now();
    mention.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    if (root.querySelector('.gloss-card').hidden) throw new Error('the card did not open');
    times.push(performance.now() - start);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    if (!root.querySelector('.gloss-card').hidden) throw new Error('the card did not close');
  }
  return times;
}, RUNS));

// The first mount on a fresh page, which is the one a reader's page makes: the table's
// medians are of later mounts, after the wasm's functions have been compiled and the
// page's first style, layout and date formatting are done. The limit gets a fresh page
// of its own, with the same markup and stylesheet as in the table.
{
  const markup = await page.evaluate(async (article) => {
    const host = document.createElement('div');
    document.getElementById('stage').appendChild(host);
    const view = await Gloss.mount(host, article, { glossary: [], auto: false });
    const html = host.shadowRoot.querySelector('.gloss-root').innerHTML;
    view.destroy();
    host.remove();
    return html;
  }, demo);
  const first = { gloss: [], limit: [], longest: [] };
  for (let run = 0; run < RUNS; run++) {
    // 'tasks' is gloss again on a page of its own, without forcing a layout (which would
    // join the last slice's task): the longest task of a first mount as a page makes it.
    for (const which of ['gloss', 'limit', 'tasks']) {
      const fresh = await harness.page({ viewport: { width: 1280, height: 900 } });
      await fresh.goto(`${harness.url}/bench/page.html`);
      await fresh.evaluate(() => Gloss.ready);
      const sample = await fresh.evaluate(async ({ which, article, markup }) => {
        const css = which === 'limit' ? await (await fetch('/pkg/gloss.css')).text() : '';
        // Past the page's own start-up work, as when an article arrives after the wasm.
        await new Promise((done) => setTimeout(done, 200));
        const host = document.createElement('div');
        document.getElementById('stage').appendChild(host);
        if (which === 'tasks') {
          const tasks = [];
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
          observer.observe({ type: 'longtask' });
          await Gloss.mount(host, article, { glossary: [], auto: false });
          await new Promise((done) => setTimeout(done, 150));
          observer.takeRecords().forEach((e) => tasks.push(e.duration));
          observer.disconnect();
          return { longest: Math.max(0, ...tasks) };
        }
        if (which === 'limit') {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return { time: renderLimit(host, sheet, markup) };
        }
        const start = performance.now();
        await Gloss.mount(host, article, { glossary: [], auto: false });
        void host.shadowRoot.querySelector('.gloss-root').offsetHeight;
        return { time: performance.now() - start };
      }, { which, article: demo, markup });
      if (which === 'tasks') first.longest.push(sample.longest);
      else first[which].push(sample.time);
      await fresh.context().close();
    }
  }
  results.firstMount = {
    glossMs: median(first.gloss),
    limitMs: median(first.limit),
    longestTaskMs: median(first.longest),
    longestTaskPerRunMs: first.longest,
    runsWithLongTask: first.longest.filter((d) => d > 50).length,
  };
  results.firstMount.glossOverLimit = results.firstMount.glossMs / results.firstMount.limitMs;
}

// wasm memory after rendering the large article once, on a fresh page, against the size
// of the article's JSON.
{
  const fresh = await harness.page({ viewport: { width: 1280, height: 900 } });
  await fresh.goto(`${harness.url}/bench/page.html`);
  await fresh.evaluate(() => Gloss.ready);
  results.memory = await fresh.evaluate(async ({ article, entities }) => {
    const before = Gloss._memoryBytes();
    const host = document.createElement('div');
    document.getElementById('stage').appendChild(host);
    await Gloss.mount(host, article, { glossary: entities });
    return { jsonBytes: JSON.stringify(article).length, before, after: Gloss._memoryBytes() };
  }, { article: large, entities: glossary(20) });
  results.memory.overJson = results.memory.after / results.memory.jsonBytes;
  await fresh.close();
}

// What a reader downloads.
results.bytes = ['gloss-loader.js', 'gloss.js', 'gloss_bg.wasm', 'gloss.css'].map((name) => {
  const bytes = readFileSync(new URL(`../pkg/${name}`, import.meta.url));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
});
results.totalGzip = results.bytes.reduce((sum, b) => sum + b.gzip, 0);
await harness.close();

const ms = (v) => v.toFixed(1);
console.log(`gloss browser benchmark, medians of ${RUNS} runs (ms)\n`);
console.log('| article | glossary | gloss marks | reference marks | gloss | gloss, all finders | innerHTML limit | gloss / limit | mark.js + tippy.js | reference / gloss | longest task (gloss) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results.cases) {
  console.log(`| ${r.article} | ${r.glossary} | ${r.mentions} | ${r.referenceMarks} | ${ms(r.glossMs)} | ${ms(r.glossAllFindersMs)} | ${ms(r.limitMs)} | ${r.glossOverLimit.toFixed(2)}x | ${ms(r.referenceMs)} | ${r.referenceOverGloss.toFixed(2)}x | ${ms(r.longestTaskMs)} |`);
}
console.log(`\ncard open latency (dwell 0): ${results.cardOpenMs.toFixed(2)} ms`);
const firstMount = results.firstMount;
console.log(`first mount on a fresh page, demo with its glossary: gloss ${ms(firstMount.glossMs)} ms, innerHTML limit ${ms(firstMount.limitMs)} ms, ${firstMount.glossOverLimit.toFixed(2)}x; a task over 50 ms in ${firstMount.runsWithLongTask} of ${RUNS} runs`);
console.log(`download: ${results.totalGzip} bytes gzip (${(results.totalGzip / 1024).toFixed(1)} KB)`);
const mb = (bytes) => (bytes / 1048576).toFixed(2);
console.log(`wasm memory after the large article: ${mb(results.memory.after)} MB (${mb(results.memory.before)} MB before) for ${mb(results.memory.jsonBytes)} MB of JSON: ${results.memory.overJson.toFixed(2)}x`);
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/browser.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log('written: bench/results/browser.json');
