// The reader's off switch on an enhanced page: a button of gloss's own, in a shadow root,
// over the page rather than in its layout and untouched by the page's styles; it works
// with the keyboard, a pointer and a touch, and keeps the same stored choice as a widget's
// toolbar switch, so that the choice carries from one kind of page to the other, and one
// switch turns every widget's cards on the page off or on. With cards off, a name is
// plain text to a screen reader too. A host that offers its own switch hides gloss's
// (`toggle: false`, `data-toggle="off"`) and drives the cards with `Gloss.setCards`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { needsSchemaOrg, open, settled, pausedClock } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** The switch of an enhanced page, through the open shadow root that holds it. */
const SWITCH = '.gloss-switch .gloss-toggle';

/** The attributes that make a name a button to assistive technology and the keyboard. */
const ARIA = ['role', 'tabindex', 'aria-expanded', 'aria-haspopup', 'aria-controls'];

/** Each mention's interactive attributes under `root` (the page, or a widget's shadow
 *  root named by its host's selector), and whether the root marks cards off. */
function mentions(page, host) {
  return page.evaluate(({ host, names }) => {
    const root = host ? document.querySelector(host).shadowRoot : document;
    return [...root.querySelectorAll('.gloss-mention')].map((m) => names.map((name) => m.getAttribute(name)).join(' '));
  }, { host, names: ARIA });
}

/** The enhanced test page, enhanced: its script tag has `data-enhance`. */
async function enhanced(options = {}) {
  const page = await harness.page({ viewport: { width: 1000, height: 700 }, ...options });
  await page.goto(`${harness.url}/tests/pages/enhance.html`);
  await settled(page);
  return page;
}

/** Whether a card opens on `page` (whose clock is paused) for a pointer resting on
 *  `mention` for a second, more than the dwell. */
async function hoverOpensCard(page, mention) {
  await page.mouse.move(1, 1);
  await page.locator(mention).first().hover();
  await page.clock.runFor(1000);
  return page.locator('.gloss-card').first().isVisible();
}

test('an enhanced page shows a switch: a pressed button named "Name cards", fixed in a corner', async () => {
  const page = await enhanced();
  const button = page.getByRole('button', { name: 'Name cards', pressed: true });
  assert.equal(await button.count(), 1, 'one switch, announced as a pressed toggle button');
  const placed = await page.evaluate(() => {
    const host = document.querySelector('.gloss-switch');
    const toggle = host.shadowRoot.querySelector('.gloss-toggle');
    const box = toggle.getBoundingClientRect();
    return {
      inShadow: toggle.getRootNode() === host.shadowRoot,
      position: getComputedStyle(toggle.parentElement).position,
      hostHeight: host.getBoundingClientRect().height,
      right: innerWidth - box.right,
      bottom: innerHeight - box.bottom,
      size: box.width >= 24 && box.height >= 24,
    };
  });
  assert.equal(placed.inShadow, true);
  assert.equal(placed.position, 'fixed');
  assert.equal(placed.hostHeight, 0, 'nothing in the page\'s flow');
  assert.ok(placed.right > 0 && placed.right < 40 && placed.bottom > 0 && placed.bottom < 40, JSON.stringify(placed));
  assert.equal(placed.size, true, 'a target of at least 24 by 24 px, for a finger too');
  await page.context().close();
});

test('the switch moves nothing on the page, and the page\'s styles do not reach it', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  const look = async () => page.evaluate(() => {
    const toggle = document.querySelector('.gloss-chrome').shadowRoot.querySelector('.gloss-toggle');
    const style = getComputedStyle(toggle);
    const box = toggle.getBoundingClientRect();
    return {
      style: ['background-color', 'border-top-width', 'padding-top', 'line-height', 'text-transform'].map((p) => style.getPropertyValue(p)),
      box: [Math.round(box.width), Math.round(box.height)],
    };
  });
  const enhance = (css) => page.evaluate(async (css) => {
    window.enhanced?.destroy();
    document.querySelectorAll('article, style').forEach((e) => e.remove());
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
    const article = document.createElement('article');
    article.innerHTML = '<p>Interpol met in Lyon.</p><p>Lyon is in France.</p><footer>The end.</footer>';
    document.body.appendChild(article);
    // The page's own elements, and the page's height; the names' wrappers and the card's
    // host are gloss's.
    const own = [...document.body.querySelectorAll('*')];
    const layout = () => own.map((e) => JSON.stringify(e.getBoundingClientRect())).join() + document.documentElement.scrollHeight;
    const before = layout();
    window.enhanced = await Gloss.enhance(article, { glossary: '/tests/fixtures/glossary.json' });
    return { before, after: layout() };
  }, css);
  const calm = await enhance('');
  assert.equal(calm.after, calm.before, 'every element of the page where it was');
  const calmLook = await look();
  // A host stylesheet that styles everything it reaches, as some real sites do.
  const hostile = await enhance('* { line-height: 3 !important; text-transform: uppercase !important } button { background: lime !important; border: 5px solid purple !important; padding: 30px !important; }');
  assert.equal(hostile.after, hostile.before);
  assert.deepEqual(await look(), calmLook);
  await page.context().close();
});

