// The gloss API as an ES module, for bundlers and `<script type="module">`:
//   import { mount } from 'gloss-reader';
// scripts/build bundles it with the loader's modules into pkg/index.js, so it runs the
// same loader as the script tag, and tells that loader where gloss's files are.
import { placed } from './loader/assets.mjs';
import './loader/main.mjs';

/** The files the loader fetches or imports. */
const FILES = ['gloss.js', 'gloss_bg.wasm', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss-lean.js',
  'gloss-lean_bg.wasm', 'gloss-enhancement-lean.js', 'gloss-enhancement-lean_bg.wasm', 'gloss.css',
  'gloss-enhance.css', 'gloss-enhance.js', 'gloss-knowledge.js', 'gloss-json.js'];

/** Each file the loader fetches or imports, written as `new URL('./file',
 *  import.meta.url)` with the name spelt out: the pattern Vite, webpack, Rollup and Parcel
 *  look for, to copy the file into the app's build and put its new URL here. The paths
 *  are relative to pkg/index.js. `?no-inline` keeps Vite from inlining the small ones as
 *  data: URLs, which a Content-Security-Policy refuses; servers ignore it. */
function bundled() {
  return {
    'gloss.js': new URL('./gloss.js?no-inline', import.meta.url).href,
    'gloss_bg.wasm': new URL('./gloss_bg.wasm?no-inline', import.meta.url).href,
    'gloss-enhancement.js': new URL('./gloss-enhancement.js?no-inline', import.meta.url).href,
    'gloss-enhancement_bg.wasm': new URL('./gloss-enhancement_bg.wasm?no-inline', import.meta.url).href,
    'gloss-lean.js': new URL('./gloss-lean.js?no-inline', import.meta.url).href,
    'gloss-lean_bg.wasm': new URL('./gloss-lean_bg.wasm?no-inline', import.meta.url).href,
    'gloss-enhancement-lean.js': new URL('./gloss-enhancement-lean.js?no-inline', import.meta.url).href,
    'gloss-enhancement-lean_bg.wasm': new URL('./gloss-enhancement-lean_bg.wasm?no-inline', import.meta.url).href,
    'gloss.css': new URL('./gloss.css?no-inline', import.meta.url).href,
    'gloss-enhance.css': new URL('./gloss-enhance.css?no-inline', import.meta.url).href,
    'gloss-enhance.js': new URL('./gloss-enhance.js?no-inline', import.meta.url).href,
    'gloss-knowledge.js': new URL('./gloss-knowledge.js?no-inline', import.meta.url).href,
    'gloss-json.js': new URL('./gloss-json.js?no-inline', import.meta.url).href,
  };
}

/** Puts every file where `files` says; '' is the folder an error names. */
function place(files) {
  Object.assign(placed, files, { '': new URL('.', files['gloss_bg.wasm']).href });
}

// A classic script (an IIFE bundle) has no `import.meta`, so `new URL` throws: the
// loader then finds the files beside that script, as it finds its own.
try {
  place(bundled());
} catch (error) {}

/**
 * Loads gloss's files from one folder (a URL, absolute or relative to the page), for a
 * bundler that does not copy them (esbuild) or a CDN. Call it before the first `mount`,
 * `enhance` or `ready`: gloss fetches nothing before.
 */
export function configure(settings) {
  var assets = settings && settings.assets;
  if (typeof assets !== 'string' || !assets) throw new TypeError('gloss: configure: `assets` must be a folder URL, such as "/static/gloss/"');
  var folder = new URL(assets.replace(/\/?$/, '/'), document.baseURI);
  var files = {};
  FILES.forEach(function (name) { files[name] = new URL(name, folder).href; });
  place(files);
}

const Gloss = globalThis.Gloss;
export const mount = Gloss.mount;
export const enhance = Gloss.enhance;
export const setCards = Gloss.setCards;
// A thenable rather than Gloss.ready itself, which would start loading the widget build
// as soon as the module is imported: awaiting it does.
export const ready = { then: (resolve, reject) => Gloss.ready.then(resolve, reject) };
export const version = Gloss.version;
export default Gloss;
