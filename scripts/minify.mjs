// Shrinks what a reader downloads from pkg/: the glue's names for the wasm's imports and
// exports shortened to match the wasm's, terser for the loader (a classic script) and the
// wasm-bindgen glue and the modules the loader imports on demand (ES modules), and
// esbuild's CSS minifier for the stylesheets.
// Sources stay readable in www/ and in the Rust crate; only the built package is minified.
//
//   node scripts/minify.mjs BUILD=NAMES.json ...    (for each wasm build, the map
//   `wasm-opt --minify-imports-and-exports-and-modules` printed)
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';

// The package's folder: PKG_DIR, as scripts/build gives it (relative to the repository).
const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = pathToFileURL(`${resolve(root, process.env.PKG_DIR || 'pkg')}/`);
const read = (name) => readFileSync(new URL(name, pkg), 'utf8');
const write = (name, text) => writeFileSync(new URL(name, pkg), text);

// wasm-bindgen names each import after its JS function and a 16-digit hash, and each one
// is written twice, in the wasm and in the glue, where the hashes do not compress
// (docs/measurements.md, "Short names across the wasm boundary"). wasm-opt gave the wasm
// short names; the glue takes the same ones here.
// Every name must be found where the glue defines or calls it, or the build stops: a
// name missed here would fail only when the wasm is instantiated.
const escape = (name) => name.replace(/[$.*+?^()[\]{}|\\/]/g, '\\$&');
// Replacements are functions, since a short name may hold "$", which a replacement string
// would read as a pattern.
const rename = (text, pattern, replace, what, least = 1) => {
  const found = text.match(pattern)?.length ?? 0;
  if (found < least) throw new Error(`minify: ${what} not found in the glue (${pattern})`);
  return text.replace(pattern, replace);
};
// The glue's ways in that gloss never takes: the loader only calls its default export,
// with `{ module_or_path }` a promise of the wasm's Response (www/loader/assets.mjs,
// `glue`), and every string goes to the wasm with its realloc. Each piece cut must be
// found as wasm-bindgen writes it, or the build stops.
const cut = (text, from, to, replacement, what) => {
  const start = text.indexOf(from);
  const end = start < 0 ? -1 : text.indexOf(to, start + from.length);
  if (end < 0) throw new Error(`minify: ${what} not found in the glue`);
  return text.slice(0, start) + replacement + text.slice(end + to.length);
};
const trimGlue = (glue) => {
  // initSync, and the deprecated forms of the arguments with their warnings.
  glue = cut(glue, '\nfunction initSync(module) {', '\n}\n', '\n', 'initSync');
  glue = cut(glue, 'export { initSync, __wbg_init as default };', '', 'export { __wbg_init as default };', 'the exports');
  glue = cut(glue, 'async function __wbg_init_once(module_or_path) {', '\n}\n', `async function __wbg_init_once({ module_or_path }) {
    const { instance, module } = await __wbg_load(await module_or_path, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}
`, '__wbg_init_once');
  // A wasm given as bytes or a module rather than a Response.
  glue = cut(glue, "if (typeof Response === 'function' && module instanceof Response) {", '', '{', 'the Response check');
  glue = cut(glue, '    } else {\n        const instance = await WebAssembly.instantiate(module, imports);', '\n    }\n', '    }\n', 'the instantiation from bytes');
  // A fallback for browsers without FinalizationRegistry: every browser the loader runs in
  // has it (as it has encodeInto: scripts/build).
  glue = rename(glue, /\(typeof FinalizationRegistry === 'undefined'\)\n\s+\? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n\s+: /g, () => '', 'the FinalizationRegistry check');
  // A string encoded without realloc.
  if (/passStringToWasm0\([^,()]+,[^,()]+\)/.test(glue)) throw new Error('minify: the glue passes a string without realloc');
  glue = cut(glue, '    if (realloc === undefined) {', '\n    }\n', '', 'passStringToWasm0 without realloc');
  return glue;
};
// Each argument is one wasm build, BUILD=NAMES.json: its glue is BUILD.js.
const builds = process.argv.slice(2).map((argument) => argument.split('='));
for (const [build, namesFile] of builds) {
  const names = JSON.parse(readFileSync(namesFile, 'utf8'));
  let glue = trimGlue(read(`${build}.js`));
  let types = cut(read(`${build}.d.ts`), '/**\n * Instantiates the given `module`', 'SyncInitInput): InitOutput;\n\n', '', 'initSync in the types');
  let wasmTypes = read(`${build}_bg.wasm.d.ts`);
  // The wasm's imports now all come from one module with a short name too.
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(new URL(`${build}_bg.wasm`, pkg))));
  const modules = [...new Set(imports.map((i) => i.module))];
  const glueModules = [...new Set(names.imports.map(([module]) => module))];
  if (modules.length !== 1 || glueModules.length !== 1) throw new Error(`minify: expected one import module, found ${modules} and ${glueModules}`);
  glue = rename(glue, new RegExp(`"${escape(glueModules[0])}": `), () => `"${modules[0]}": `, `import module ${glueModules[0]}`);
  for (const [, name, short] of names.imports) {
    glue = rename(glue, new RegExp(`^(\\s*)${escape(name)}(?=: )`, 'm'), (_, indent) => indent + short, `import ${name}`);
  }
  for (const [name, short] of names.exports) {
    // The glue calls its exports as `wasm.NAME`; a few (wasm-bindgen's own) it never calls.
    glue = rename(glue, new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), () => `wasm.${short}`, `export ${name}`, 0);
    types = rename(types, new RegExp(`readonly ${escape(name)}(?=: )`), () => `readonly ${short}`, `export ${name}`, 0);
    wasmTypes = rename(wasmTypes, new RegExp(`export const ${escape(name)}(?=: )`), () => `export const ${short}`, `export ${name}`, 0);
  }
  write(`${build}.js`, glue);
  write(`${build}.d.ts`, types);
  write(`${build}_bg.wasm.d.ts`, wasmTypes);
}