test('keyboard: Tab reaches the switch, Space turns cards off and names become plain text, Enter turns them on', needsSchemaOrg, async () => {
  const page = await enhanced();
  const on = await mentions(page);
  assert.ok(on.length > 3 && on.every((m) => /^button (0|-1) false dialog/.test(m)), on.join('\n'));
  // The page's last control, then Tab: the switch is next, at the end of the page.
  await page.locator('.content button').focus();
  const stops = await mentions(page);
  // On the way, each name's card opens as it takes focus, and Escape closes it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.classList.contains('gloss-toggle'))) break;
    await page.keyboard.press('Escape');
  }
  const toggle = page.locator(SWITCH);
  assert.equal(await toggle.evaluate((t) => t.matches(':focus-visible')), true, 'the switch has keyboard focus');
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), 'off');
  assert.deepEqual([...new Set(await mentions(page))], ['    '], 'no role, tab stop, state or popup on any name');
  assert.equal(await page.locator('.content').evaluate((c) => c.classList.contains('gloss-cards-off')), true);
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), null);
  assert.deepEqual(await mentions(page), stops, 'each name a button again, with its own tab stop');
  await page.context().close();
});

test('pointer and touch: a click turns cards off, and a tap turns them on', needsSchemaOrg, async () => {
  const page = await enhanced({ hasTouch: true });
  await pausedClock(page);
  await page.locator(SWITCH).click();
  assert.equal(await page.locator(SWITCH).getAttribute('aria-pressed'), 'false');
  assert.equal(await hoverOpensCard(page, '.content [data-gloss-entity="interpol"]'), false, 'no card while off');
  await page.locator(SWITCH).tap();
  assert.equal(await page.locator(SWITCH).getAttribute('aria-pressed'), 'true');
  assert.equal(await hoverOpensCard(page, '.content [data-gloss-entity="interpol"]'), true, 'cards again');
  await page.context().close();
});

test('the choice carries from a widget page to an enhanced page, and back', needsSchemaOrg, async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  await page.locator('.gloss-host .gloss-toggle').click();
  await page.goto(`${harness.url}/tests/pages/enhance.html`);
  await settled(page);
  assert.equal(await page.locator(SWITCH).getAttribute('aria-pressed'), 'false', 'off, as the reader left it');
  assert.deepEqual([...new Set(await mentions(page))], ['    ']);
  await page.locator(SWITCH).click();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  assert.equal(await page.locator('.gloss-host .gloss-toggle').getAttribute('aria-pressed'), 'true', 'on, as the reader left it');
  assert.ok((await mentions(page, '.gloss-host')).every((m) => m.startsWith('button ')));
  await page.context().close();
});

