// Shrinks what a reader downloads from pkg/: terser for the loader (a classic script) and
// the wasm-bindgen glue (an ES module); comments and indentation out of the stylesheets.
// Sources stay readable in www/ and in the Rust crate; only the built package is minified.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const pkg = new URL('../pkg/', import.meta.url);
const read = (name) => readFileSync(new URL(name, pkg), 'utf8');
const write = (name, text) => writeFileSync(new URL(name, pkg), text);

for (const [name, module] of [['gloss-loader.js', false], ['gloss.js', true]]) {
  const result = await minify(read(name), { module, compress: true, mangle: true });
  write(name, result.code + '\n');
}

// gloss's stylesheets hold no strings or URLs that contain "/*", so comments can go by
// pattern; so can indentation and blank lines, which CSS never needs.
for (const name of ['gloss.css', 'gloss-enhance.css']) {
  write(name, read(name).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s+/gm, ''));
}
