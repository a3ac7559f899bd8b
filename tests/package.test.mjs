// pkg/ is the publishable npm package `gloss-reader`: `npm pack` makes a tarball that
// holds exactly the files a publisher deploys or an app imports, each the very bytes the
// size test measured, and its type declarations cover every documented API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES } from '../scripts/package-json.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PKG = join(ROOT, 'pkg');
let work;
let unpacked;
let report;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'gloss-package-'));
  [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: PKG, encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(work, report.filename), '-C', work]);
  unpacked = join(work, 'package');
});
after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack holds exactly the files a publisher needs, and nothing else', () => {
  const expected = [...FILES, 'package.json'].sort();
  assert.deepEqual(report.files.map((f) => f.path).sort(), expected);
  assert.deepEqual(readdirSync(unpacked).sort(), expected);
  assert.equal(report.name, 'gloss-reader');
});

test('each packed file is the one built in pkg/, so the size budget holds for the package', () => {
  // tests/size.test.mjs holds pkg/'s files to the budget; the tarball must ship those bytes.
  for (const name of FILES) {
    assert.ok(readFileSync(join(unpacked, name)).equals(readFileSync(join(PKG, name))), `${name} differs from pkg/${name}`);
  }
});

test('the manifest names the entry, the types, the loader and the stylesheets', () => {
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'gloss-reader');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.module, 'index.js');
  assert.equal(manifest.types, 'index.d.ts');
  assert.deepEqual(manifest.exports['.'], { types: './index.d.ts', default: './index.js' });
  assert.equal(manifest.exports['./loader'], './gloss-loader.js');
  assert.equal(manifest.dependencies, undefined, 'the package installs offline, with nothing else');
  for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(readFileSync(join(unpacked, licence)).equals(readFileSync(join(ROOT, licence))), licence);
  }
});

test('the ES entry has no top-level await and names every file as bundlers expect', () => {
  const entry = readFileSync(join(unpacked, 'index.js'), 'utf8');
  // Top-level await breaks IIFE bundles and older bundlers: the entry must be a plain module.
  assert.doesNotThrow(() => new Function(entry.replace(/\bexport\s*\{[^}]*\};?/g, '').replace(/import\.meta/g, '({})')), 'no top-level await');
  const named = [...entry.matchAll(/new URL\("\.\/([^"?]+)\?no-inline",\s*import\.meta\.url\)/g)].map((m) => m[1]).sort();
  assert.deepEqual(named, ['gloss-enhance.css', 'gloss-enhance.js', 'gloss-enhancement-lean.js', 'gloss-enhancement-lean_bg.wasm', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm',
    'gloss-json.js', 'gloss-knowledge.js', 'gloss-lean.js', 'gloss-lean_bg.wasm', 'gloss.css', 'gloss.js', 'gloss_bg.wasm']);
  assert.match(entry, /import\(\s*\/\* webpackIgnore: true \*\/\s*\/\* @vite-ignore \*\//, 'bundlers leave the loader\'s import() to the browser');
});

test('the type declarations cover every documented API, as an app imports them', () => {
  // An app folder with the unpacked package in its node_modules, and tests/types/usage.ts.
  const app = join(work, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  cpSync(unpacked, join(app, 'node_modules', 'gloss-reader'), { recursive: true });
  cpSync(join(ROOT, 'tests/types/usage.ts'), join(app, 'usage.ts'));
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const run = () => execFileSync(tsc, ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler',
    '--lib', 'es2022,dom,dom.iterable', join(app, 'usage.ts')], { cwd: app, encoding: 'utf8' });
  try {
    run();
  } catch (error) {
    assert.fail(`tsc:\n${error.stdout}${error.stderr}`);
  }
});
