// What in-place enhancement reads of a page: the text of an article's containers, with
// page furniture left alone (docs/enhancement.md, "What enhancement skips"), and the page's own
// JSON-LD; and the styles of its card (chrome.mjs). The entry of gloss-enhance.js, which
// the loader imports from beside itself only on pages it enhances (in-place.mjs), so that
// a page of widgets never downloads it.

import { inSlices, SLICE_MS } from './slices.mjs';
export { chromeSheet } from './chrome.mjs';
// What counts as the article's text, as data that the command line's reading of a page
// (`gloss glossary article PAGE --select`) follows too.
import RULES from '../../crates/model/data/page-text.json' with { type: 'json' };

/** Elements whose text is never marked: links are already links, code is code, form
 *  controls and `data-gloss-skip` are the page's own business, and the rest is page
 *  furniture that sits inside articles: navigation, asides ("related" boxes, pull
 *  quotes), footers, forms (newsletter sign-ups), dates, bylines (`address`,
 *  `itemprop="author"`, `rel="author"`), and what assistive technology is told to skip
 *  (`aria-hidden`, `hidden`, `inert`). docs/enhancement.md, "What enhancement skips", lists the
 *  same. A live mention is skipped too; a mention `gloss render` wrote is read, when its
 *  entity table could not be. */
var SKIP = RULES.skip;
/** Furniture by its class or its role: these words, matched as whole words (split at
 *  spaces, "-" and "_"), so that "c-byline__name", "share-bar" and role="toolbar" are
 *  furniture and "shared-content" or "adventure" are not. The words are `RULES.furniture`:
 *  a literal here, which tests/loader/modules.test.mjs holds to the data, costs less of
 *  the download than a RegExp built from it. */
var FURNITURE = /(^|[\s_-])(byline|dateline|author|credits?|share|sharing|social|related|newsletter|subscribe|promo|ads?|advert|advertisement|sponsored|powered|read-more|cta|sr-only|visually-hidden|screen-reader-text|button|navigation|complementary|banner|contentinfo|search|toolbar|menu|dialog)($|[\s_-])/i;
/** Furniture is short. An element named so but holding more text than this is a
 *  wrapper whose class only mentions furniture ("article-body has-ads"), and is read. */
var FURNITURE_TEXT = RULES.furnitureText;
/** A caption that is only a credit: "Photo: Agency", "Photograph by …", "© …",
 *  "Courtesy of …". Its first words are `RULES.credit`, held to the data likewise. */
var CREDIT = /^\s*((photo(graph)?|image|picture|illustration|graphic|video|credit|source)s?( credits?| illustration)?\s*(:|by\b)|©|courtesy\b)/i;

/** Whether enhancement leaves `element` and all it holds alone: the one rule for what
 *  is furniture rather than the article's text. */
export function isFurniture(element) {
  return element.matches(SKIP) ||
    FURNITURE.test(element.getAttribute('class') + ' ' + element.getAttribute('role')) && element.textContent.length < FURNITURE_TEXT ||
    element.localName === 'figcaption' && CREDIT.test(element.textContent);
}

var BLOCK = RULES.blocks;

/** The container's text nodes, grouped by the block they belong to, so that the engine
 *  reads "<em>Safeguard</em> Defenders" as one text. Furniture is passed over whole. A
 *  large page is walked in slices, like the rest of the work: in one go, a page of
 *  thousands of paragraphs was a long task (docs/measurements.md, "Enhancement too").
 *  Resolves to the blocks. */
export function textBlocks(container) {
  // Elements and text (NodeFilter.SHOW_ELEMENT | SHOW_TEXT, 5); an element is passed
  // over (FILTER_SKIP, 3) or rejected with all it holds (FILTER_REJECT, 2), and text
  // that is not only spaces is taken (FILTER_ACCEPT, 1).
  var walker = document.createTreeWalker(container, 5, {
    acceptNode: function (node) {
      return node.nodeType === 1 ? (isFurniture(node) ? 2 : 3) : /\S/.test(node.data) ? 1 : 2;
    }
  });
  var blocks = [];
  var last = null;
  return inSlices(function () {
    var deadline = performance.now() + SLICE_MS;
    while (walker.nextNode()) {
      var node = walker.currentNode;
      var block = node.parentElement.closest(BLOCK);
      if (!block || !container.contains(block)) block = container;
      if (block !== last) blocks.push([]);
      blocks[blocks.length - 1].push(node);
      last = block;
      if (performance.now() > deadline) return false;
    }
    return true;
  }, function () { return false; }).then(function () { return blocks; });
}

/** The value of a JSON-LD script's text, read as search engines read it: the wrappers
 *  that hid scripts from old browsers (`<![CDATA[ … ]]>`, often behind `//` or inside a
 *  block comment, and `<!-- … -->`) come off, and only when the text is not valid JSON
 *  as it stands, HTML entities (`&quot;`) are decoded and raw line breaks and tabs,
 *  which CMSs leave inside strings, read as spaces. Undefined for anything else. */
export function readJsonLd(text) {
  text = text.replace(/^[\s\/*]*((<!--|<!\[CDATA\[)[\s\/*]*)+|[\s\/*]*((-->|\]\]>)[\s\/*]*)+$/g, '');
  try {
    return JSON.parse(text);
  } catch (error) {}
  try {
    return JSON.parse(text.replace(/&(#?\w+);/g, function (entity, name) {
      // "#x41" and "#65" become the numbers 0x41 and 065.
      return name[0] === '#' ? String.fromCodePoint('0' + name.slice(1)) : { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[name] || entity;
    }).replace(/[\n\r\t]/g, ' '));
  } catch (error) {}
}

/** An article `gloss render` wrote is brought to life as it stands: its mentions and its
 *  entity table, read as a JSON-LD script is, are the annotation, so no text is walked
 *  and the engine does not run. The build's job, or nothing (no table, or one the build
 *  cannot read, which it warns about: the article is then read as any other). */
export function hydration(wasm, root, parts, options) {
  var table = parts.map(function (part) { return part.querySelector('script[data-gloss-entities]'); }).filter(Boolean)[0];
  return table && wasm.hydrate(root, parts, readJsonLd(table.textContent), options);
}

/** The page's own JSON-LD, read with no configuration. */
export function pageJsonLd() {
  var values = [];
  document.querySelectorAll('script[type="application/ld+json"]').forEach(function (script) {
    var value = readJsonLd(script.textContent);
    if (value === undefined) console.warn('gloss: a <script type="application/ld+json"> is not valid JSON, ignored');
    else values.push(value);
  });
  return values;
}
