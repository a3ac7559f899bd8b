// In-place enhancement: the names in an article the server already rendered are wrapped
// where they stand, and page furniture is left alone (README, "What enhancement skips").

import { assets, glue, stylesheet, styleWidget, widgetRoot } from './assets.mjs';
import { watchKnowledge } from './knowledge.mjs';
import { inSlices, nextTask, SLICE_MS } from './slices.mjs';
import { followTheme } from './theme.mjs';
import { contain, limitsOf, live, loadGlossaries, loggedTrap } from './widget.mjs';

/** Elements whose text is never marked: links are already links, code is code, form
 *  controls and `data-gloss-skip` are the page's own business, and the rest is page
 *  furniture that sits inside articles: navigation, asides ("related" boxes, pull
 *  quotes), footers, forms (newsletter sign-ups), dates, bylines (`address`,
 *  `itemprop="author"`, `rel="author"`), and what assistive technology is told to skip
 *  (`aria-hidden`, `hidden`, `inert`). README.md, "What enhancement skips", lists the
 *  same. A live mention is skipped too; a mention `gloss render` wrote is read, when its
 *  entity table could not be. */
var SKIP = 'a,code,pre,kbd,samp,script,style,noscript,textarea,input,select,option,button,label,svg,math,' +
  'nav,aside,footer,form,dialog,time,address,[aria-hidden=true],[hidden],[inert],' +
  '[itemprop~=author],[itemprop~=creator],[rel~=author],[data-gloss-skip],[contenteditable],.gloss-mention[aria-haspopup]';
/** Furniture by its class or its role: these words, matched as whole words (split at
 *  spaces, "-" and "_"), so that "c-byline__name", "share-bar" and role="toolbar" are
 *  furniture and "shared-content" or "adventure" are not. */
var FURNITURE = /(^|[\s_-])(byline|dateline|author|credits?|share|sharing|social|related|newsletter|subscribe|promo|ads?|advert|advertisement|sponsored|powered|read-more|cta|sr-only|visually-hidden|screen-reader-text|button|navigation|complementary|banner|contentinfo|search|toolbar|menu|dialog)($|[\s_-])/i;
/** Furniture is short. An element named so but holding more text than this is a
 *  wrapper whose class only mentions furniture ("article-body has-ads"), and is read. */
var FURNITURE_TEXT = 1500;
/** A caption that is only a credit: "Photo: Agency", "Photograph by …", "© …",
 *  "Courtesy of …". */
var CREDIT = /^\s*((photo(graph)?|image|picture|illustration|graphic|video|credit|source)s?( credits?| illustration)?\s*(:|by\b)|©|courtesy\b)/i;

/** Whether enhancement leaves `element` and all it holds alone: the one rule for what
 *  is furniture rather than the article's text. */
export function isFurniture(element) {
  return element.matches(SKIP) ||
    FURNITURE.test(element.getAttribute('class') + ' ' + element.getAttribute('role')) && element.textContent.length < FURNITURE_TEXT ||
    element.localName === 'figcaption' && CREDIT.test(element.textContent);
}

var BLOCK = 'p,li,dd,dt,td,th,caption,figcaption,blockquote,h1,h2,h3,h4,h5,h6,div,section,article,aside,header,footer,main,nav,details,summary';

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
function hydration(wasm, root, parts, options) {
  var table = parts.map(function (part) { return part.querySelector('script[data-gloss-entities]'); }).filter(Boolean)[0];
  return table && wasm.hydrate(root, parts, readJsonLd(table.textContent), options);
}

/** The page's own JSON-LD, read with no configuration. */
function pageJsonLd() {
  var values = [];
  document.querySelectorAll('script[type="application/ld+json"]').forEach(function (script) {
    var value = readJsonLd(script.textContent);
    if (value === undefined) console.warn('gloss: a <script type="application/ld+json"> is not valid JSON, ignored');
    else values.push(value);
  });
  return values;
}

/**
 * Annotates an article the server already rendered, in place: mentions are wrapped,
 * and nothing else changes. `container` is an element, or a list of the elements that
 * hold one article's text (a body split by an ad slot): they share one entity table
 * and one card. Resolves to `{ destroy() }`, which unwraps the mentions again.
 */
export function enhance(container, options) {
  options = options || {};
  var parts = container.nodeType ? [container] : Array.from(container);
  // The cards listen on the nearest element that holds every part.
  var root = parts[0];
  while (!parts.every(function (part) { return root.contains(part); })) root = root.parentNode;
  var state = function (value) {
    parts.forEach(function (part) { part.setAttribute('data-gloss-state', value); });
  };
  var limits = limitsOf(options);
  if (!document.querySelector('link[data-gloss-enhance]')) {
    var sheet = stylesheet('gloss-enhance.css');
    sheet.setAttribute('data-gloss-enhance', '');
    document.head.appendChild(sheet);
  }
  state('loading');
  return Promise.all([glue('gloss-enhancement'), loadGlossaries(options.glossary, undefined, limits), assets.sheetReady]).then(function (loaded) {
    return hydration(loaded[0], root, parts, options) || Promise.all(parts.map(textBlocks)).then(function (walked) {
      // The walk's last slice may have spent its time; the wasm reads the text in slices
      // of its own, from a new task.
      return nextTask().then(function () {
        return loaded[0].enhance(root, [].concat.apply([], walked), pageJsonLd(), loaded[1], options);
      });
    });
  }).then(function (job) {
    return inSlices(function () { return job.step(SLICE_MS); }, function () { return false; }).then(function () {
      var host = document.createElement('div');
      host.className = 'gloss-chrome';
      var shadow = host.attachShadow({ mode: 'open' });
      var chrome = widgetRoot(shadow);
      styleWidget(shadow, chrome);
      document.body.appendChild(host);
      var unfollow = followTheme(chrome, options.theme);
      watchKnowledge(root, chrome, options, glue('gloss-enhancement'));
      job.finish(chrome);
      state('ready');
      var view = {
        element: container,
        contain: function (event) { contain(event, container, job, shadow, container); },
        destroy: function () {
          live.delete(view);
          unfollow();
          job.destroy();
          job.free();
          host.remove();
          parts.forEach(function (part) { part.removeAttribute('data-gloss-state'); });
        }
      };
      live.add(view);
      return view;
    });
  }).catch(function (error) {
    state('error');
    if (!loggedTrap(error)) console.error('gloss: ' + (error && error.glossWhere ? error.glossWhere + ': ' : '') + (error instanceof Error ? error.message : String(error)));
    return { element: container, error: error, destroy: function () {} };
  });
}
