// The <gloss-article> element.

import { optionsFrom } from './boot.mjs';
import { mount } from './mount.mjs';

/**
 * <gloss-article src="article.json" glossary="site.json" index theme="dark">: the widget
 * as an element. Changing an attribute renders again; removing the element cleans up.
 * An attribute value gloss cannot use is a console warning naming it.
 */
export function defineElement() {
  if (!window.customElements || window.customElements.get('gloss-article')) return;
  class GlossArticle extends HTMLElement {
    static get observedAttributes() { return ['src', 'glossary', 'theme', 'cards', 'toggle', 'index', 'progress', 'knowledge', 'auto', 'build']; }
    // An element upgraded in the page reports each of its attributes as changed before
    // it is connected: it renders once, when connected, not once for each of them.
    connectedCallback() { this.attached = true; this.render(); }
    attributeChangedCallback() { if (this.attached) this.render(); }
    disconnectedCallback() { this.attached = false; this.release(); }
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
      var mounting = mount(element, src, optionsFrom(function (name) { return element.getAttribute(name); }), '<gloss-article>');
      element.view = mounting.view;
      mounting.then(function (view) {
        if (element.generation !== generation) view.destroy();
      });
    }
  }
  window.customElements.define('gloss-article', GlossArticle);
}