// Both are ES2020 (the loader defines a class, the glue is a module), so terser may write
// arrow functions and method shorthand for functions that use no `this` and are never
// constructed (`unsafe_arrows`, `unsafe_methods`: none of gloss's is), in five passes:
// smaller than its defaults (docs/measurements.md, "The loader, glue and stylesheets").
const TERSER = { ecma: 2020, compress: { passes: 5, unsafe_arrows: true, unsafe_methods: true }, mangle: true };
// The enhanced page's card and switch take their styles from gloss-enhance.js
// (www/loader/chrome.mjs): gloss-chrome.css, minified as the stylesheets are below, goes
// into it before terser, and is no file of the package.
const chromeCss = (await transform(read('gloss-chrome.css'), { loader: 'css', minify: true })).code.trim();
write('gloss-enhance.js', rename(read('gloss-enhance.js'), /var CHROME_CSS = "";/, () => `var CHROME_CSS = ${JSON.stringify(chromeCss)};`, 'gloss-enhance.js\'s var CHROME_CSS = "";'));
unlinkSync(new URL('gloss-chrome.css', pkg));
// The glue and the loader's modules first, then the stylesheets, since the loader carries
// their hashes.
for (const name of [...builds.map(([build]) => `${build}.js`), 'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js']) {
  write(name, (await minify(read(name), { module: true, ...TERSER })).code + '\n');
}
// The ES entry keeps the comments that tell webpack and Vite to leave the loader's
// import() of gloss's own modules to the browser.
const KEEP = { comments: /webpackIgnore|@vite-ignore/ };
write('index.js', (await minify(read('index.js'), { module: true, ...TERSER, format: KEEP })).code + '\n');

// The stylesheets through esbuild's CSS minifier, the bundler's own (smaller than
// dropping comments and indentation alone: docs/measurements.md, "The loader, glue and
// stylesheets").
for (const name of ['gloss.css', 'gloss-enhance.css']) {
  write(name, (await transform(read(name), { loader: 'css', minify: true })).code);
}

// Subresource Integrity: the loader holds the sha256 of every file it fetches, and checks
// them when the page pinned the loader itself with `integrity` (docs/deploying.md,
// "Subresource Integrity"). sha256, not sha384: each hash is as good as random to gzip, and these are
// 44 characters against 64. pkg/integrity.json lists the hashes of every file,
// the loader's included, for the page's script tag.
const integrity = (name) => `sha256-${createHash('sha256').update(readFileSync(new URL(name, pkg))).digest('base64')}`;
const fetched = [...builds.flatMap(([build]) => [`${build}.js`, `${build}_bg.wasm`]), 'gloss.css', 'gloss-enhance.css', 'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js'];
const hashes = Object.fromEntries(fetched.map((name) => [name, integrity(name)]));
const loader = rename(read('gloss-loader.js'), /var SRI = \{\};/, () => `var SRI = ${JSON.stringify(hashes)};`, 'the loader\'s var SRI = {};');
// Without the source's banner comment, which terser would keep (`/*!`): the file's name
// says what it is.
const loaderMin = await minify(loader, { module: false, ...TERSER, format: { comments: false } });
write('gloss-loader.js', loaderMin.code + '\n');
write('integrity.json', JSON.stringify({ 'gloss-loader.js': integrity('gloss-loader.js'), ...hashes }, null, 2) + '\n');
