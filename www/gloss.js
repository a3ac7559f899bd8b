/*! gloss loader: one classic script that boots the wasm widget. */
// The loader's entry. scripts/build bundles it with the modules in loader/ into one
// classic script (pkg/gloss-loader.js) with esbuild; the modules have unit tests of their
// own under tests/loader/.
import { fail } from './loader/errors.mjs';
import { fetchJson, readText } from './loader/fetch.mjs';
import { inSlices, nextTask, SLICE_MS } from './loader/slices.mjs';
(function () {
  'use strict';
  // The build rewrites this to './' when the loader ships inside pkg/.
  var PKG = '../pkg/';
  var DEFAULT_LIMITS = { timeout: 15000, maxBytes: 20 * 1048576 };
  // Every mounted view, until it is destroyed. wasm-bindgen frees a Rust object whose JS
  // wrapper is garbage collected, so a view nobody else holds (one booted from a script
  // tag) must be held here, or its listeners would vanish at the next collection.
  var live = new Set();
  var script = document.currentScript;

  // A second copy of the script only mounts its own widget; it never boots twice.
  if (window.Gloss && window.Gloss.version) {
    window.Gloss._boot(script);
    return;
  }

  // A script tag knows its own URL; the ES module wrapper (pkg/index.js) says where it is.
  // Every file of gloss's own is fetched from beside the loader, which may be another
  // origin (a CDN): that server must send CORS headers (README, "From a CDN").
  var base = script && script.src ? script.src : (window.GlossBase || document.baseURI);
  var url = function (name) { return new URL(PKG + name, base).href; };
  // scripts/build writes the sha256 of each file the loader fetches here. They are checked
  // only when the page pinned the loader itself with `integrity`: then the loader pins the
  // rest, and a file that does not match is refused (README, "Subresource Integrity").
  var SRI = {};
  var integrity = function (name) { return script && script.integrity && SRI[name] || ''; };
  // Start the wasm download at once, in parallel with the glue module.
  var wasm = fetch(url('gloss_bg.wasm'), { integrity: integrity('gloss_bg.wasm') });
  // Where the glue fails first, its error is the one to report, not this one unhandled.
  wasm.catch(Boolean);
  var exports = null;
  // import() takes no integrity, but it reuses the module a modulepreload link with one
  // loaded, and the link fails when the module does not match.
  var glueChecked = new Promise(function (done, failed) {
    var link = document.createElement('link');
    if (!(link.integrity = integrity('gloss.js')) || !link.relList.supports('modulepreload')) return done();
    link.rel = 'modulepreload';
    link.href = url('gloss.js');
    link.onload = done;
    link.onerror = failed;
    document.head.appendChild(link);
  });
  var ready = glueChecked.then(function () { return import(url('gloss.js')); }).then(function (glue) {
    return glue.default({ module_or_path: wasm }).then(function (instance) {
      exports = instance;
      return glue;
    });
  }).catch(function (error) {
    throw fail(url(''), 'could not load gloss (' + (error && error.message || 'refused') + ')');
  });
  // One stylesheet object for every widget on the page, fetched at once like the wasm.
  // Each shadow root that links gloss.css gets its rules parsed and indexed anew, which
  // took longer than rendering the demo article itself. Where a browser cannot adopt a
  // constructed stylesheet, or the fetch fails, widgets link the stylesheet instead.
  var sharedSheet = null;
  var sheetReady = Promise.resolve();
  if (window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in Document.prototype) {
    sheetReady = fetch(url('gloss.css'), { integrity: integrity('gloss.css') }).then(function (response) {
      if (!response.ok) throw new Error(response.statusText);
      return response.text();
    }).then(function (text) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sharedSheet = sheet;
    }).catch(function () {});
  }

  function toList(value) {
    if (value == null || value === '') return [];
    return Array.isArray(value) ? value : [value];
  }

  /** Resolves the glossary option (entity array, URL, or array of URLs) to entity arrays. */
  function loadGlossaries(option, base, limits) {
    if (Array.isArray(option) && option.length && typeof option[0] === 'object') return Promise.resolve([option]);
    return Promise.all(toList(option).map(function (address) { return fetchJson(address, base, limits); }));
  }

  // The loader's own words, for when the wasm (which holds the rest of the message table)
  // may not be there. Hosts replace them with `messages.error_title`.
  var ERROR_TITLES = { en: 'This article could not be shown.', fr: 'Impossible d\u2019afficher cet article.' };

  function errorTitle(options) {
    if (options.messages && typeof options.messages.error_title === 'string') return options.messages.error_title;
    var lang = String(options.lang || document.documentElement.lang || 'en').split('-')[0].toLowerCase();
    return ERROR_TITLES[lang] || ERROR_TITLES.en;
  }

  function showError(root, where, message, options) {
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
   *  once rather than carry the code that formats one (DESIGN.md, "Size work"). Logs the
   *  trap, stack and all, and says whether `error` was one. */
  function loggedTrap(error) {
    if (!(typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError)) return false;
    console.error('gloss: internal error:', error);
    return true;
  }

  /** A trap inside one of gloss's event handlers or timers reaches the page as an
   *  uncaught `RuntimeError` (the release build aborts on a panic). The widget whose
   *  handler was running stops taking input and closes its card, its text and marks stay,
   *  the console says so once, naming gloss, and other widgets carry on
   *  (ARCHITECTURE.md, "Containment"). An error no widget claims is left to the page. */
  addEventListener('error', function (event) {
    if (event.error instanceof WebAssembly.RuntimeError) live.forEach(function (view) { view.contain(event); });
  });

  /** After a trap: if `inner` (a view or an enhancement) says it stopped its cards, closes
   *  its card (in `cards`), marks its mentions (in `mentions`) closed and logs it. */
  function contain(event, element, inner, cards, mentions) {
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

  /** Adds a themed `.gloss-root` to a shadow root and returns it; `styleWidget` styles it. */
  function widgetRoot(shadow, options) {
    var root = document.createElement('div');
    root.className = 'gloss-root';
    root.setAttribute('data-theme', options.theme || 'auto');
    shadow.appendChild(root);
    return root;
  }

  /** A link to one of gloss's stylesheets, with its integrity when the loader has one. */
  function stylesheet(name) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    if (link.integrity = integrity(name)) link.crossOrigin = '';
    link.href = url(name);
    return link;
  }

  /** Styles a widget once `sheetReady` has settled: the shared stylesheet where it
   *  exists, else a link to gloss.css before `root`. Returns the link, if any. */
  function styleWidget(shadow, root) {
    if (sharedSheet) {
      shadow.adoptedStyleSheets = [sharedSheet];
      return null;
    }
    var link = stylesheet('gloss.css');
    shadow.insertBefore(link, root);
    return link;
  }

  /** The first `Intl.DateTimeFormat` a page makes loads the locale's date data: 13-19 ms
   *  here, which the first widget paid in its first slice, before anything was on screen.
   *  Made while the wasm and the article are still on their way, it costs the reader no
   *  wait; later formats take about 0.1 ms. */
  var warmDates = function () {
    warmDates = function () {};
    (window.requestIdleCallback || setTimeout)(function () {
      new Intl.DateTimeFormat([], { dateStyle: 'long' });
    });
  };

  // The knowledge source (README, "The knowledge source (opt-in)"), off unless asked for.
  // A card for an entity with no summary holds a slot that names what to look up
  // (src/view/knowledge.rs). When such a card opens, the page summary is fetched, once
  // per page view for all widgets, checked, and written into the slot as text; an answer
  // that will not do hides the slot.
  var KNOWLEDGE_TIMEOUT = 4000;
  var KNOWLEDGE_BYTES = 65536;
  var knowledgeAnswers = new Map();
  /** The source an option names, `{ url, lang, name }`, or null when none is on. */
  function knowledgeSource(option) {
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

  /** The summary at `address`: a promise of the parsed answer, or of null if anything
   *  went wrong. Nothing but the URL goes out: no cookies, no Referer. */
  function knowledgeAnswer(address) {
    var answer = knowledgeAnswers.get(address);
    if (!answer) {
      var controller = new AbortController();
      var timer = setTimeout(function () { controller.abort(); }, KNOWLEDGE_TIMEOUT);
      answer = fetch(address, { signal: controller.signal, credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' })
        .then(function (response) {
          if (!response.ok || Number(response.headers.get('content-length')) > KNOWLEDGE_BYTES) throw 0;
          return readText(response, KNOWLEDGE_BYTES, function () { return 0; });
        })
        .then(JSON.parse)
        .catch(function () { return null; })
        .then(function (value) {
          clearTimeout(timer);
          return value;
        });
      knowledgeAnswers.set(address, answer);
    }
    return answer;
  }

  /** `value` if it is an absolute http or https URL, as the URL allow-list of
   *  src/model/url.rs would pass it; else null. */
  function knowledgeUrl(value) {
    try {
      var url = new URL(value);
      return !/[\0-\x1f\x7f]/.test(value) && /^https?:$/.test(url.protocol) ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  /** `text` cut to at most about `most` characters, at a word, with an ellipsis. */
  function knowledgeCap(text, most) {
    return text.length > most ? text.slice(0, most).replace(/\s+\S*$/, '') + '\u2026' : text;
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
   *  another Wikidata item than the glossary's, or a guessed page whose title or
   *  description does not fit. Every string becomes text, capped in length; the
   *  thumbnail and the link are dropped unless they pass `knowledgeUrl`. */
  function knowledgeFill(slot, answer, source, title, lang, item, glue) {
    var text = function (value) { return typeof value === 'string' ? value.trim() : ''; };
    var guess = slot.getAttribute('data-gloss-guess');
    if (!answer || text(answer.type || 'standard') !== 'standard' || !text(answer.extract)) return false;
    if (item && answer.wikibase_item !== item) return false;
    var description = text(answer.description);
    if (guess && (text(answer.title).replace(/_/g, ' ').toLowerCase() !== title.toLowerCase() || !glue.reads_as(guess, description))) return false;
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

  /** Fills the knowledge slot of each card that opens: `target` is where the widget's
   *  `gloss:open` events arrive, `cards` the widget root that holds its card. */
  function watchKnowledge(target, cards, options) {
    var source = knowledgeSource(options.knowledge);
    if (!source) return;
    // The stylesheet shows the slots, and holds their space, only where this is set.
    cards.setAttribute('data-gloss-knowledge', '');
    target.addEventListener('gloss:open', function () {
      var slot = cards.querySelector('.gloss-knowledge[aria-busy]');
      if (!slot) return;
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
        .replace('{title}', encodeURIComponent(title.replace(/ /g, '_'))), document.baseURI).href) : Promise.resolve(null);
      // Filled from a later microtask, even from the cache: the event comes from inside
      // the wasm, and the slot is filled only while its card still shows it.
      Promise.all([ready, answer]).then(function (loaded) {
        if (!slot.isConnected) return;
        slot.removeAttribute('aria-busy');
        if (!knowledgeFill(slot, loaded[1], source, title, lang, item, loaded[0])) slot.hidden = true;
      });
    });
  }

  /** Mounts a view into `element`'s shadow root. Resolves to `{ destroy() }`. */
  function mount(element, articleOrUrl, options) {
    options = options || {};
    warmDates();
    var shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
    while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
    var root = widgetRoot(shadow, options);
    watchKnowledge(root, root, options);
    element.setAttribute('data-gloss-state', 'loading');
    // Hold a reading-sized box while the wasm loads, through the CSSOM (CSP allows it).
    if (!element.style.minHeight) element.style.minHeight = '60vh';

    var source = typeof articleOrUrl === 'string' ? articleOrUrl : null;
    var limits = {
      timeout: options.timeout > 0 ? options.timeout : DEFAULT_LIMITS.timeout,
      maxBytes: options.maxBytes > 0 ? options.maxBytes : DEFAULT_LIMITS.maxBytes
    };
    var article = source ? fetchJson(source, undefined, limits) : Promise.resolve(articleOrUrl);
    var inner = null;
    var destroyed = false;
    // Styled as soon as the shared stylesheet has settled, usually long before the wasm
    // is ready; `style` is the link, if one was needed.
    var styled = false;
    var style = null;
    var styleOnce = function () {
      if (styled || destroyed) return;
      styled = true;
      style = styleWidget(shadow, root);
    };
    sheetReady.then(styleOnce);
    // Removes every node, listener and timer this view added; safe to call at any time.
    var view = {
      element: element,
      contain: function (event) { contain(event, element, inner, root, root); },
      destroy: function () {
        if (destroyed) return;
        destroyed = true;
        live.delete(view);
        if (inner) {
          inner.destroy();
          inner.free();
          inner = null;
        }
        // Only this view's own nodes: a newer view may already share the shadow root.
        if (style && style.parentNode === shadow) shadow.removeChild(style);
        if (root.parentNode === shadow) shadow.removeChild(root);
        if (!shadow.firstChild) {
          element.style.removeProperty('min-height');
          element.removeAttribute('data-gloss-state');
        }
      }
    };
    var mounting = Promise.all([ready, article, loadGlossaries(options.glossary, source ? new URL(source, document.baseURI).href : undefined, limits), sheetReady])
      .then(function (loaded) {
        if (destroyed) return view;
        styleOnce();
        var job = loaded[0].render_in_slices(root, loaded[1], loaded[2], options);
        live.add(view);
        return nextTask().then(function () {
          return inSlices(function () { return job.step(SLICE_MS); }, function () { return destroyed; })
          .then(function () {
            // Dropping an unfinished job removes what it had built so far.
            if (destroyed) {
              job.free();
              return view;
            }
            inner = job.view();
            job.free();
            element.style.removeProperty('min-height');
            element.setAttribute('data-gloss-state', 'ready');
            return view;
          });
        });
      })
      .catch(function (error) {
        return sheetReady.then(function () { return failed(error); });
      });
    /** Shows what went wrong in the widget's box, styled like the rest. */
    function failed(error) {
      if (destroyed) return view;
      styleOnce();
      element.style.removeProperty('min-height');
      element.setAttribute('data-gloss-state', 'error');
      var where = error && error.glossWhere || (source ? new URL(source, document.baseURI).href : 'article');
      var message = error instanceof Error ? error.message : String(error);
      if (loggedTrap(error)) message = 'an internal error stopped this widget (the console has the details)';
      showError(root, where, message, options);
      view.error = error;
      return view;
    }
    // The view before it resolves, so that the element can stop a long render midway.
    mounting.view = view;
    return mounting;
  }

  /** Elements whose text is never marked: links are already links, code is code, form
   *  controls and `data-gloss-skip` are the page's own business, and the rest is page
   *  furniture that sits inside articles: navigation, asides ("related" boxes, pull
   *  quotes), footers, forms (newsletter sign-ups), dates, bylines (`address`,
   *  `itemprop="author"`, `rel="author"`), and what assistive technology is told to skip
   *  (`aria-hidden`, `hidden`, `inert`). README.md, "What enhancement skips", lists the
   *  same. */
  var SKIP = 'a,code,pre,kbd,samp,script,style,noscript,textarea,input,select,option,button,label,svg,math,' +
    'nav,aside,footer,form,dialog,time,address,[aria-hidden=true],[hidden],[inert],' +
    '[itemprop~=author],[itemprop~=creator],[rel~=author],[data-gloss-skip],[contenteditable],.gloss-mention';
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
  function isFurniture(element) {
    return element.matches(SKIP) ||
      FURNITURE.test(element.getAttribute('class') + ' ' + element.getAttribute('role')) && element.textContent.length < FURNITURE_TEXT ||
      element.localName === 'figcaption' && CREDIT.test(element.textContent);
  }

  var BLOCK = 'p,li,dd,dt,td,th,caption,figcaption,blockquote,h1,h2,h3,h4,h5,h6,div,section,article,aside,header,footer,main,nav,details,summary';

  /** The container's text nodes, grouped by the block they belong to, so that the engine
   *  reads "<em>Safeguard</em> Defenders" as one text. Furniture is passed over whole. A
   *  large page is walked in slices, like the rest of the work: 6,000 paragraphs took 23
   *  to 37 ms in one go. Resolves to the blocks. */
  function textBlocks(container) {
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
  function readJsonLd(text) {
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
  function enhance(container, options) {
    options = options || {};
    var parts = container.nodeType ? [container] : Array.from(container);
    // The cards listen on the nearest element that holds every part.
    var root = parts[0];
    while (!parts.every(function (part) { return root.contains(part); })) root = root.parentNode;
    var state = function (value) {
      parts.forEach(function (part) { part.setAttribute('data-gloss-state', value); });
    };
    var limits = { timeout: options.timeout > 0 ? options.timeout : DEFAULT_LIMITS.timeout, maxBytes: options.maxBytes > 0 ? options.maxBytes : DEFAULT_LIMITS.maxBytes };
    if (!document.querySelector('link[data-gloss-enhance]')) {
      var sheet = stylesheet('gloss-enhance.css');
      sheet.setAttribute('data-gloss-enhance', '');
      document.head.appendChild(sheet);
    }
    state('loading');
    return Promise.all([ready, loadGlossaries(options.glossary, undefined, limits), sheetReady]).then(function (loaded) {
      return Promise.all(parts.map(textBlocks)).then(function (walked) {
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
        var chrome = widgetRoot(shadow, options);
        styleWidget(shadow, chrome);
        document.body.appendChild(host);
        watchKnowledge(root, chrome, options);
        job.finish(chrome);
        state('ready');
        var view = {
          element: container,
          contain: function (event) { contain(event, container, job, shadow, container); },
          destroy: function () {
            live.delete(view);
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

  /** Widget options from attributes, read through `get(name)`: the script tag's
   *  `data-*` attributes or the custom element's plain ones. */
  function optionsFrom(get) {
    var on = function (name) { var value = get(name); return value !== null && value !== 'off' && value !== 'false'; };
    var glossary = get('glossary');
    return {
      glossary: glossary ? glossary.split(/\s+/).filter(Boolean) : undefined,
      theme: get('theme') || undefined,
      cards: get('cards') !== 'off' && get('cards') !== 'false',
      index: on('index'),
      progress: on('progress'),
      knowledge: get('knowledge') || undefined
    };
  }

  /** Mounts the widget a script tag asks for, after the tag or into `data-target`. */
  function boot(tag) {
    if (tag && tag.hasAttribute('data-enhance')) {
      var options = optionsFrom(function (name) { return tag.getAttribute('data-' + name); });
      // The containers the selector matches are one article for each nearest <article>
      // that holds them (or none): a body split by an ad slot is read as one.
      var start = function () {
        var articles = new Map();
        document.querySelectorAll(tag.getAttribute('data-enhance')).forEach(function (container) {
          var key = container.closest('article');
          articles.set(key, (articles.get(key) || []).concat(container));
        });
        articles.forEach(function (parts) { enhance(parts, options); });
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
      else start();
      return;
    }
    if (!tag || !tag.hasAttribute('data-article')) return;
    var target = tag.getAttribute('data-target');
    var host = target ? document.querySelector(target) : null;
    if (!host) {
      host = document.createElement('div');
      host.className = 'gloss-host';
      tag.parentNode.insertBefore(host, tag.nextSibling);
    }
    mount(host, tag.getAttribute('data-article'), optionsFrom(function (name) { return tag.getAttribute('data-' + name); }));
  }

  /**
   * <gloss-article src="article.json" glossary="site.json" index theme="dark">: the widget
   * as an element. Changing an attribute renders again; removing the element cleans up.
   */
  if (window.customElements && !window.customElements.get('gloss-article')) {
    class GlossArticle extends HTMLElement {
      static get observedAttributes() { return ['src', 'glossary', 'theme', 'cards', 'index', 'progress', 'knowledge']; }
      connectedCallback() { this.render(); }
      attributeChangedCallback() { if (this.isConnected) this.render(); }
      disconnectedCallback() { this.release(); }
      release() {
        this.generation = (this.generation || 0) + 1;
        if (this.view) this.view.destroy();
        this.view = null;
      }
      render() {
        var element = this;
        var src = element.getAttribute('src');
        element.release();
        if (!src) return;
        var generation = element.generation;
        var mounting = mount(element, src, optionsFrom(function (name) { return element.getAttribute(name); }));
        element.view = mounting.view;
        mounting.then(function (view) {
          if (element.generation !== generation) view.destroy();
        });
      }
    }
    window.customElements.define('gloss-article', GlossArticle);
  }

  // `_memoryBytes` reports the size of the wasm memory, for the benchmark.
  var memoryBytes = function () {
    // The memory export has a short name of the build's choosing; it is the only memory.
    var memory = exports && Object.values(exports).find(function (v) { return v instanceof WebAssembly.Memory; });
    return memory ? memory.buffer.byteLength : 0;
  };
  window.Gloss = { version: '0.1.0', mount: mount, enhance: enhance, ready: ready, _boot: boot, _memoryBytes: memoryBytes, _readJsonLd: readJsonLd };
  boot(script);
})();
