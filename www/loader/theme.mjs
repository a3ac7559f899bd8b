// The widget's palette follows what the page actually shows behind it, not the reader's
// system setting: a light-only page stays light for a reader whose system is dark.

var pixel;

/** The lightness (luma, from 0 to 2550: near enough to choose a palette by) of `colors`
 *  painted one over the other, from the back, on a one-pixel canvas, which composites
 *  their alpha and reads every syntax the browser knows (computed colours may be
 *  oklch(), color(), …). The pixel is not cleared: a backdrop starts with an opaque
 *  colour, and a text colour is opaque or nearly. */
function painted(colors) {
  pixel = pixel || document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  colors.forEach(function (color) {
    pixel.fillStyle = color;
    pixel.fillRect(0, 0, 1, 1);
  });
  var rgb = pixel.getImageData(0, 0, 1, 1).data;
  return 2 * rgb[0] + 7 * rgb[1] + rgb[2];
}

/**
 * Gives `root` its palette (`data-dark` or not) for `theme` ('light', 'dark', or
 * anything else for auto) and what shows behind it: the canvas, each ancestor's
 * background (across shadow roots) and the root's own (the host's `--gloss-bg`). The
 * canvas is taken to be dark where the page's text is light: Canvas and CanvasText
 * follow the page's `color-scheme`, and a page whose background is an image has text
 * that reads on it. Where the palette would not read on what is behind (an explicit
 * theme against the page's, a mid-tone), a root that `fills` (a reading view's; not the
 * enhancer's, whose box is empty but for the card) paints its own background
 * (`data-fill`).
 * Checks again when the page may have changed (an ancestor's attributes, a stylesheet
 * that loads, a transition's end, the system setting); returns the function that stops.
 */
export function followTheme(root, theme, fills) {
  var tree = [];
  for (var node = root; node; node = node.parentElement || node.getRootNode().host) tree.push(node);
  var check = function () {
    // A root the page removed shows nothing, and its computed colours are empty: a
    // palette read from them could flip its own attributes forever.
    if (!root.isConnected) return;
    var luma = painted(tree.map(function (element) { return getComputedStyle(element).backgroundColor; })
      .concat(painted([getComputedStyle(tree[1]).color]) > 1700 ? '#121212' : '#fff').reverse());
    // At a luma of 1220 (a luminance of 0.2) both palettes' text reads equally well; the
    // muted text reads at 4.5:1 from 2170 (0.7) up on the light palette, and up to 640
    // (0.05) on the dark one. Unchanged, neither attribute is touched.
    var dark = theme == 'dark' || theme != 'light' && luma < 1220;
    root.toggleAttribute('data-dark', dark);
    root.toggleAttribute('data-fill', !!fills && (dark ? luma > 640 : luma < 2170));
  };
  check();
  var observer = new MutationObserver(check);
  tree.forEach(function (element) { observer.observe(element, { attributes: true }); });
  var listening = new AbortController();
  var options = { capture: true, signal: listening.signal };
  document.addEventListener('load', check, options);
  document.addEventListener('transitionend', check, options);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', check, options);
  return function () {
    observer.disconnect();
    listening.abort();
  };
}