test('one switch for a page of several articles, and every widget on the page follows it', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  await page.evaluate(async () => {
    window.enhanced = [];
    for (const text of ['Interpol met in Lyon.', 'Lyon is in France.']) {
      const article = document.createElement('article');
      article.innerHTML = `<p>${text}</p>`;
      document.body.appendChild(article);
      window.enhanced.push(await Gloss.enhance(article, { glossary: '/tests/fixtures/glossary.json' }));
    }
  });
  assert.equal(await page.locator(SWITCH).count(), 1);
  assert.deepEqual(await page.locator('.gloss-chrome .gloss-toggle').evaluateAll((all) => all.map((t) => t.hidden)), [false, true], 'the second article\'s is hidden');
  await page.locator(SWITCH).click();
  await page.waitForFunction(() => document.querySelector('.gloss-host').shadowRoot.querySelector('.gloss-toggle').getAttribute('aria-pressed') === 'false');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('article')].map((a) => a.classList.contains('gloss-cards-off'))), [true, true]);
  // And the widget's own switch turns them all on again.
  await page.locator('.gloss-host .gloss-toggle').click();
  await page.waitForFunction(() => document.querySelector('.gloss-switch').shadowRoot.querySelector('.gloss-toggle').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('article')].map((a) => a.classList.contains('gloss-cards-off'))), [false, false]);
  // The article whose switch shows goes (infinite scroll): the next one shows its own.
  await page.evaluate(() => window.enhanced[0].destroy());
  assert.equal(await page.locator(SWITCH).count(), 1);
  assert.deepEqual(await page.locator('.gloss-chrome .gloss-toggle').evaluateAll((all) => all.map((t) => t.hidden)), [false]);
  await page.locator(SWITCH).click();
  await page.waitForFunction(() => document.querySelectorAll('article')[1].classList.contains('gloss-cards-off'));
  await page.context().close();
});

test('every widget follows the switch on a page that stops clicks at the document', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  await page.evaluate(async () => {
    // A click-outside handler of the kind many sites have.
    document.addEventListener('click', (event) => event.stopPropagation());
    const article = document.createElement('article');
    article.innerHTML = '<p>Interpol met in Lyon.</p>';
    document.body.appendChild(article);
    await Gloss.enhance(article, { glossary: '/tests/fixtures/glossary.json' });
  });
  await page.locator(SWITCH).click();
  await page.waitForFunction(() => document.querySelector('.gloss-host').shadowRoot.querySelector('.gloss-toggle').getAttribute('aria-pressed') === 'false');
  await page.context().close();
});

test('a host hides gloss\'s switches and drives the cards with Gloss.setCards', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(async () => {
    const widget = document.createElement('div');
    widget.id = 'widget';
    const article = document.createElement('article');
    article.innerHTML = '<p>Interpol met in Lyon.</p>';
    document.body.append(widget, article);
    await Gloss.mount(widget, '/tests/fixtures/bare-article.json', { toggle: false });
    await Gloss.enhance(article, { toggle: false, glossary: '/tests/fixtures/glossary.json' });
  });
  assert.equal(await page.locator('.gloss-toggle:visible').count(), 0, 'no switch of gloss\'s shows');
  assert.equal(await page.locator('#widget .gloss-toolbar').isVisible(), false, 'nor the widget\'s empty toolbar');
  const off = () => page.evaluate(() => [document.getElementById('widget').shadowRoot.querySelector('.gloss-root'), document.querySelector('article')]
    .map((e) => e.classList.contains('gloss-cards-off')));
  await page.evaluate(() => Gloss.setCards(false));
  assert.deepEqual(await off(), [true, true]);
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), 'off');
  assert.deepEqual([...new Set(await mentions(page, '#widget'))], ['    ']);
  await page.evaluate(() => Gloss.setCards(true));
  assert.deepEqual(await off(), [false, false]);
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), null);
  // Before anything is mounted, the choice is stored for the widgets to come.
  await page.evaluate(() => Gloss.setCards(false));
  await page.reload();
  await page.evaluate(() => Gloss.mount(document.body.appendChild(document.createElement('div')), '/tests/fixtures/bare-article.json'));
  assert.equal(await page.locator('.gloss-toggle').getAttribute('aria-pressed'), 'false');
  await page.context().close();
});

test('data-toggle="off" on the script tag, and toggle="off" on the element, hide the switch', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => {
    const article = document.createElement('article');
    article.innerHTML = '<div class="content"><p>Interpol met in Lyon.</p></div>';
    const element = document.createElement('gloss-article');
    element.setAttribute('toggle', 'off');
    element.setAttribute('src', '/tests/fixtures/bare-article.json');
    const tag = document.createElement('script');
    tag.src = '/pkg/gloss-loader.js';
    tag.dataset.enhance = 'article .content';
    tag.dataset.toggle = 'off';
    tag.dataset.glossary = '/tests/fixtures/glossary.json';
    document.body.append(article, element, tag);
  });
  await settled(page, 2);
  assert.equal(await page.locator('.gloss-toggle:visible').count(), 0);
  assert.equal(await page.locator('.content .gloss-mention').count() > 0, true, 'the article is enhanced');
  await page.context().close();
});
