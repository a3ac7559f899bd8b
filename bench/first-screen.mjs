// The first screen on a fresh page: from the loader's start (the page's first script) to
// the first screen of a widget laid out, for the full build, a build with `auto: false`
// and the article's complete glossary, and the innerHTML limit (the same markup and
// stylesheet, the stylesheet fetched as gloss fetches it). A new browser context for
// every sample; medians of many runs and ratios within this run. With a breakdown: the
// network (the glue, the wasm, the stylesheet, the glossary), compiling and instantiating
// the wasm, the date formats (the loader's, before the wasm is there, and the wasm's), and
// the layout forced at the end.
//
//   node bench/first-screen.mjs [--runs 15] [--builds full,lean]
// Writes bench/results/first-screen.json; docs/measurements.md, "The first screen".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { open } from '../tests/browser/harness.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const RUNS = Number(arg('--runs', 15));
const BUILDS = arg('--builds', 'full').split(',');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const demo = JSON.parse(readFileSync(new URL('../www/demo/article.json', import.meta.url), 'utf8'));
mkdirSync(`${ROOT}bench/results`, { recursive: true });
execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'gloss-cli', '--', 'glossary', 'article', 'www/demo/article.json', '-o', 'bench/results/demo.glossary.json'], { cwd: ROOT, stdio: 'inherit' });
const GLOSSARY = '/bench/results/demo.glossary.json';

/** Times what the first screen waits for, from before any page script runs. */
function instrument() {
  window.__times = {};
  const time = (name, run) => {
    const start = performance.now();
    const result = run();
    const done = () => { window.__times[name] ??= performance.now() - start; };
    if (result && typeof result.then === 'function') result.then(done, done); else done();
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate', 'compileStreaming', 'compile']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function () {
      return time(`wasm.${name}`, () => original.apply(this, arguments)).then((result) => {
        window.__wasmReady ??= performance.now();
        return result;
      });
    };
  }
  // The date formats: making a formatter (the first loads the locale's data) and
  // formatting with it. The loader makes one while the wasm is on its way (`warmDates`),
  // off the critical path; what the wasm does after it is instantiated is on it, so the
  // two are summed apart. `format` is a getter that gives a bound function.
  const dates = (start) => {
    const took = performance.now() - start;
    const key = window.__wasmReady === undefined ? 'date.before' : 'date.after';
    window.__times[key] = (window.__times[key] ?? 0) + took;
  };
  const NativeFormat = Intl.DateTimeFormat;
  const getFormat = Object.getOwnPropertyDescriptor(NativeFormat.prototype, 'format').get;
  Intl.DateTimeFormat = function (...args) {
    const start = performance.now();
    const format = new NativeFormat(...args);
    dates(start);
    return format;
  };
  Intl.DateTimeFormat.prototype = NativeFormat.prototype;
  Intl.DateTimeFormat.supportedLocalesOf = NativeFormat.supportedLocalesOf;
  Object.defineProperty(NativeFormat.prototype, 'format', {
    configurable: true,
    get() {
      const format = getFormat.call(this);
      return (date) => {
        const start = performance.now();
        const text = format(date);
        dates(start);
        return text;
      };
    },
  });
}

/** One sample on a fresh page: `which` is a build name, or 'limit'. */
async function sample(harness, which, options, markup) {
  const page = await harness.page({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(instrument);
  await page.goto(`${harness.url}/bench/first-screen.html`);
  const result = await page.evaluate(async ({ which, article, options, markup }) => {
    const host = document.createElement('div');
    document.getElementById('stage').appendChild(host);
    let layout;
    if (which === 'limit') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch('/pkg/gloss.css')).text());
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sheet];
      const root = document.createElement('div');
      root.className = 'gloss-root';
      shadow.appendChild(root);
      root.innerHTML = markup;
    } else {
      const mount = performance.now();
      await Gloss.mount(host, article, options);
      window.__times.mount = performance.now() - mount;
    }
    const before = performance.now();
    void host.shadowRoot.querySelector('.gloss-root').offsetHeight;
    layout = performance.now() - before;
    const start = performance.getEntriesByName('start')[0].startTime;
    const network = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const name = entry.name.split('/').pop();
      if (/\.(wasm|js|css|json)$/.test(name)) network[name] = entry.responseEnd - entry.startTime;
    }
    return { total: performance.now() - start, layout, network, ...window.__times };
  }, { which, article: demo, options, markup });
  await page.context().close();
  return result;
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const harness = await open();
try {
  // The widget's final markup, as the limit puts it in.
  const page = await harness.page({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${harness.url}/bench/first-screen.html`);
  const markup = await page.evaluate(async (article) => {
    const host = document.createElement('div');
    document.getElementById('stage').appendChild(host);
    await Gloss.mount(host, article, {});
    return host.shadowRoot.querySelector('.gloss-root').innerHTML;
  }, demo);
  await page.context().close();

  const variants = [['full, finders on', 'full', {}]];
  for (const build of BUILDS) variants.push([`${build}, auto: false + complete glossary`, build, { auto: false, glossary: GLOSSARY, build }]);
  variants.push(['innerHTML limit', 'limit', {}]);
  const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, which, options] of variants) samples[name].push(await sample(harness, which, options, markup));
  }
  const results = {};
  for (const [name] of variants) {
    const list = samples[name];
    const keys = new Set(list.flatMap((s) => Object.keys(s).filter((k) => k !== 'network')));
    const row = {};
    for (const key of keys) row[key] = median(list.map((s) => s[key] ?? 0));
    const files = new Set(list.flatMap((s) => Object.keys(s.network)));
    row.network = Object.fromEntries([...files].map((f) => [f, median(list.map((s) => s.network[f] ?? 0))]));
    results[name] = row;
  }
  const limit = results['innerHTML limit'].total;
  for (const row of Object.values(results)) row.overLimit = row.total / limit;
  writeFileSync(`${ROOT}bench/results/first-screen.json`, JSON.stringify({ runs: RUNS, results }, null, 2));
  const ms = (v) => (v ?? 0).toFixed(1);
  console.log(`first screen on a fresh page, the demo article, medians of ${RUNS} runs:`);
  console.log('| variant | to first screen (ms) | / limit | mount call to first screen | wasm instantiate | date formats before the wasm | date formats after it | final layout | network (median per file, ms) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, row] of Object.entries(results)) {
    const wasm = row['wasm.instantiateStreaming'] ?? row['wasm.instantiate'];
    const net = Object.entries(row.network).map(([f, t]) => `${f} ${ms(t)}`).join(', ');
    console.log(`| ${name} | ${ms(row.total)} | ${row.overLimit.toFixed(2)}x | ${ms(row.mount)} | ${ms(wasm)} | ${ms(row['date.before'])} | ${ms(row['date.after'])} | ${ms(row.layout)} | ${net} |`);
  }
} finally {
  await harness.close();
}
