// The styles of an enhanced page's card and switch (gloss-chrome.css), part of
// gloss-enhance.js: the enhancer's shadow root adopts them, so that an enhanced page
// fetches no stylesheet for its card and downloads none of the reading view's rules.

/** gloss-chrome.css, minified: scripts/minify.mjs writes it in. */
var CHROME_CSS = '';
var sheet;

/** The card's and the switch's styles as one constructed stylesheet for every enhanced
 *  article on the page; undefined where a browser cannot adopt one, whose shadow root
 *  links gloss.css instead (it holds every rule of gloss-chrome.css, in the same order). */
export function chromeSheet() {
  if (!sheet && 'adoptedStyleSheets' in Document.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CHROME_CSS);
  }
  return sheet;
}
