// An enhanced page's card and switch (its "chrome") are styled by gloss-chrome.css, the
// parts of gloss.css they use, which gloss-enhance.js brings: the page fetches no
// gloss.css, and every element of the chrome computes the same style as under gloss.css,
// in each theme, medium and preference. A browser that cannot adopt a constructed
// stylesheet links gloss.css instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** A glossary whose card shows every part: kind, name, image, summary, facts, links,
 *  related chips, and the previous and next buttons of a name mentioned twice. */
const GLOSSARY = [
  {
    id: 'interpol', name: 'Interpol', kind: 'organization', summary: 'The international police organisation.',
    image: 'https://example.org/interpol.png', facts: [{ label: 'Founded', value: '1923' }],
    links: [{ label: 'Website', url: 'https://www.interpol.int/' }], related: ['lyon'],
  },
  { id: 'lyon', name: 'Lyon', kind: 'place', summary: 'A city in France.' },
];

/** A blank page with one article, enhanced with `options`; resolves once it is ready,
 *  with the page and every URL it requested. */
async function enhanced(options, contextOptions = {}) {
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, ...contextOptions });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(([glossary, options]) => {
    document.body.insertAdjacentHTML('beforeend', '<article><div class="content"><p>Interpol met in Lyon.</p><p>Interpol voted.</p></div></article>');
    return Gloss.enhance(document.querySelector('.content'), { glossary, ...options });
  }, [GLOSSARY, options]);
  return { page, fetched };
}

/** The computed style of every element in the chrome's shadow root, and of its ::before
 *  and ::after, under its own stylesheet and then under gloss.css: both in one task, once
 *  no animation runs, so that nothing the cards do (placing the card again on a resize)
 *  comes between them. */
function bothWays(page) {
  return page.evaluate(async () => {
    const shadow = document.querySelector('.gloss-chrome').shadowRoot;
    if (!window.fullSheet) {
      window.fullSheet = new CSSStyleSheet();
      window.fullSheet.replaceSync(await (await fetch('/pkg/gloss.css')).text());
    }
    await Promise.all(shadow.getAnimations().map((a) => a.finished));
    const snapshot = () => {
      const styles = {};
      [shadow.host, ...shadow.querySelectorAll('*')].forEach((element, i) => {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          styles[`${i} ${element.localName}.${element.className}${pseudo || ''}`] = Object.fromEntries([...style].map((p) => [p, style.getPropertyValue(p)]));
        }
      });
      return styles;
    };
    const own = [...shadow.adoptedStyleSheets];
    const before = snapshot();
    shadow.adoptedStyleSheets = [window.fullSheet];
    const full = snapshot();
    shadow.adoptedStyleSheets = own;
    return [before, full];
  });
}

/** The properties in which two snapshots differ, by element. */
function differences(own, full) {
  assert.deepEqual(Object.keys(own), Object.keys(full));
  return Object.keys(own).flatMap((key) => Object.keys(own[key])
    .filter((p) => own[key][p] !== full[key][p])
    .map((p) => `${key} ${p}: ${own[key][p]} (gloss.css: ${full[key][p]})`));
}

