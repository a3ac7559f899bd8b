// In-place enhancement (`Gloss.enhance`): the names in an article the server already
// rendered are wrapped where they stand, and nothing else changes. What it reads of the
// page is in enhance.mjs, a module of its own (gloss-enhance.js) that only the pages it
// enhances fetch.

import { glue, importModule, stylesheet, styleWidget, widgetRoot } from './assets.mjs';
import { argumentError, checkedOptions } from './errors.mjs';
import { watchKnowledge } from './knowledge.mjs';
import { inSlices, nextTask, SLICE_MS } from './slices.mjs';
import { followTheme } from './theme.mjs';
import { buildFor, contain, limitsOf, live, loadGlossaries, logError } from './widget.mjs';

/**
 * Annotates an article the server already rendered, in place: mentions are wrapped,
 * and nothing else changes. `container` is an element, or a list of the elements that
 * hold one article's text (a body split by an ad slot): they share one entity table
 * and one card. Resolves to `{ destroy() }`, which unwraps the mentions again. Bad
 * arguments throw, naming `call` (`enhance`, or the markup that asked).
 */
export function enhance(container, options, call) {
  call = call || 'enhance';
  var parts = container && container.nodeType === 1 ? [container] : container && typeof container.length === 'number' ? Array.from(container) : [];
  // The cards listen on the nearest element that holds every part.
  var root = parts[0];
  while (root && !(root.nodeType === 1 && parts.every(function (part) { return part && part.nodeType === 1 && root.contains(part); }))) root = root.parentNode;
  if (!root) throw argumentError(call, 'container', 'an Element, or a list of Elements in one document', container);
  options = checkedOptions(call, options);
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
  var glossaries = loadGlossaries(options.glossary, undefined, limits);
  var wasm = buildFor('gloss-enhancement', options, glossaries);
  var enhancer;
  return Promise.all([wasm, importModule('gloss-enhance.js'), glossaries]).then(function (loaded) {
    enhancer = loaded[1];
    return enhancer.hydration(loaded[0], root, parts, options) || Promise.all(parts.map(enhancer.textBlocks)).then(function (walked) {
      // The walk's last slice may have spent its time; the wasm reads the text in slices
      // of its own, from a new task.
      return nextTask().then(function () {
        return loaded[0].enhance(root, [].concat.apply([], walked), enhancer.pageJsonLd(), loaded[2], options);
      });
    });
  }).then(function (job) {
    return inSlices(function () { return job.step(SLICE_MS); }, function () { return false; }).then(function () {
      // The card and the reader's switch, in a shadow root of their own, over the page
      // rather than in its layout. A page shows one switch, the first enhanced article's
      // that may (`toggle`); the others are hidden, and every article's cards follow the
      // one shown (widget.mjs, `watchCards`).
      var host = document.createElement('div');
      host.className = 'gloss-chrome';
      var shadow = host.attachShadow({ mode: 'open' });
      var chrome = widgetRoot(shadow);
      styleWidget(shadow, chrome, enhancer.chromeSheet());
      document.body.appendChild(host);
      var unfollow = followTheme(chrome, options.theme);
      try {
        watchKnowledge(root, chrome, options, wasm);
        job.finish(chrome);
      } catch (error) {
        // Nothing of a failed enhancement stays over the page.
        unfollow();
        host.remove();
        throw error;
      }
      var toggle = chrome.querySelector('.gloss-toggle');
      toggle.hidden = options.toggle === false || !!document.querySelector('.gloss-switch');
      if (!toggle.hidden) host.classList.add('gloss-switch');
      state('ready');
      var view = {
        element: container,
        controls: chrome,
        contain: function (event) { contain(event, container, job, shadow, root); },
        // The page's switch passes to the next enhanced article that may show one, so a
        // page that drops its first article (infinite scroll) keeps a switch.
        takeSwitch: function () {
          if (options.toggle === false || document.querySelector('.gloss-switch')) return false;
          toggle.hidden = false;
          host.classList.add('gloss-switch');
          return true;
        },
        destroy: function () {
          if (!live.delete(view)) return;
          var hadSwitch = host.classList.contains('gloss-switch');
          unfollow();
          host.remove();
          job.destroy();
          job.free();
          parts.forEach(function (part) { part.removeAttribute('data-gloss-state'); });
          if (hadSwitch) Array.from(live).some(function (other) { return other.takeSwitch && other.takeSwitch(); });
        }
      };
      live.add(view);
      return view;
    });
  }).catch(function (error) {
    state('error');
    logError(error, call);
    return { element: container, error: error, destroy: function () {} };
  });
}
