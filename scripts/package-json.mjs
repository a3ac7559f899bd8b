// Writes pkg/package.json, taking the name and version from Cargo.toml.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => new RegExp(`^${name} = "([^"]*)"`, 'm').exec(cargo)[1];

// What a publisher deploys or an app imports, and nothing else: wasm-bindgen's own
// declarations of the glue stay out (index.d.ts is the API). npm adds package.json.
export const FILES = [
  // The ES module entry and its types.
  'index.js', 'index.d.ts',
  // The script tag's loader.
  'gloss-loader.js',
  // The wasm of each mode with its glue: widgets, and in-place enhancement; each in a
  // full build and a lean one without the finders.
  'gloss.js', 'gloss_bg.wasm', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm',
  'gloss-lean.js', 'gloss-lean_bg.wasm', 'gloss-enhancement-lean.js', 'gloss-enhancement-lean_bg.wasm',
  // The stylesheets: the widget's, and the enhanced page's mention wrappers.
  'gloss.css', 'gloss-enhance.css',
  // Modules imported only where a page needs them: what the enhancer reads of a page,
  // the knowledge source, and large or broken JSON.
  'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js',
  // The hash of every file, for Subresource Integrity.
  'integrity.json',
  'README.md', 'LICENSE-MIT', 'LICENSE-APACHE',
];

const manifest = {
  name: 'gloss-reader',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  keywords: ['reading', 'article', 'glossary', 'context cards', 'named entities', 'wasm', 'web component'],
  type: 'module',
  module: 'index.js',
  main: 'index.js',
  types: 'index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './loader': './gloss-loader.js',
    './gloss.css': './gloss.css',
    './gloss-enhance.css': './gloss-enhance.css',
    './package.json': './package.json',
    './integrity.json': './integrity.json',
  },
  files: FILES,
  sideEffects: ['index.js', 'gloss-loader.js', '*.css'],
};
if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(JSON.stringify(manifest, null, 2) + '\n');
