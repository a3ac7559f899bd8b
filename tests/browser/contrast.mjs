// WCAG contrast, computed in the page from the computed colours of the real elements,
// each alpha-composited over what is actually behind it: the backgrounds of its
// ancestors (across shadow roots) down to the first opaque one, then the canvas.

/** WCAG AA: text, and what is not text (underlines, focus rings, the progress bar). */
export const AA = { text: 4.5, ui: 3 };

/** Sets `attributes` on gloss's script tag as the parser inserts it, before the loader
 *  reads them, as a publisher's tag would carry them. */
export async function tagAttributes(page, attributes) {
  await page.addInitScript((wanted) => {
    new MutationObserver((records, observer) => {
      const tag = document.querySelector('script[src*="gloss-loader"]');
      if (!tag) return;
      for (const [name, value] of Object.entries(wanted)) tag.setAttribute(name, value);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, attributes);
}

/** Every check that fails its threshold, as readable lines. */
export async function failures(page, items) {
  const results = await page.evaluate(contrasts, items);
  return results
    .filter((result, i) => result.ratio < (items[i][2] === 'text' ? AA.text : AA.ui))
    .map((result) => `${result.label}: ${result.ratio.toFixed(2)}:1, ${result.detail}`);
}

/**
 * Runs in the page (pass it to `page.evaluate`): for each `[label, path, kind]`, the
 * contrast ratio of what `kind` draws against what is behind it, as `{ label, ratio,
 * detail }`. `path` is a selector, with ` >>> ` stepping into an element's shadow root
 * (`.gloss-host >>> .gloss-title`); it must match. Kinds:
 *   text       the element's text colour, against the element's backdrop;
 *   underline  its text-decoration colour, against the same;
 *   outline    its outline (which must be drawn), against its parent's backdrop;
 *   fill       its background colour, against its parent's backdrop;
 *   dot        its ::before's background colour, against its own backdrop.
 */
export function contrasts(items) {
  const parse = (text) => {
    let match = /^rgba?\(([^)]*)\)$/.exec(text);
    if (match) {
      const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    }
    match = /^color\(srgb ([^)]*)\)$/.exec(text);
    if (match) {
      const [r, g, b, a = 1] = match[1].split(/[\s/]+/).filter(Boolean).map(Number);
      return [r * 255, g * 255, b * 255, a];
    }
    throw new Error(`a colour this check cannot read: ${text}`);
  };
  const over = (top, below) => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
  const parent = (node) => node.parentElement || node.getRootNode().host || null;
  const canvas = () => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.documentElement.appendChild(probe);
    const color = parse(getComputedStyle(probe).backgroundColor);
    probe.remove();
    return color;
  };
  // The layers behind and under `node`'s content, nearest first: a background image
  // counts only as a gradient of one colour (the widget's own fill), anything else fails.
  const backdrop = (node) => {
    const layers = [];
    for (let at = node; at; at = parent(at)) {
      const style = getComputedStyle(at);
      if (style.backgroundImage !== 'none') {
        const colors = [...new Set(style.backgroundImage.match(/(rgba?|color)\([^)]*\)/g) || [])];
        if (!/^linear-gradient\(/.test(style.backgroundImage) || colors.length !== 1) {
          throw new Error(`cannot tell what is behind ${node.className}: ${style.backgroundImage}`);
        }
        layers.push(parse(colors[0]));
      }
      layers.push(parse(style.backgroundColor));
      if (layers.some((layer) => layer[3] === 1)) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvas());
  };
  const luminance = (rgb) => rgb.slice(0, 3).reduce((sum, channel, i) => {
    const c = channel / 255;
    return sum + [0.2126, 0.7152, 0.0722][i] * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const find = (path) => {
    let scope = document;
    let found = null;
    for (const part of path.split(' >>> ')) {
      found = scope.querySelector(part);
      if (!found) throw new Error(`nothing matches ${path}`);
      scope = found.shadowRoot;
    }
    return found;
  };
  const show = (rgb) => `rgb(${rgb.slice(0, 3).map(Math.round).join(', ')})`;
  return items.map(([label, path, kind]) => {
    const element = find(path);
    const style = getComputedStyle(element);
    let behind = backdrop(element);
    let drawn;
    if (kind === 'text') drawn = parse(style.color);
    else if (kind === 'underline') drawn = parse(style.textDecorationColor);
    else if (kind === 'dot') drawn = parse(getComputedStyle(element, '::before').backgroundColor);
    else {
      behind = backdrop(parent(element));
      if (kind === 'fill') drawn = parse(style.backgroundColor);
      else if (kind === 'outline' && style.outlineStyle !== 'none') drawn = parse(style.outlineColor);
      else throw new Error(`${label}: no ${kind} is drawn`);
    }
    const seen = over(drawn, behind);
    return { label, ratio: ratio(seen, behind), detail: `${show(seen)} on ${show(behind)}` };
  });
}
