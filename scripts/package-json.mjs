// Writes pkg/package.json, taking the name and version from Cargo.toml.
import { readFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => new RegExp(`^${name} = "([^"]*)"`, 'm').exec(cargo)[1];

const manifest = {
  name: 'gloss-reader',
  version: field('version'),
  description: field('description'),
  license: field('license'),
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
  files: ['index.js', 'index.d.ts', 'gloss.js', 'gloss.d.ts', 'gloss_bg.wasm', 'gloss_bg.wasm.d.ts', 'gloss-enhancement.js',
    'gloss-enhancement.d.ts', 'gloss-enhancement_bg.wasm', 'gloss-enhancement_bg.wasm.d.ts', 'gloss-loader.js', 'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js', 'gloss.css', 'gloss-enhance.css', 'integrity.json'],
  sideEffects: ['index.js', 'gloss-loader.js'],
};
process.stdout.write(JSON.stringify(manifest, null, 2) + '\n');
