// The entry of gloss-knowledge.js: what fills a card's knowledge slot, fetched only by
// pages with the knowledge source on (knowledge.mjs). It is given the loader's fetch and
// the loaded glue rather than importing them, so that it carries no second copy.

var KNOWLEDGE_LIMITS = { timeout: 4000, maxBytes: 65536 };

/** The slot's styles, which gloss.css leaves out (it only hides the slot), so that only
 *  pages with a source on download them. The slot comes last in its card, below every
 *  control, and holds a fixed space from the card's first frame, with the lines the
 *  answer will fill sketched while it is on its way; the text arrives into it, clamped
 *  to fit, and nothing moves. A slot that finds nothing closes; where the card's far
 *  edge cannot move (a card above its name, a bottom sheet), it keeps its space, so that
 *  nothing in the card moves then either. */
var KNOWLEDGE_CSS = [
  '.gloss-knowledge[hidden]{visibility:hidden}',
  '[data-gloss-knowledge] .gloss-knowledge:not([hidden]),[data-gloss-knowledge] :is(.gloss-above,.gloss-sheet) .gloss-knowledge{display:block;height:9em;overflow:hidden;margin-top:.5em;font-size:.9em;line-height:1.4}',
  '[data-gloss-knowledge] .gloss-knowledge[aria-busy]{background:linear-gradient(color-mix(in srgb,var(--gloss-muted,var(--g-muted)) 15%,transparent) 50%,#0000 0) 0 .35em/100% 1.4em}',
  '.gloss-knowledge p{margin:0 0 .2em;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}',
  '.gloss-knowledge .gloss-knowledge-extract{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;white-space:normal}',
  '.gloss-knowledge-image{float:inline-end;width:4em;height:5em;margin-inline-start:.6em;object-fit:cover}'
].join('');
var knowledgeSheet;

/** Shows the knowledge slots of the widget root `cards`: its shadow root adopts the
 *  slot's styles (a browser that cannot adopt a stylesheet shows no slot), which show
 *  slots only where this is set, since a widget mounted again into the same shadow root
 *  may have no source on. */
export function styleKnowledge(cards) {
  var shadow = cards.getRootNode();
  if (!shadow.adoptedStyleSheets) return;
  if (!knowledgeSheet) {
    knowledgeSheet = new CSSStyleSheet();
    knowledgeSheet.replaceSync(KNOWLEDGE_CSS);
  }
  if (shadow.adoptedStyleSheets.indexOf(knowledgeSheet) < 0) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.concat(knowledgeSheet);
  cards.setAttribute('data-gloss-knowledge', '');
}
var knowledgeAnswers = new Map();

/** The summary at `address`: a promise of the parsed answer, or of null if anything
 *  went wrong. Nothing but the URL goes out: no cookies, no Referer. */
