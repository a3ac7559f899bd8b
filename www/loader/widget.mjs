// What every widget shares: the views alive on the page, the limits on what it fetches,
// its glossaries, and what it does when something goes wrong.

import { glue } from './assets.mjs';
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

/** Resolves the glossary option (entity array, glossary object, URL, or array of URLs)
 *  to glossaries. */
export function loadGlossaries(option, base, limits) {
  if (Array.isArray(option) && option.length && typeof option[0] === 'object') return Promise.resolve([option]);
  if (option && typeof option === 'object' && !Array.isArray(option)) return Promise.resolve([option]);
  return Promise.all(toList(option).map(function (address) { return fetchJson(address, base, limits); }));
}

/** The glue of `mode`'s build (`gloss` for widgets, `gloss-enhancement`) that a page's
 *  options and glossaries call for: the lean build (`-lean`, without the finders) where
 *  `build` says so, or with `build` unset or 'auto', where the finders are off
 *  (`auto: false`) or a glossary says it is complete; else the full build. Where the
 *  options decide, the wasm is fetched at once; else once the glossaries are in. */
export function buildFor(mode, options, glossaries) {
  var lean = options.build === 'lean' || options.build !== 'full' && options.auto === false;
  var wasm = lean || options.build === 'full' ? glue(lean ? mode + '-lean' : mode) : glossaries.then(function (lists) {
    return glue(lists.some(function (list) { return list && list.complete === true; }) ? mode + '-lean' : mode);
  });
  // A glossary that failed is reported where the glossaries are used.
  wasm.catch(Boolean);
  return wasm;
}

// The loader's own words, for when the wasm (which holds the rest of the message table)
// may not be there. Hosts replace them with `messages.error_title`.
var ERROR_TITLES = { en: 'This article could not be shown.', fr: 'Impossible d\u2019afficher cet article.' };

export function errorTitle(options) {
  if (options.messages && typeof options.messages.error_title === 'string') return options.messages.error_title;
  var lang = String(options.lang || document.documentElement.lang || 'en').split('-')[0].toLowerCase();
  return ERROR_TITLES[lang] || ERROR_TITLES.en;
}

export function showError(root, where, message, options) {
  var box = document.createElement('div');
  box.className = 'gloss-error';
  box.setAttribute('role', 'alert');
  var title = document.createElement('strong');
  title.textContent = errorTitle(options);
  var detail = document.createElement('span');
  detail.textContent = ' ' + message;
  box.appendChild(title);
  box.appendChild(detail);
  root.appendChild(box);
  console.error('gloss: ' + (where ? where + ': ' : '') + message);
}

/** A panic in the wasm arrives as a trap with no message: the release build aborts at
 *  once rather than carry the code that formats one (DESIGN.md, "Size"). Logs the
 *  trap, stack and all, and says whether `error` was one. */
export function loggedTrap(error) {
  if (!(typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError)) return false;
  console.error('gloss: internal error:', error);
  return true;
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
