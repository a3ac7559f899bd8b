// pkg/ is a complete npm package: `npm pack` produces it cleanly, with the loader, the
// stylesheet, the ES module entry and the type declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = new URL('../pkg/', import.meta.url);

test('npm pack lists every file a publisher needs', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: pkg, encoding: 'utf8' }));
  const files = report.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['gloss-enhance.css', 'gloss-enhance.js', 'gloss-enhancement.d.ts', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss-enhancement_bg.wasm.d.ts', 'gloss-json.js', 'gloss-knowledge.js', 'gloss-loader.js', 'gloss.css', 'gloss.d.ts', 'gloss.js', 'gloss_bg.wasm', 'gloss_bg.wasm.d.ts', 'index.d.ts', 'index.js', 'integrity.json', 'package.json']);
  const manifest = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8'));
  assert.equal(manifest.name, 'gloss-reader');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.module, 'index.js');
  assert.equal(manifest.types, 'index.d.ts');
});

test('the type declarations compile, and accept real use', () => {
  const tsc = new URL('../node_modules/.bin/tsc', import.meta.url).pathname;
  const usage = new URL('./types/usage.ts', import.meta.url).pathname;
  execFileSync(tsc, ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', usage], { encoding: 'utf8' });
});
