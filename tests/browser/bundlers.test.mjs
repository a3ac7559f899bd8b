// The npm route, as a publisher takes it: pkg/ packed with `npm pack`, the tarball
// installed offline into an app folder, the app (tests/bundlers/) built by each bundler
// people use, and the result served on 127.0.0.1 and opened in Chromium. Every file of
// gloss's must come from the app's build, and each must work: the cards open, the
// knowledge source fills one, and a broken article's error is placed.
// The bundlers are the repository's devDependencies (package-lock.json, scripts/setup).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as vite } from 'vite';
import webpack from 'webpack';
import { open, settled } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = `${ROOT}pkg/`;
/** Under target/, so that the test server, which serves the repository, serves the apps. */
const WORK = `${ROOT}target/bundlers/`;
const APP = `${WORK}app/`;
const SOURCE = `${ROOT}tests/bundlers/`;
/** What the loader fetches or imports: what a publisher copies when the bundler does not
 *  (docs/bundlers.md). */
const FILES = ['gloss.js', 'gloss_bg.wasm', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss-lean.js',
  'gloss-lean_bg.wasm', 'gloss-enhancement-lean.js', 'gloss-enhancement-lean_bg.wasm', 'gloss.css',
  'gloss-enhance.css', 'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js'];

/** The app's page for a bundle: `script` is its tag, `assets` an optional folder for
 *  `configure`. */
const page = (script, assets) => readFileSync(`${SOURCE}index.html`, 'utf8')
  .replace('<!--ASSETS-->', assets ? `<script>window.appAssets = ${JSON.stringify(assets)};</script>` : '')
  .replace('<!--SCRIPT-->', script);

const copyFiles = (to) => {
  mkdirSync(to, { recursive: true });
  for (const name of FILES) cpSync(`${APP}node_modules/gloss-reader/${name}`, `${to}${name}`);
};

/** Each way to build the app: it writes `dist` (with index.html) and returns nothing. */
const BUILDS = {
  // esbuild does not copy files named by `new URL(…, import.meta.url)`: the publisher
  // copies them, here into a folder of their own, and says where with `configure`.
  'esbuild, ESM, with configure({ assets })': async (dist) => {
    await esbuild.build({ absWorkingDir: APP, entryPoints: ['./main.js'], bundle: true, format: 'esm', outfile: `${dist}app.js`, logLevel: 'error' });
    copyFiles(`${dist}gloss/`);
    writeFileSync(`${dist}index.html`, page('<script type="module" src="app.js"></script>', 'gloss/'));
  },
  // A classic script has no `import.meta` (esbuild warns that it will be empty, as it is
  // meant to be); the loader then finds the files beside the bundle's script.
  'esbuild, IIFE, with the files beside the bundle': async (dist) => {
    await esbuild.build({ absWorkingDir: APP, entryPoints: ['./main.js'], bundle: true, format: 'iife', target: 'es2020', outfile: `${dist}app.js`, logLevel: 'error' });
    copyFiles(dist);
    writeFileSync(`${dist}index.html`, page('<script src="app.js"></script>'));
  },
  Vite: async (dist) => {
    writeFileSync(`${APP}index.html`, page('<script type="module" src="./main.js"></script>'));
    await vite({ root: APP, base: './', configFile: false, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  },
  webpack: async (dist) => {
    const stats = await new Promise((done, failed) => webpack({
      mode: 'production', context: APP, entry: './main.js',
      output: { path: dist, filename: 'app.js', publicPath: 'auto' },
    }, (error, result) => (error ? failed(error) : done(result))));
    assert.ok(!stats.hasErrors() && !stats.hasWarnings(), stats.toString('errors-warnings'));
    writeFileSync(`${dist}index.html`, page('<script src="app.js"></script>'));
  },
};

let harness;
before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(APP, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', WORK], { cwd: PKG, encoding: 'utf8' }));
  writeFileSync(`${APP}package.json`, JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // From the tarball alone: the package has no dependencies, so nothing is fetched.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `${WORK}${packed.filename}`], { cwd: APP, stdio: 'pipe' });
  cpSync(`${SOURCE}main.js`, `${APP}main.js`);
  harness = await open();
});
after(async () => {
  await harness?.close();
});

for (const [name, build] of Object.entries(BUILDS)) {
  test(`an app built by ${name} shows gloss from its own build`, async () => {
    const folder = name.replace(/\W+/g, '-').toLowerCase();
    const dist = `${WORK}${folder}/`;
    await build(dist);
    // The broken article's error is the point of it.
    const tab = await harness.page({ expectErrors: /malformed\.json/ });
    const served = [];
    tab.on('response', (response) => served.push(response));
    await tab.goto(`${harness.url}/target/bundlers/${folder}/index.html`);
    const result = await tab.evaluate(() => window.app);
    assert.match(result.broken, /line \d+, column \d+/, 'gloss-json.js placed the broken article\'s error');
    delete result.broken;
    assert.deepEqual(result, { version: '0.1.0', widget: 'ready', enhanced: 'ready', destroyable: 'function' });
    await settled(tab, 3);

    // A card opens in the widget, and the knowledge source (gloss-knowledge.js) fills it.
    await tab.locator('#widget [data-gloss-entity="ada-lovelace"]').first().focus();
    await tab.locator('#widget .gloss-card').waitFor({ state: 'visible' });
    await tab.waitForFunction(() => {
      const slot = document.getElementById('widget').shadowRoot.querySelector('.gloss-card .gloss-knowledge');
      return slot && !slot.hasAttribute('aria-busy') && !slot.hidden && slot.textContent.length > 0;
    });
    // And one in the enhanced article.
    await tab.locator('#story .gloss-mention').first().focus();
    await tab.locator('.gloss-chrome .gloss-card').waitFor({ state: 'visible' });
    assert.equal(await tab.evaluate(() => document.getElementById('widget').shadowRoot.adoptedStyleSheets.length), 2, 'gloss.css, and the knowledge slot\'s styles from gloss-knowledge.js');
    assert.ok(await tab.evaluate(() => document.querySelector('link[data-gloss-enhance]').sheet.cssRules.length > 0), 'gloss-enhance.css');

    // Every file of gloss's came from the app's build, as files: none from the package's
    // folder, none inlined as a data: URL (which a Content-Security-Policy refuses).
    const from = `${harness.url}/target/bundlers/${folder}/`;
    const elsewhere = served.map((r) => r.url()).filter((u) => !u.startsWith(from) && !/\/(tests\/fixtures|__knowledge)\//.test(u));
    assert.deepEqual(elsewhere, []);
    const kinds = served.filter((r) => r.ok()).map((r) => r.headers()['content-type'].split(';')[0]);
    const count = (type) => kinds.filter((kind) => kind === type).length;
    assert.equal(count('application/wasm'), 2, 'both wasm builds');
    assert.equal(count('text/css'), 2, 'gloss.css and gloss-enhance.css');
    // The bundle, both glues, gloss-knowledge.js and gloss-json.js at least.
    assert.ok(count('text/javascript') >= 5, `${count('text/javascript')} scripts`);
    const scripts = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.js'));
    for (const file of scripts) assert.doesNotMatch(readFileSync(`${dist}${file}`, 'utf8'), /data:(text|application)\/(javascript|css|wasm)/, file);
  });
}