function knowledgeAnswer(address, fetchJson) {
  var answer = knowledgeAnswers.get(address);
  if (!answer) {
    answer = fetchJson(address, undefined, KNOWLEDGE_LIMITS, { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' })
      .catch(function () { return null; });
    knowledgeAnswers.set(address, answer);
  }
  return answer;
}

/** `value` if it is an absolute http or https URL, as the URL allow-list of
 *  crates/model/src/url.rs would pass it; else null. */
export function knowledgeUrl(value) {
  try {
    var url = new URL(value);
    return !/[\0-\x1f\x7f]/.test(value) && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch (error) {
    return null;
  }
}

/** `text` cut to at most about `most` characters, at a word, with an ellipsis. */
export function knowledgeCap(text, most) {
  return text.length > most ? text.slice(0, most).replace(/\s+\S*$/, '') + '\u2026' : text;
}

/** Whether the page a guess was answered with, titled `title` (a service that followed
 *  a redirect answers with the page it came to), is about `name`: it holds the name's
 *  words in order ("Corvanta Group" for "Corvanta"), or the name, in capitals, is its
 *  capitalised words' initials ("Inter-Parliamentary Alliance on China" for "IPAC").
 *  "Ada King, Countess of Lovelace" is not about "Ada Lovelace". */
export function knowledgeTitleFits(title, name) {
  var spaced = function (text) { return ' ' + text.toLowerCase().replace(/[\s_,()\u2013\u2014-]+/g, ' ') + ' '; };
  return spaced(title).indexOf(spaced(name)) >= 0 || /^[A-Z]{2,}$/.test(name)
    && title.replace(/[^\s_-]+/g, function (word) { return word[0] === word[0].toLowerCase() ? '' : word[0]; }).replace(/[\s_-]/g, '') === name;
}

/** A new element with a class and text, if given. */
function knowledgeElement(tag, name, text) {
  var element = document.createElement(tag);
  if (name) element.className = name;
  if (text) element.textContent = text;
  return element;
}

/** Fills `slot` with `answer` from `source` and returns true, or returns false if the
 *  answer will not do: not a plain article (a disambiguation page, say), no extract,
 *  another Wikidata item than the glossary's, or a guessed page whose title
 *  (`knowledgeTitleFits`) or description does not fit (for a name of no kind, any one
 *  kind fits, and its card then says it). Every string becomes text, capped in length; the
 *  thumbnail and the link are dropped unless they pass `knowledgeUrl`. */
function knowledgeFill(slot, answer, source, title, lang, item, glue) {
  var text = function (value) { return typeof value === 'string' ? value.trim() : ''; };
  // A guess holds the kinds the page may read like, as cards say them: its card's, or
  // for a name of no kind all three; `described_as` gives the one kind the page reads
  // like, or '-'. Only a full build's cards guess (crates/view/src/knowledge.rs), and
  // only its glue has `described_as`.
  var guess = slot.getAttribute('data-gloss-guess');
  var description = answer && text(answer.description);
  // A guess in HTML a full build wrote, read by a lean build's glue, shows nothing.
  var kind = guess && glue.described_as && glue.described_as(description);
  if (!answer || text(answer.type || 'standard') !== 'standard' || !text(answer.extract) || item && answer.wikibase_item !== item
    || guess != null && !(knowledgeTitleFits(text(answer.title), title) && kind && guess.indexOf(kind) >= 0)) return false;
  // A name of no kind takes the one its page reads like.
  if (guess != kind) slot.parentNode.querySelector('.gloss-card-kind').textContent = kind;
  var body = knowledgeElement('div');
  body.lang = lang;
  var src = knowledgeUrl(answer.thumbnail && answer.thumbnail.source);
  if (src) {
    var image = knowledgeElement('img', 'gloss-knowledge-image');
    image.alt = '';
    image.loading = 'lazy';
    image.referrerPolicy = 'no-referrer';
    image.src = src;
    body.appendChild(image);
  }
  if (description) body.appendChild(knowledgeElement('p', 'gloss-knowledge-description', knowledgeCap(description, 100)));
  body.appendChild(knowledgeElement('p', 'gloss-knowledge-extract', knowledgeCap(text(answer.extract), 280)));
  var page = knowledgeUrl(answer.content_urls && answer.content_urls.desktop && answer.content_urls.desktop.page);
  var credit = knowledgeElement(page ? 'a' : 'span', '', slot.getAttribute('data-gloss-from') + ' ' + source.name);
  if (page) {
    credit.href = page;
    credit.target = '_blank';
    credit.rel = 'noopener noreferrer';
  }
  body.appendChild(knowledgeElement('p', 'gloss-card-source')).appendChild(credit);
  slot.appendChild(body);
  return true;
}

/** Looks up the name in `slot`'s card at `source` and fills the slot once both the
 *  answer and the glue (`ready`) are there, if the card still shows it. */
export function fillKnowledge(slot, cards, source, fetchJson, ready) {
  // A guess asks for the name in the option's language, else the widget's; a glossary
  // entity for the Wikipedia page or with the Wikidata item among the card's links.
  var card = slot.parentNode;
  var title = card.querySelector('.gloss-card-name').textContent;
  var lang = source.lang || String((cards.closest('[lang]') || document.documentElement).lang).split('-')[0].toLowerCase();
  var item = null;
  var page = null;
  card.querySelectorAll('.gloss-card-links a').forEach(function (link) {
    page = page || /^https?:\/\/([a-z][a-z-]{1,11})\.(m\.)?wikipedia\.org\/wiki\/([^?#]+)/.exec(link.href);
    item = item || (/^https?:\/\/(www\.|m\.)?wikidata\.org\/(wiki|entity)\/(Q\d+)$/.exec(link.href) || [])[3];
  });
  try {
    if (page) {
      title = decodeURIComponent(page[3]);
      lang = page[1];
    }
  } catch (error) {
    // A link whose escapes are broken names no page.
    title = '';
  }
  lang = /^[a-z][a-z-]{1,11}$/.test(lang) ? lang : 'en';
  var answer = title && (page || item || slot.hasAttribute('data-gloss-guess')) ? knowledgeAnswer(new URL(source.url
    .replace('{lang}', lang)
    .replace('{title}', encodeURIComponent(title.replace(/ /g, '_'))), document.baseURI).href, fetchJson) : Promise.resolve(null);
  // Filled from a later microtask, even from the cache: the event comes from inside
  // the wasm, and the slot is filled only while its card still shows it.
  Promise.all([ready, answer]).then(function (loaded) {
    if (!slot.isConnected) return;
    slot.removeAttribute('aria-busy');
    if (!knowledgeFill(slot, loaded[1], source, title, lang, item, loaded[0])) slot.hidden = true;
  });
}
