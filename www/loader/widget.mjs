// What every widget shares: the views alive on the page, the limits on what it fetches,
// its glossaries, and what it does when something goes wrong.

import { glue } from './assets.mjs';
import { argumentError } from './errors.mjs';
import { fetchJson } from './fetch.mjs';

// Every mounted view, until it is destroyed. wasm-bindgen frees a Rust object whose JS
// wrapper is garbage collected, so a view nobody else holds (one booted from a script
// tag) must be held here, or its listeners would vanish at the next collection.
export var live = new Set();

/** The timeout and size limit for what a widget fetches: its options', or the defaults. */
export function limitsOf(options) {
  return {
    timeout: options.timeout > 0 ? options.timeout : 15000,
    maxBytes: options.maxBytes > 0 ? options.maxBytes : 20 * 1048576
  };
}

export function toList(value) {
  if (value == null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** Resolves the glossary option (URLs, a URL, or a glossary given inline) to the
 *  `[source, glossary]` pairs the wasm reads, `source` naming each in its warnings. A site
 *  glossary is shared by every article: one that cannot be fetched or parsed is skipped
 *  with one warning (its place left undefined, which the wasm passes over), and the
 *  article and the other glossaries carry on. */
export function loadGlossaries(option, base, limits) {
  var list = toList(option);
  if (!list.every(function (item) { return typeof item === 'string'; })) return Promise.resolve([['the glossary option', option]]);
  return Promise.all(list.map(function (address) {
    return Promise.resolve().then(function () {
      // Relative to the article's URL, where there is one.
      return fetchJson(address = new URL(address, new URL(base || '', document.baseURI)).href, undefined, limits);
    }).then(function (glossary) {
      return [address, glossary];
    }, function (error) {
      console.warn('gloss: ' + address + ': ' + error.message + '; the glossary is skipped');
    });
  }));
}

/** The glue of `mode`'s build (`gloss` for widgets, `gloss-enhancement`) that a page's
 *  options, glossaries and article (a widget's, as a promise) call for: the lean build
 *  (`-lean`: no finders, no schema.org) where `build` says so, or with `build` unset or
 *  'auto', where the finders are off (`auto: false`) or a glossary says it is complete,
 *  and the article has a `body`; else the full build. An article without `body` is
 *  JSON-LD (the model's `is_json_ld` asks the same first), or no article at all, which
 *  both builds refuse alike. An enhanced page's JSON-LD names only the full build reads,
 *  so with the finders off a page that has any lets its glossaries decide (a complete one
 *  replaces them). Where the options decide, the wasm is fetched at once, and a widget's
 *  lean build traded for the full one only when its article has no `body`; else once the
 *  glossaries and the article are in. */
export function buildFor(mode, options, glossaries, article) {
  var build = options.build;
  var lean = build === 'lean' || build !== 'full' && options.auto === false && (article || !pageNamesJsonLd());
  if (lean || build === 'full') glue(lean ? mode + '-lean' : mode);
  var wasm = Promise.all([glossaries, article]).then(function (loaded) {
    var complete = loaded[0].some(function (pair) { return pair && pair[1] && pair[1].complete === true; });
    // A complete glossary turns the finders off where the host did not say, in the full
    // build too, which a JSON-LD article takes.
    if (complete && build !== 'full' && options.auto === undefined) options.auto = false;
    return glue(build === 'lean' || build !== 'full' && (lean || complete) && (!article || loaded[1] && loaded[1].body) ? mode + '-lean' : mode);
  });
  // A glossary or article that failed is reported where it is used.
  wasm.catch(Boolean);
  return wasm;
}

/** Whether the page has JSON-LD that names things (`about`, `mentions`), which only the
 *  full enhancement build reads. Most pages' JSON-LD names none, and keeps the lean build. */
export function pageNamesJsonLd() {
  return [].some.call(document.querySelectorAll('script[type="application/ld+json"]'), function (script) {
    // Quotes as JSON writes them, or as HTML escapes them (readJsonLd reads both).
    return /(about|mentions)("|&quot;|&#0*34;|&#x0*22;)/i.test(script.textContent);
  });
}

// The loader's own words, for when the wasm (which holds the rest of the message table)
// may not be there. Hosts replace them with `messages.error_title`.
var ERROR_TITLES = { en: 'This article could not be shown.', fr: 'Impossible d\u2019afficher cet article.' };

/** Says in the widget's box that the article could not be shown, in the reader's words
 *  (what went wrong, and where, is for the publisher, on the console). */
export function showError(root, options) {
  var box = document.createElement('div');
  box.className = 'gloss-error';
  box.setAttribute('role', 'alert');
  box.textContent = options.messages && typeof options.messages.error_title === 'string' ? options.messages.error_title
    : ERROR_TITLES[String(options.lang || document.documentElement.lang).split('-')[0].toLowerCase()] || ERROR_TITLES.en;
  root.appendChild(box);
}

/** Says on the console what went wrong, and where (`error.glossWhere`, else `where`). A
 *  panic in the wasm arrives as a trap with no message: the release build aborts at once
 *  rather than carry the code that formats one (DESIGN.md, "Size"); it is logged, stack
 *  and all. */
export function logError(error, where) {
  console.error.apply(console, typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError ? ['gloss: internal error:', error]
    : ['gloss: ' + (error && error.glossWhere || where) + ': ' + (error instanceof Error ? error.message : error)]);
}

/** After a trap: if `inner` (a view or an enhancement) says it stopped its cards, closes
 *  its card (in `cards`), marks its mentions (in `mentions`) closed and logs it. */
export function contain(event, element, inner, cards, mentions) {
  try {
    if (!inner || !inner.contain()) return;
  } catch (error) {
    // The trap left the object borrowed: it was not in a card handler.
    return;
  }
  event.preventDefault();
  cards.querySelectorAll('.gloss-card').forEach(function (card) { card.hidden = true; });
  mentions.querySelectorAll('.gloss-mention[aria-expanded="true"]').forEach(function (mention) {
    mention.setAttribute('aria-expanded', 'false');
  });
  console.error('gloss: an internal error stopped the cards of this widget', element, event.error);
}

/** A trap inside one of gloss's event handlers or timers reaches the page as an
 *  uncaught `RuntimeError` (the release build aborts on a panic). The widget whose
 *  handler was running stops taking input and closes its card, its text and marks stay,
 *  the console says so once, naming gloss, and other widgets carry on
 *  (ARCHITECTURE.md, "Containment"). An error no widget claims is left to the page. */
export function watchTraps() {
  addEventListener('error', function (event) {
    if (event.error instanceof WebAssembly.RuntimeError) live.forEach(function (view) { view.contain(event); });
  });
}


/** Turns name cards on or off for the reader, on every widget and enhanced article of
 *  the page and on the pages after it, as gloss's own switch does (`Gloss.setCards`). */
export function setCards(on) {
  if (typeof on !== 'boolean') throw argumentError('setCards', 'on', 'true or false', on);
  try {
    // Where widgets made later read the choice (src/card_adapter.rs, STORAGE_KEY).
    localStorage[on ? 'removeItem' : 'setItem']('gloss-cards', 'off');
  } catch (error) {
    // Storage is off: the widgets on this page still follow.
  }
  follow(on);
}

/** Cards `on` or off on every widget of the page: each whose switch (its toolbar's, or
 *  an enhanced article's, shown or not) says otherwise is switched as a reader would,
 *  which stores the choice and shows its names as buttons or as text. */
function follow(on) {
  live.forEach(function (view) {
    var toggle = view.controls.querySelector('.gloss-toggle');
    if (toggle && toggle.getAttribute('aria-pressed') !== String(on)) toggle.click();
  });
}

/** A reader who turns cards off or on with one switch does so for the whole page. Heard
 *  on the way in, so that a page stopping clicks at the document cannot hide it, and
 *  acted on in the next task, once the switch's own widget has taken the click; the
 *  switches `follow` clicks are not the reader's. */
export function watchCards() {
  addEventListener('click', function (event) {
    var target = event.composedPath()[0];
    if (event.isTrusted && target.matches && target.matches('.gloss-root .gloss-toggle')) {
      setTimeout(function () { follow(target.getAttribute('aria-pressed') === 'true'); });
    }
  }, true);
}

/** The first `Intl.DateTimeFormat` a page makes loads the locale's date data, in one
 *  long call (docs/measurements.md, "The first mount and the first date format"), which
 *  the first widget paid in its first slice, before anything was on screen. Made while
 *  the wasm and the article are still on their way, it costs the reader no wait; later
 *  formats are quick. */
var datesWarmed = false;
export function warmDates() {
  if (datesWarmed) return;
  datesWarmed = true;
  (window.requestIdleCallback || setTimeout)(function () {
    new Intl.DateTimeFormat([], { dateStyle: 'long' });
  });
}