for (const theme of ['light', 'dark']) {
  for (const [width, height] of [[1100, 800], [400, 700]]) {
    test(`the chrome looks as under gloss.css: theme ${theme}, ${width}px, card and switch, screen, print, reduced motion, forced colours`, async () => {
      const { page, fetched } = await enhanced({ theme });
      await page.setViewportSize({ width, height });
      assert.deepEqual(fetched.filter((p) => p.endsWith('.css')), ['/pkg/gloss-enhance.css'], 'no gloss.css');
      const shadow = await page.evaluate(() => {
        const root = document.querySelector('.gloss-chrome').shadowRoot;
        return { links: root.querySelectorAll('link').length, adopted: root.adoptedStyleSheets.length, rules: [...root.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n') };
      });
      assert.equal(shadow.links, 0);
      assert.equal(shadow.adopted, 1);
      assert.match(shadow.rules, /\.gloss-card-name/);
      assert.doesNotMatch(shadow.rules, /\.gloss-(article|title|mention|index-entry|endnotes|error)\b/, 'none of the reading view\'s rules');

      const found = [];
      const check = async (what) => {
        for (const media of [{}, { media: 'print' }, { reducedMotion: 'reduce' }, { forcedColors: 'active' }]) {
          await page.emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none', ...media });
          found.push(...differences(...await bothWays(page)).map((d) => `${what} ${JSON.stringify(media)}: ${d}`));
        }
        await page.emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' });
      };
      // The card open from the keyboard, then focus on its first button, then the switch
      // turned off.
      await page.locator('.content .gloss-mention').first().focus();
      const card = page.locator('.gloss-chrome .gloss-card');
      await card.waitFor({ state: 'visible' });
      assert.equal(await card.locator('.gloss-card-facts, .gloss-card-links, .gloss-card-related, .gloss-card-image').count(), 4);
      assert.equal(await card.locator('.gloss-card-nav button').count(), 2);
      await check('card open');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.querySelector('.gloss-chrome').shadowRoot.activeElement?.className), 'gloss-card-close');
      await check('card focused');
      await page.keyboard.press('Escape');
      await page.locator('.gloss-chrome .gloss-toggle').click();
      assert.equal(await page.locator('.gloss-chrome .gloss-toggle').getAttribute('aria-pressed'), 'false');
      await check('switch off');
      assert.deepEqual(found, []);
    });
  }
}

test('where a browser cannot adopt a stylesheet, the chrome links gloss.css', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 800 } });
  await page.addInitScript(() => {
    delete Document.prototype.adoptedStyleSheets;
    delete ShadowRoot.prototype.adoptedStyleSheets;
  });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate((glossary) => {
    document.body.insertAdjacentHTML('beforeend', '<article><div class="content"><p>Interpol met in Lyon.</p></div></article>');
    return Gloss.enhance(document.querySelector('.content'), { glossary });
  }, GLOSSARY);
  await page.waitForFunction(() => document.querySelector('.gloss-chrome').shadowRoot.querySelector('link')?.sheet);
  assert.equal(await page.evaluate(() => new URL(document.querySelector('.gloss-chrome').shadowRoot.querySelector('link[rel="stylesheet"]').href).pathname), '/pkg/gloss.css');
  await page.locator('.content .gloss-mention').first().focus();
  const card = page.locator('.gloss-chrome .gloss-card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.evaluate((e) => getComputedStyle(e).position), 'fixed');
  assert.equal(await page.locator('.gloss-chrome .gloss-toolbar').evaluate((e) => getComputedStyle(e).position), 'fixed');
});

test('a page with a widget and an enhanced article fetches gloss.css once, for the widget', async () => {
  const { page, fetched } = await enhanced({});
  await page.evaluate(async () => {
    document.body.insertAdjacentHTML('afterbegin', '<div id="widget"></div>');
    await Gloss.mount(document.getElementById('widget'), '/tests/fixtures/minimal.json');
  });
  assert.equal(await page.locator('#widget').getAttribute('data-gloss-state'), 'ready');
  assert.deepEqual(fetched.filter((p) => p.endsWith('.css')).sort(), ['/pkg/gloss-enhance.css', '/pkg/gloss.css']);
  const sheets = await page.evaluate(() => {
    const widget = document.getElementById('widget').shadowRoot.adoptedStyleSheets;
    const chrome = document.querySelector('.gloss-chrome').shadowRoot.adoptedStyleSheets;
    return { widget: widget.length, chrome: chrome.length, same: widget[0] === chrome[0], fewer: chrome[0].cssRules.length < widget[0].cssRules.length };
  });
  assert.deepEqual(sheets, { widget: 1, chrome: 1, same: false, fewer: true });
});
