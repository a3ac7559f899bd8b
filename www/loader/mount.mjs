// A widget: an article rendered into an element's shadow root, in slices.

import { assets, styleWidget, widgetRoot, widgetSheet } from './assets.mjs';
import { argumentError, checkedOptions } from './errors.mjs';
import { fetchJson } from './fetch.mjs';
import { watchKnowledge } from './knowledge.mjs';
import { inSlices, nextTask, SLICE_MS } from './slices.mjs';
import { followTheme } from './theme.mjs';
import { buildFor, contain, limitsOf, live, loadGlossaries, logError, showError, warmDates } from './widget.mjs';

/** `element`'s open shadow root, made or emptied, with the element's box held: through
 *  the CSSOM (CSP allows it), the height the page gave the element (with its CSS, or the
 *  content it had), else the rest of the first screen (an empty or inline element; none
 *  below the fold, where a negative height is refused), kept so that nothing below the
 *  widget moves while it loads, nor after. The height is measured before the shadow root
 *  hides the element's content. An element that cannot hold one throws, naming `call`. */
function emptyShadow(element, call) {
  var height = element && element.nodeType === 1 && !element.style.minHeight && (parseFloat(getComputedStyle(element).height) || innerHeight - element.getBoundingClientRect().top) + 'px';
  try {
    var shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
  } catch (error) {
    throw argumentError(call, 'element', 'an Element that can hold a shadow root', element);
  }
  if (height) element.style.minHeight = height;
  while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
  return shadow;
}

/** Mounts a view into `element`'s shadow root. Resolves to `{ destroy() }`. Bad
 *  arguments throw, naming `call` (`mount`, or the markup that asked). */
export function mount(element, articleOrUrl, options, call) {
  call = call || 'mount';
  if (!articleOrUrl || typeof articleOrUrl !== 'object' && typeof articleOrUrl !== 'string') {
    throw argumentError(call, 'articleOrUrl', 'an article or its URL', articleOrUrl);
  }
  options = checkedOptions(call, options);
  var shadow = emptyShadow(element, call);
  warmDates();
  var root = widgetRoot(shadow);
  var unfollow = followTheme(root, options.theme, true);
  element.setAttribute('data-gloss-state', 'loading');

  var source = typeof articleOrUrl === 'string' ? articleOrUrl : null;
  var limits = limitsOf(options);
  // A URL that does not parse fails as one that cannot be fetched: in the widget's box.
  var article = Promise.resolve().then(function () {
    return source ? fetchJson(source = new URL(source, document.baseURI).href, undefined, limits) : articleOrUrl;
  });
  var inner = null;
  var destroyed = false;
  // Styled as soon as the shared stylesheet has settled, usually long before the wasm
  // is ready; `style` is the link, if one was needed.
  var styled = false;
  var style = null;
  var styleOnce = function () {
    if (styled || destroyed) return;
    styled = true;
    style = styleWidget(shadow, root, assets.sharedSheet);
  };
  var sheetReady = widgetSheet();
  sheetReady.then(styleOnce);
  // Removes every node, listener and timer this view added; safe to call at any time.
  var view = {
    element: element,
    controls: root,
    contain: function (event) { contain(event, element, inner, root, root); },
    destroy: function () {
      if (destroyed) return;
      destroyed = true;
      live.delete(view);
      unfollow();
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
  var glossaries = loadGlossaries(options.glossary, source, limits);
  var wasm = buildFor('gloss', options, glossaries, article);
  watchKnowledge(root, root, options, wasm);
  var mounting = Promise.all([wasm, article, glossaries, sheetReady])
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
    logError(error, source || 'article');
    showError(root, options);
    view.error = error;
    return view;
  }
  // The view before it resolves, so that the element can stop a long render midway.
  mounting.view = view;
  return mounting;
}
