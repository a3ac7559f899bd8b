/*! gloss loader: one classic script that boots the wasm widget. */
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
  var base = script && script.src ? script.src : (window.GlossBase || document.baseURI);
  var url = function (name) { return new URL(PKG + name, base).href; };
  // Start the wasm download at once, in parallel with the glue module.
  var wasm = fetch(url('gloss_bg.wasm'));
  var exports = null;
  var ready = import(url('gloss.js')).then(function (glue) {
    return glue.default({ module_or_path: wasm }).then(function (instance) {
      exports = instance;
      return glue;
    });
  });
  // One stylesheet object for every widget on the page, fetched at once like the wasm.
  // Each shadow root that links gloss.css gets its rules parsed and indexed anew, which
  // took longer than rendering the demo article itself. Where a browser cannot adopt a
  // constructed stylesheet, or the fetch fails, widgets link the stylesheet instead.
  var sharedSheet = null;
  var sheetReady = Promise.resolve();
  if (window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in Document.prototype) {
    sheetReady = fetch(url('gloss.css')).then(function (response) {
      if (!response.ok) throw new Error(response.statusText);
      return response.text();
    }).then(function (text) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sharedSheet = sheet;
    }).catch(function () {});
  }

  /** Work is done in slices of about this many milliseconds, so that no task holds the
   *  page for long: a long article renders while the reader can already scroll. Between
   *  slices the browser may draw a frame, and each costs a few milliseconds: 20 ms slices
   *  built the large benchmark article 1.08-1.12x faster than 10 ms slices, and leave
   *  30 ms to spare under the 50 ms at which a task counts as long (DESIGN.md). */
  var SLICE_MS = 20;

  /** Runs `step` (which returns true when done) slice by slice, giving the page the main
   *  thread in between. A message is a task of its own without setTimeout's 4 ms clamp.
   *  `stopped()` ends the work early. Resolves when done. */
  function inSlices(step, stopped) {
    return new Promise(function (done, failed) {
      var channel = new MessageChannel();
      var slice = function () {
        try {
          if (stopped() || step()) {
            channel.port1.close();
            done();
          } else {
            channel.port2.postMessage(null);
          }
        } catch (error) {
          channel.port1.close();
          failed(error);
        }
      };
      channel.port1.onmessage = slice;
      slice();
    });
  }

  /** Resolves in a task of its own, so that what follows does not lengthen this one. */
  function nextTask() {
    return new Promise(function (done) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });
  }

  function fail(where, message) {
    var error = new Error(message);
    error.glossWhere = where;
    return error;
  }

  /**
   * Fetches JSON with a timeout and a size limit, and errors that say what went wrong
   * and where. `limits` holds `timeout` (ms) and `maxBytes`.
   */
  function fetchJson(address, base, limits) {
    var resolved = new URL(address, base || document.baseURI).href;
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, limits.timeout);
    var tooBig = function () {
      var limit = limits.maxBytes >= 1048576
        ? Math.round(limits.maxBytes / 1048576 * 10) / 10 + ' MB'
        : limits.maxBytes + '-byte';
      return fail(resolved, 'refused: larger than the ' + limit + ' limit');
    };
    return fetch(resolved, controller ? { signal: controller.signal, credentials: 'same-origin' } : {})
      .then(function (response) {
        if (!response.ok) {
          throw fail(resolved, 'the server answered ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
        }
        if (Number(response.headers.get('content-length')) > limits.maxBytes) throw tooBig();
        return readText(response, limits.maxBytes, tooBig);
      }, function (error) {
        if (error && error.name === 'AbortError') {
          throw fail(resolved, 'no answer after ' + limits.timeout / 1000 + ' seconds');
        }
        throw fail(resolved, 'could not be fetched (' + (error && error.message || 'network error') + ')');
      })
      .then(function (text) {
        clearTimeout(timer);
        // Parsing a large article takes a while: not in the task that read it.
        return nextTask().then(function () {
          return parseJson(text);
        }).catch(function (error) {
          throw fail(resolved, describeJsonError(text, error));
        });
      }, function (error) {
        clearTimeout(timer);
        if (error && error.name === 'AbortError') {
          throw fail(resolved, 'no answer after ' + limits.timeout / 1000 + ' seconds');
        }
        throw error;
      });
  }

  /** A response's text, decoded chunk by chunk as it arrives (a large article in one
   *  piece would hold the page), and refused once it passes `maxBytes`. Chunks that are
   *  already there arrive as promise reactions, all in the same task, so the loop moves
   *  to a new task once a slice's worth of time is spent. */
  function readText(response, maxBytes, tooBig) {
    if (!response.body) return response.text();
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var parts = [];
    var size = 0;
    var deadline = performance.now() + SLICE_MS;
    var read = function () {
      if (performance.now() < deadline) return reader.read().then(next);
      return nextTask().then(function () {
        deadline = performance.now() + SLICE_MS;
        return reader.read();
      }).then(next);
    };
    var next = function (chunk) {
      if (chunk.done) {
        parts.push(decoder.decode());
        return parts.join('');
      }
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        reader.cancel();
        throw tooBig();
      }
      parts.push(decoder.decode(chunk.value, { stream: true }));
      return read();
    };
    return read();
  }

  /** Above this many characters, JSON is parsed in slices. */
  var LARGE_JSON = 1000000;

  /** Parses JSON text. A large object is parsed member by member, and its arrays element
   *  by element, in slices, so that no single task parses megabytes or even scans them:
   *  each piece is found by `valueEnd`, which only matches brackets, just before it is
   *  parsed. Whatever the walk does not expect goes to one plain JSON.parse, which throws
   *  the error with its line and column. */
  function parseJson(text) {
    if (text.length <= LARGE_JSON) return Promise.resolve(JSON.parse(text));
    var at = 0;
    var result = {};
    var list = null;
    var done = false;
    var space = function () { while (at < text.length && text.charCodeAt(at) <= 32) at++; };
    var expect = function (c) { space(); if (text.charAt(at) !== c) throw null; at++; };
    var piece = function () {
      var end = valueEnd(text, at);
      var value = JSON.parse(text.slice(at, end));
      at = end;
      return value;
    };
    var memberEnd = function () {
      space();
      if (text.charAt(at) === '}') {
        at++;
        space();
        if (at !== text.length) throw null;
        done = true;
      } else {
        expect(',');
      }
    };
    // One member, or up to 64 elements of the array being read; true when all is read.
    var step = function () {
      if (list) {
        for (var n = 0; n < 64; n++) {
          space();
          if (text.charAt(at) === ']') {
            at++;
            list = null;
            memberEnd();
            return done;
          }
          list.push(piece());
          space();
          if (text.charAt(at) === ',') {
            at++;
            space();
            // A comma before the bracket is an error.
            if (text.charAt(at) === ']') throw null;
          } else if (text.charAt(at) !== ']') {
            throw null;
          }
        }
        return false;
      }
      space();
      var key = piece();
      if (typeof key !== 'string') throw null;
      expect(':');
      space();
      if (text.charAt(at) === '[') {
        at++;
        list = [];
        define(result, key, list);
        return false;
      }
      define(result, key, piece());
      memberEnd();
      return done;
    };
    try {
      expect('{');
      space();
      if (text.charAt(at) === '}') return Promise.resolve(JSON.parse(text));
    } catch (error) {
      return Promise.resolve().then(function () { return JSON.parse(text); });
    }
    return inSlices(function () {
      var deadline = performance.now() + SLICE_MS;
      while (performance.now() < deadline) {
        if (step()) return true;
      }
      return false;
    }, function () { return false; }).then(function () {
      return result;
    }, function () {
      return JSON.parse(text);
    });
  }

  /** Sets a member as JSON.parse would: an own property, even for "__proto__". */
  function define(object, key, value) {
    Object.defineProperty(object, key, { value: value, writable: true, enumerable: true, configurable: true });
  }

  /** The index just after the JSON value that starts at `at`, found by matching brackets
   *  outside strings; JSON.parse checks the value itself. */
  function valueEnd(text, at) {
    var depth = 0;
    for (var i = at; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 34) {
        // A quote ends the string unless an odd number of backslashes comes before it.
        for (;;) {
          i = text.indexOf('"', i + 1);
          if (i < 0) throw null;
          var slashes = 0;
          while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
          if (slashes % 2 === 0) break;
        }
        if (depth === 0) return i + 1;
      } else if (c === 123 || c === 91) {
        depth++;
      } else if (c === 125 || c === 93) {
        if (depth === 0) return i;
        if (--depth === 0) return i + 1;
      } else if (depth === 0 && (c === 44 || c <= 32)) {
        return i;
      }
    }
    if (depth === 0) return text.length;
    throw null;
  }

  /** Turns a JSON.parse error into "line L, column C: message". */
  function describeJsonError(text, error) {
    var found = findJsonError(text);
    var message = found ? found.message : String(error && error.message || error);
    var offset = found ? found.at : -1;
    if (offset < 0) return 'not valid JSON: ' + message;
    var before = text.slice(0, offset).split('\n');
    return 'line ' + before.length + ', column ' + (before[before.length - 1].length + 1) + ': ' + message;
  }

  /**
   * Finds where JSON text first goes wrong, for the error message: browsers' own
   * messages do not all give a position. Only runs once JSON.parse has failed.
   */
  function findJsonError(text) {
    var at = 0;
    function fail(message) { throw { at: at, message: message }; }
    function space() { while (/[ \t\n\r]/.test(text.charAt(at))) at++; }
    function literal(word) {
      if (text.slice(at, at + word.length) !== word) fail('expected a value');
      at += word.length;
    }
    function string() {
      at++;
      for (;;) {
        var c = text.charAt(at);
        if (c === '') fail('unterminated string');
        if (c === '"') { at++; return; }
        if (c < ' ') fail('control character in a string');
        at += c === '\\' ? 2 : 1;
      }
    }
    function value() {
      space();
      var c = text.charAt(at);
      if (c === '{') return members('}', true);
      if (c === '[') return members(']', false);
      if (c === '"') return string();
      if (c === 't') return literal('true');
      if (c === 'f') return literal('false');
      if (c === 'n') return literal('null');
      var number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
      if (!number) fail(c === '' ? 'unexpected end of input' : 'expected a value');
      at += number[0].length;
    }
    function members(close, keyed) {
      at++;
      space();
      if (text.charAt(at) === close) { at++; return; }
      for (;;) {
        if (keyed) {
          space();
          if (text.charAt(at) !== '"') fail('expected a quoted key');
          string();
          space();
          if (text.charAt(at) !== ':') fail('expected a colon');
          at++;
        }
        value();
        space();
        var c = text.charAt(at);
        if (c === close) { at++; return; }
        if (c !== ',') fail(c === '' ? 'unexpected end of input' : 'expected a comma or ' + close);
        at++;
        space();
        if (text.charAt(at) === close) fail('trailing comma');
      }
    }
    try {
      value();
      space();
      if (at < text.length) fail('unexpected text after the JSON value');
    } catch (problem) {
      if (problem && typeof problem.at === 'number') return problem;
      throw problem;
    }
    return null;
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

  /** Styles a widget once `sheetReady` has settled: the shared stylesheet where it
   *  exists, else a link to gloss.css before `root`. Returns the link, if any. */
  function styleWidget(shadow, root) {
    if (sharedSheet) {
      shadow.adoptedStyleSheets = [sharedSheet];
      return null;
    }
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url('gloss.css');
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

  /** Mounts a view into `element`'s shadow root. Resolves to `{ destroy() }`. */
  function mount(element, articleOrUrl, options) {
    options = options || {};
    warmDates();
    var shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
    while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
    var root = widgetRoot(shadow, options);
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

  /** Elements whose text is never marked: links are already links, code is code, and
   *  form controls and `data-gloss-skip` are the page's own business. */
  var SKIP = 'a, code, pre, kbd, samp, script, style, noscript, textarea, input, select, option, button, label, svg, math, [data-gloss-skip], [contenteditable], .gloss-mention';
  var BLOCK = 'p, li, dd, dt, td, th, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6, div, section, article, aside, header, footer, main, nav, details, summary';

  /** The container's text nodes, grouped by the block they belong to, so that the engine
   *  reads "<em>Safeguard</em> Defenders" as one text. A large page is walked in slices,
   *  like the rest of the work: 6,000 paragraphs took 23 to 37 ms in one go. Resolves to
   *  the blocks. */
  function textBlocks(container) {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (!/\S/.test(node.data)) return NodeFilter.FILTER_REJECT;
        var skipped = node.parentElement && node.parentElement.closest(SKIP);
        return skipped && container.contains(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
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

  /** The page's own JSON-LD, read with no configuration. */
  function pageJsonLd() {
    var values = [];
    document.querySelectorAll('script[type="application/ld+json"]').forEach(function (script) {
      try {
        values.push(JSON.parse(script.textContent));
      } catch (error) {
        console.warn('gloss: a <script type="application/ld+json"> is not valid JSON, ignored');
      }
    });
    return values;
  }

  /**
   * Annotates an article the server already rendered, in place: mentions are wrapped,
   * and nothing else changes. Resolves to `{ destroy() }`, which unwraps them again.
   */
  function enhance(container, options) {
    options = options || {};
    var limits = { timeout: options.timeout > 0 ? options.timeout : DEFAULT_LIMITS.timeout, maxBytes: options.maxBytes > 0 ? options.maxBytes : DEFAULT_LIMITS.maxBytes };
    if (!document.querySelector('link[data-gloss-enhance]')) {
      var sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = url('gloss-enhance.css');
      sheet.setAttribute('data-gloss-enhance', '');
      document.head.appendChild(sheet);
    }
    container.setAttribute('data-gloss-state', 'loading');
    return Promise.all([ready, loadGlossaries(options.glossary, undefined, limits), sheetReady]).then(function (loaded) {
      return textBlocks(container).then(function (blocks) {
        // The walk's last slice may have spent its time; the wasm reads the text in slices
        // of its own, from a new task.
        return nextTask().then(function () {
          return loaded[0].enhance(container, blocks, pageJsonLd(), loaded[1], options);
        });
      });
    }).then(function (job) {
      return inSlices(function () { return job.step(SLICE_MS); }, function () { return false; }).then(function () {
        var host = document.createElement('div');
        host.className = 'gloss-chrome';
        var shadow = host.attachShadow({ mode: 'open' });
        var root = widgetRoot(shadow, options);
        styleWidget(shadow, root);
        document.body.appendChild(host);
        job.finish(root);
        container.setAttribute('data-gloss-state', 'ready');
        var view = {
          element: container,
          contain: function (event) { contain(event, container, job, shadow, container); },
          destroy: function () {
            live.delete(view);
            job.destroy();
            job.free();
            host.remove();
            container.removeAttribute('data-gloss-state');
          }
        };
        live.add(view);
        return view;
      });
    }).catch(function (error) {
      container.setAttribute('data-gloss-state', 'error');
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
      progress: on('progress')
    };
  }

  /** Mounts the widget a script tag asks for, after the tag or into `data-target`. */
  function boot(tag) {
    if (tag && tag.hasAttribute('data-enhance')) {
      var options = optionsFrom(function (name) { return tag.getAttribute('data-' + name); });
      var start = function () {
        document.querySelectorAll(tag.getAttribute('data-enhance')).forEach(function (container) { enhance(container, options); });
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
      static get observedAttributes() { return ['src', 'glossary', 'theme', 'cards', 'index', 'progress']; }
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
  window.Gloss = { version: '0.1.0', mount: mount, enhance: enhance, ready: ready, _boot: boot, _memoryBytes: memoryBytes };
  boot(script);
})();
