// gloss's own files, each loaded once for the whole page: the wasm build and glue of each
// mode the page uses, the stylesheet and the modules some pages need, fetched from beside
// the loader (which may be on another origin, a CDN, whose server must then send CORS
// headers: docs/deploying.md), or from wherever an app's bundler put them.

import { fail } from './errors.mjs';

// The build rewrites this to './' when the loader ships inside pkg/.
var PKG = '../pkg/';
// scripts/build writes the sha256 of each file the loader fetches here. They are checked
// only when the page pinned the loader itself with `integrity`: then the loader pins the
// rest, and a file that does not match is refused (docs/deploying.md, "Subresource Integrity").
var SRI = {};

/** `sharedSheet` is gloss.css, once `widgetSheet` has made it; `instances` holds each
 *  loaded wasm's exports, for the benchmark's memory figure. */
export var assets = { sharedSheet: null, instances: {} };
var sheetReady;
var script = null;
var base = '';
var builds = {};

/** Where the ES module entry (pkg/index.js) says each file is, by name, when an app's
 *  bundler has moved it or the app chose a folder (`configure`). */
export var placed = {};

/** The URL of one of gloss's files: where it was placed, else beside the loader. */
export function url(name) {
  return placed[name] || new URL(PKG + name, base).href;
}

/** The hash a fetch of `name` must match, when the loader was pinned; else ''. */
export function integrity(name) {
  return script && script.integrity && SRI[name] || '';
}

/** The glue of one of the two wasm builds, once its wasm is instantiated: `gloss` renders
 *  articles into widgets, `gloss-enhancement` wraps an article already in the page. Each
 *  is fetched the first time a page asks for it, so a reader downloads only its page's. */
export function glue(build) {
  if (!builds[build]) {
    // The wasm download starts at once, in parallel with the glue module.
    var wasm = fetch(url(build + '_bg.wasm'), { integrity: integrity(build + '_bg.wasm') });
    // Where the glue fails first, its error is the one to report, not this one unhandled.
    wasm.catch(Boolean);
    builds[build] = importModule(build + '.js').then(function (module) {
      return module.default({ module_or_path: wasm }).then(function (instance) {
        assets.instances[build] = instance;
        return module;
      });
    }).catch(notLoaded);
    // A build asked for ahead of use (boot.mjs) fails where it is used, not as an
    // unhandled rejection.
    builds[build].catch(Boolean);
  }
  return builds[build];
}

/** Throws `error` as a file of gloss's that would not load: refused by the server, by
 *  CORS or by its integrity check, or not a module or wasm at all. */
function notLoaded(error) {
  throw error && error.glossWhere ? error : fail(url(''), 'could not load gloss (' + (error && error.message || 'refused') + ')');
}

/** Where gloss's files are: beside the loader's script tag `tag`, unless placed. */
export function load(tag) {
  script = tag;
  // A script tag knows its own URL, an app bundled as a classic script too; the ES module
  // entry places the files itself.
  base = script && script.src || document.baseURI;
}

/** Fetches gloss.css the first time a widget asks, as one stylesheet object for every
 *  widget on the page: each shadow root that links it gets its rules parsed and indexed
 *  anew, which took longer than rendering the demo article itself. Settles once it is
 *  made, or could not be: where a browser cannot adopt a constructed stylesheet, or the
 *  fetch fails, widgets link the stylesheet instead (every browser that adopts
 *  stylesheets constructs them too). An enhanced page never asks: its card's styles come
 *  with gloss-enhance.js (chrome.mjs). */
export function widgetSheet() {
  return sheetReady = sheetReady || ('adoptedStyleSheets' in Document.prototype ? fetch(url('gloss.css'), { integrity: integrity('gloss.css') }).then(function (response) {
    if (!response.ok) throw new Error(response.statusText);
    return response.text();
  }).then(function (text) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    assets.sharedSheet = sheet;
  }).catch(function () {}) : Promise.resolve());
}

var modules = {};
/** One of gloss's ES modules beside the loader, imported once: the glue, or code that
 *  only some pages need (a knowledge source, a large or broken JSON document). A module
 *  that failed is asked for again the next time. */
export function importModule(name) {
  if (!modules[name]) {
    // import() takes no integrity, but it reuses the module a modulepreload link with one
    // loaded, and the link fails when the module does not match.
    modules[name] = new Promise(function (done, failed) {
      var link = document.createElement('link');
      if (!(link.integrity = integrity(name)) || !link.relList.supports('modulepreload')) return done();
      link.rel = 'modulepreload';
      link.href = url(name);
      link.onload = done;
      link.onerror = failed;
      document.head.appendChild(link);
    }).then(function () {
      // Bundlers leave this import to the browser: the file is one they copied (pkg/index.js).
      return import(/* webpackIgnore: true */ /* @vite-ignore */ url(name));
    }).catch(notLoaded);
    modules[name].catch(function () {
      delete modules[name];
    });
  }
  return modules[name];
}

/** Adds a `.gloss-root` to a shadow root and returns it; `styleWidget` styles it, and
 *  `followTheme` gives it its palette. */
export function widgetRoot(shadow) {
  var root = document.createElement('div');
  root.className = 'gloss-root';
  shadow.appendChild(root);
  return root;
}

/** A link to one of gloss's stylesheets, with its integrity when the loader has one. */
export function stylesheet(name) {
  var link = document.createElement('link');
  link.rel = 'stylesheet';
  if (link.integrity = integrity(name)) link.crossOrigin = '';
  link.href = url(name);
  return link;
}

/** Styles a widget's shadow root with `sheet`, a constructed stylesheet, where there is
 *  one, else with a link to gloss.css before `root`. Returns the link, if any. */
export function styleWidget(shadow, root, sheet) {
  if (sheet) {
    // Before the knowledge slot's styles, which may have come first.
    if (shadow.adoptedStyleSheets.indexOf(sheet) < 0) shadow.adoptedStyleSheets = [sheet].concat(shadow.adoptedStyleSheets);
    return null;
  }
  var link = stylesheet('gloss.css');
  shadow.insertBefore(link, root);
  return link;
}
