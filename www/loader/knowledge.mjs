// The opt-in knowledge source, in the loader: its fetch, checks and filling cost far more
// in the wasm (docs/measurements.md, "Two builds and on-demand modules"; README, "The
// knowledge source (opt-in)"). What a page with the source on needs beyond the option and
// the listener is in knowledge-fill.mjs, fetched as gloss-knowledge.js only by those
// pages.

import { importModule } from './assets.mjs';
import { fetchJson } from './fetch.mjs';

// The knowledge source (README, "The knowledge source (opt-in)"), off unless asked for.
// A card for an entity with no summary holds a slot that names what to look up
// (crates/view/src/knowledge.rs). When such a card opens, the page summary is fetched, once
// per page view for all widgets, checked, and written into the slot as text; an answer
// that will not do hides the slot.

/** The source an option names, `{ url, lang, name }`, or null when none is on. */
export function knowledgeSource(option) {
  var provider = option && option.provider || option;
  if (provider === 'wikipedia') {
    return { url: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/{title}', lang: option.lang, name: 'Wikipedia, CC BY-SA' };
  }
  if (typeof provider !== 'string' || provider.indexOf('{title}') < 0) return null;
  try {
    return { url: provider, name: new URL(provider, document.baseURI).host };
  } catch (error) {
    return null;
  }
}

/** Fills the knowledge slot of each card that opens: `target` is where the widget's
 *  `gloss:open` events arrive, `cards` the widget root that holds its card, and `ready`
 *  the widget's glue, for its check of a guessed page. */
export function watchKnowledge(target, cards, options, ready) {
  var source = knowledgeSource(options.knowledge);
  if (!source) return;
  // Fetched now, so that it is there, with the styles that show the slots, by the time
  // a reader opens a card.
  importModule('gloss-knowledge.js').then(function (module) { module.styleKnowledge(cards); }, Boolean);
  target.addEventListener('gloss:open', function () {
    var slot = cards.querySelector('.gloss-knowledge[aria-busy]');
    if (!slot) return;
    importModule('gloss-knowledge.js').then(function (module) {
      module.fillKnowledge(slot, cards, source, fetchJson, ready);
    }, function () {
      slot.removeAttribute('aria-busy');
      slot.hidden = true;
    });
  });
}
