// What a script tag asks for: a widget after it or in `data-target`, or enhancement of
// the containers `data-enhance` names.

import { glue, importModule } from './assets.mjs';
import { enhance } from './in-place.mjs';
import { mount } from './mount.mjs';
import { pageNamesJsonLd } from './widget.mjs';

/** Widget options from attributes, read through `get(name)`: the script tag's
 *  `data-*` attributes or the custom element's plain ones. */
export function optionsFrom(get) {
  var off = function (name) { var value = get(name); return value === 'off' || value === 'false'; };
  var on = function (name) { return get(name) !== null && !off(name); };
  var glossary = get('glossary');
  return {
    glossary: glossary ? glossary.split(/\s+/).filter(Boolean) : undefined,
    theme: get('theme') || undefined,
    cards: !off('cards'),
    toggle: !off('toggle'),
    index: on('index'),
    progress: on('progress'),
    knowledge: get('knowledge') || undefined,
    // The finders off, and which wasm build (docs/embedding.md, "Lean and full builds").
    auto: off('auto') ? false : undefined,
    build: get('build') || undefined
  };
}

/** Mounts the widget a script tag asks for, after the tag or into `data-target`. */
export function boot(tag) {
  if (tag && tag.hasAttribute('data-enhance')) {
    var options = optionsFrom(function (name) { return tag.getAttribute('data-' + name); });
    // The downloads start now, while the rest of the page is parsed; the wasm's where the
    // attributes choose the build, else once the glossaries say which (`buildFor`: with
    // the finders off, a page's JSON-LD lets them decide too; JSON-LD below the tag is seen
    // only then, and this lean download may go unused).
    if (options.build === 'full' || options.build === 'lean' || options.auto === false && !pageNamesJsonLd()) glue(options.build === 'full' ? 'gloss-enhancement' : 'gloss-enhancement-lean');
    importModule('gloss-enhance.js');
    // The containers the selector matches are one article for each nearest <article>
    // that holds them (or none): a body split by an ad slot is read as one.
    var start = function () {
      var articles = new Map();
      document.querySelectorAll(tag.getAttribute('data-enhance')).forEach(function (container) {
        var key = container.closest('article');
        articles.set(key, (articles.get(key) || []).concat(container));
      });
      articles.forEach(function (parts) { enhance(parts, options, 'the script tag'); });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    return;
  }
  if (!tag || !tag.getAttribute('data-article')) return;
  var target = tag.getAttribute('data-target');
  var host = target ? document.querySelector(target) : null;
  if (!host) {
    host = document.createElement('div');
    host.className = 'gloss-host';
    tag.parentNode.insertBefore(host, tag.nextSibling);
  }
  mount(host, tag.getAttribute('data-article'), optionsFrom(function (name) { return tag.getAttribute('data-' + name); }), 'the script tag');
}
