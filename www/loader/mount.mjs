// A widget: an article rendered into an element's shadow root, in slices.

import { assets, glue, styleWidget, widgetRoot } from './assets.mjs';
import { fetchJson } from './fetch.mjs';
import { watchKnowledge } from './knowledge.mjs';
import { inSlices, nextTask, SLICE_MS } from './slices.mjs';
import { followTheme } from './theme.mjs';
import { contain, limitsOf, live, loadGlossaries, loggedTrap, showError, warmDates } from './widget.mjs';

/** Mounts a view into `element`'s shadow root. Resolves to `{ destroy() }`. */
export function mount(element, articleOrUrl, options) {
  options = options || {};
  warmDates();
  // The box holds, through the CSSOM (CSP allows it), the height the page gave the
  // element (with its CSS, or the content it had), else the rest of the first screen
  // (an empty or inline element; none below the fold, where a negative height is
  // refused); and keeps it, so that nothing below the widget moves while it loads, nor
  // after.
  if (!element.style.minHeight) element.style.minHeight = (parseFloat(getComputedStyle(element).height) || innerHeight - element.getBoundingClientRect().top) + 'px';
  var shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
  while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
  var root = widgetRoot(shadow);
  var unfollow = followTheme(root, options.theme, true);
  watchKnowledge(root, root, options, glue('gloss'));
  element.setAttribute('data-gloss-state', 'loading');

  var source = typeof articleOrUrl === 'string' ? articleOrUrl : null;
  var limits = limitsOf(options);
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
  assets.sheetReady.then(styleOnce);
  // Removes every node, listener and timer this view added; safe to call at any time.
  var view = {
    element: element,
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
  var mounting = Promise.all([glue('gloss'), article, loadGlossaries(options.glossary, source ? new URL(source, document.baseURI).href : undefined, limits), assets.sheetReady])
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
      return assets.sheetReady.then(function () { return failed(error); });
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
