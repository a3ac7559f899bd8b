// Card behaviour on the demo page: pointer timings with a fake clock, the safe path into
// the card, keyboard, touch and the bottom sheet, placement, navigation, the entity
// index, the reader's off switch, themes, and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { open, settled, restingBox, ARTIFACTS, pausedClock, needsFinders } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOST = '.gloss-host';
const CARD = `${HOST} .gloss-card`;
let harness;

before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

async function demo(options = {}) {
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, ...options });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  return page;
}

/** A blank page with `article` (a URL or an object) mounted in a new element `#id`. */
async function mountedOnBlank(id, article) {
  const page = await harness.page({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  await page.evaluate(async ({ id, article }) => {
    const host = document.createElement('div');
    host.id = id;
    document.body.appendChild(host);
    await Gloss.mount(host, article);
  }, { id, article });
  return page;
}

const visible = (page) => page.locator(CARD).isVisible();
const centre = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

test('a card opens after the 300 ms dwell and closes 300 ms after the pointer leaves', async () => {
  const page = await demo();
  await pausedClock(page);
  const mention = page.locator(`${HOST} [data-gloss-entity="ipac"]`).first();
  await mention.hover();
  await page.clock.runFor(250);
  assert.equal(await visible(page), false, 'not before the dwell');
  await page.clock.runFor(100);
  assert.equal(await visible(page), true, 'open after the dwell');
  await page.mouse.move(5, 400);
  await page.clock.runFor(250);
  assert.equal(await visible(page), true, 'still open inside the hide delay');
  await page.clock.runFor(100);
  assert.equal(await visible(page), false, 'closed after the hide delay');
});

test('the dwell is configurable', async () => {
  const page = await harness.page({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  await page.evaluate(() => Gloss.mount(document.getElementById('api'), '/tests/fixtures/bare-article.json', { dwell: 800, glossary: '/tests/fixtures/glossary.json' }));
  await page.waitForFunction(() => document.getElementById('api').dataset.glossState === 'ready');
  await pausedClock(page);
  await page.locator('#api [data-gloss-entity="lyon"]').first().hover();
  await page.clock.runFor(500);
  assert.equal(await page.locator('#api .gloss-card').isVisible(), false);
  await page.clock.runFor(400);
  assert.equal(await page.locator('#api .gloss-card').isVisible(), true);
});

test('the pointer can cross the gap into the card, and the card stays open', async () => {
  const page = await demo();
  await pausedClock(page);
  const mention = page.locator(`${HOST} [data-gloss-entity="hu-binchen"]`).first();
  await mention.hover();
  await page.clock.runFor(350);
  const from = centre(await restingBox(mention));
  const card = await restingBox(page.locator(CARD));
  const gapY = card.y > from.y ? card.y - 4 : card.y + card.height + 4;
  // Stop in the gap, outside both mention and card, on the straight path to the card.
  await page.mouse.move(from.x, gapY, { steps: 4 });
  await page.clock.runFor(1000);
  assert.equal(await visible(page), true, 'the safe triangle keeps the card open');
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 4 });
  await page.clock.runFor(1000);
  assert.equal(await visible(page), true, 'inside the card');
  await page.mouse.move(5, 5, { steps: 2 });
  await page.clock.runFor(400);
  assert.equal(await visible(page), false, 'leaving both closes it');
});

test('leaving and quickly re-entering keeps the card open', async () => {
  const page = await demo();
  await pausedClock(page);
  const mention = page.locator(`${HOST} [data-gloss-entity="meng-hongwei"]`).first();
  await mention.hover();
  await page.clock.runFor(350);
  await page.mouse.move(5, 5);
  await page.clock.runFor(150);
  await mention.hover();
  await page.clock.runFor(1000);
  assert.equal(await visible(page), true);
  assert.equal(await page.locator(CARD).getAttribute('data-gloss-card'), 'meng-hongwei');
});

test('keyboard: few tab stops, focus opens at once, Tab goes through the card, Escape returns focus', async () => {
  const page = await demo();
  const stops = await page.locator(`${HOST} .gloss-mention[tabindex="0"]`).count();
  const all = await page.locator(`${HOST} .gloss-mention`).count();
  assert.ok(stops < all, `${stops} tab stops for ${all} mentions`);
  const active = () => page.evaluate(() => {
    const root = document.querySelector('.gloss-host').shadowRoot;
    const element = root.activeElement;
    return element ? { entity: element.dataset.glossEntity || null, inCard: root.querySelector('.gloss-card').contains(element), text: element.textContent } : null;
  });
  await page.locator(`${HOST} .gloss-index-button`).focus();
  await page.keyboard.press('Tab');
  const first = await active();
  assert.ok(first.entity, 'Tab reaches the first mention');
  assert.equal(await visible(page), true, 'focus opened the card at once');
  assert.equal(await page.locator(CARD).getAttribute('data-gloss-card'), first.entity);
  await page.keyboard.press('Tab');
  assert.equal((await active()).inCard, true, 'Tab moves into the card');
  let guard = 0;
  while ((await active()).inCard && guard++ < 20) await page.keyboard.press('Tab');
  const second = await active();
  assert.ok(second.entity, 'Tab out of the card reaches the next mention');
  assert.equal(await page.locator(CARD).getAttribute('data-gloss-card'), second.entity);
  await page.keyboard.press('Escape');
  assert.equal(await visible(page), false);
  assert.deepEqual(await active(), second, 'Escape leaves focus on the mention');
  await page.keyboard.press('Enter');
  assert.equal(await visible(page), true, 'Enter opens it again');
});

test('touch: a tap opens a bottom sheet, a tap outside or on close shuts it', async () => {
  const page = await demo({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const mention = page.locator(`${HOST} [data-gloss-entity="safeguard-defenders"]`).first();
  await mention.tap();
  await page.locator(CARD).waitFor({ state: 'visible' });
  assert.match(await page.locator(CARD).getAttribute('class'), /gloss-sheet/);
  await page.locator(CARD).evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
  const sheet = await restingBox(page.locator(CARD));
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  assert.equal(Math.round(sheet.width), viewport.width);
  assert.equal(Math.round(sheet.y + sheet.height), viewport.height);
  await page.screenshot({ path: `${ARTIFACTS}/card-mobile.png` });
  await page.touchscreen.tap(200, 60);
  await page.locator(CARD).waitFor({ state: 'hidden' });
  await mention.tap();
  await page.locator(CARD).waitFor({ state: 'visible' });
  await page.locator(`${CARD} .gloss-card-close`).tap();
  await page.locator(CARD).waitFor({ state: 'hidden' });
  const triggers = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('gloss:open', (e) => resolve(e.detail.trigger), { once: true });
  }));
  await mention.tap();
  assert.equal(await triggers, 'touch');
});

test('placement: flips above near the bottom edge and stays inside the viewport sideways', async () => {
  const page = await demo({ viewport: { width: 700, height: 600 } });
  const mentions = page.locator(`${HOST} .gloss-mention`);
  const count = Math.min(await mentions.count(), 30);
  let flipped = 0;
  for (let i = 0; i < count; i++) {
    const mention = mentions.nth(i);
    await mention.evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await mention.evaluate((e) => e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const m = await restingBox(mention);
    const c = await restingBox(page.locator(CARD));
    assert.ok(c.x >= 8 && c.x + c.width <= 700 - 8, `card ${i} inside the viewport: ${c.x}..${c.x + c.width}`);
    const fitsBelow = m.y + m.height + 10 + c.height <= 600 - 10;
    const fitsAbove = m.y - 10 - c.height >= 10;
    if (fitsBelow) {
      assert.ok(c.y >= m.y + m.height, `card ${i} below`);
    } else if (fitsAbove) {
      assert.ok(c.y + c.height <= m.y, `card ${i} flips above`);
      assert.match(await page.locator(CARD).getAttribute('class'), /gloss-above/);
      flipped++;
    }
  }
  assert.ok(flipped > 0, 'some mention was near the bottom');
});

test('the arrow shows outside the card and points at its mention, above or below', async () => {
  const page = await demo({ viewport: { width: 700, height: 600 } });
  const mention = page.locator(`${HOST} [data-gloss-entity="hu-binchen"]`).first();
  for (const block of ['center', 'end']) {
    await mention.evaluate((e, block) => e.scrollIntoView({ block }), block);
    await mention.evaluate((e) => e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const m = await restingBox(mention);
    const c = await restingBox(page.locator(CARD));
    const above = /gloss-above/.test(await page.locator(CARD).getAttribute('class'));
    assert.equal(above, block === 'end', `${block}: the card is ${above ? 'above' : 'below'} its mention`);
    // Hit-test the arrow's tip, 3 px outside the card's edge on the mention's side: the
    // card's own box would clip it if the card scrolled its content itself.
    const x = c.x + parseFloat(await page.locator(CARD).evaluate((e) => e.style.getPropertyValue('--gloss-arrow-x')));
    const y = above ? c.y + c.height + 3 : c.y - 3;
    assert.ok(x > m.x - 12 && x < m.x + m.width + 12, `${block}: the arrow at ${x} is over the mention ${m.x}..${m.x + m.width}`);
    const hit = await page.locator(HOST).evaluate((host, [x, y]) => host.shadowRoot.elementFromPoint(x, y)?.className, [x, y]);
    assert.match(String(hit), /gloss-card/, `${block}: the arrow is drawn at (${x}, ${y})`);
    await page.keyboard.press('Escape');
  }
  // A card taller than its room still scrolls, inside, and never sideways: the close
  // button and the focus rings stay within what scrolls.
  const body = page.locator(`${CARD} .gloss-card-body`);
  assert.equal(await body.evaluate((e) => getComputedStyle(e).overflowY), 'auto');
  await mention.evaluate((e) => e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
  await page.locator(`${CARD} .gloss-card-close`).focus();
  const box = await body.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, top: e.scrollHeight - e.clientHeight }));
  assert.ok(box.scroll <= box.client, `no sideways scroll: ${box.scroll} > ${box.client}`);
});

test('a name that wraps anchors to the line the pointer is on', async () => {
  const page = await demo({ viewport: { width: 700, height: 800 } });
  const found = await page.evaluate(() => {
    const root = document.querySelector('.gloss-host').shadowRoot;
    for (const m of root.querySelectorAll('.gloss-mention')) {
      const rects = m.getClientRects();
      if (rects.length === 2) {
        m.scrollIntoView({ block: 'center' });
        const r = m.getClientRects();
        return { id: m.dataset.glossEntity, first: r[0].bottom, second: { x: r[1].x + 5, y: r[1].y + r[1].height / 2, bottom: r[1].bottom } };
      }
    }
    return null;
  });
  assert.ok(found, 'the demo has a wrapped name at 700 px');
  await page.mouse.move(found.second.x, found.second.y);
  await page.locator(CARD).waitFor({ state: 'visible' });
  const c = await restingBox(page.locator(CARD));
  assert.ok(c.y >= found.second.bottom && c.y <= found.second.bottom + 16, `anchored below the second line: ${c.y} vs ${found.second.bottom}`);
});

test('the card follows its mention when the page scrolls', async () => {
  const page = await demo();
  const mention = page.locator(`${HOST} [data-gloss-entity="fox-hunt"]`).first();
  await mention.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await mention.focus();
  await page.locator(CARD).waitFor({ state: 'visible' });
  const before = await restingBox(page.locator(CARD));
  const start = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 120);
  // However far the wheel scrolled, the card moves with the mention.
  await page.waitForFunction(
    ({ top, start }) => {
      const card = document.querySelector('.gloss-host').shadowRoot.querySelector('.gloss-card');
      return scrollY > start && Math.abs(card.getBoundingClientRect().top - (top - (scrollY - start))) < 3;
    },
    { top: before.y, start },
  );
});

test('previous and next move between mentions and highlight them', async () => {
  const page = await demo();
  const mentions = page.locator(`${HOST} [data-gloss-entity="interpol"]`);
  await mentions.first().focus();
  await page.locator(CARD).waitFor({ state: 'visible' });
  // The highlight lasts a moment of the page's time: stopped, it cannot end before the
  // test looks, however slow the machine.
  await pausedClock(page);
  const total = await mentions.count();
  assert.match(await page.locator(`${CARD} .gloss-card-count`).textContent(), new RegExp(`^${total} mentions in this article$`));
  await page.locator(`${CARD} [data-gloss-action="next"]`).click();
  assert.equal(await mentions.nth(1).getAttribute('aria-expanded'), 'true');
  assert.match(await mentions.nth(1).getAttribute('class'), /gloss-flash/);
  assert.equal(await page.locator(`${CARD} .gloss-card-position`).textContent(), `2 / ${total}`);
  await page.locator(`${CARD} [data-gloss-action="previous"]`).click();
  await page.locator(`${CARD} [data-gloss-action="previous"]`).click();
  assert.equal(await page.locator(`${CARD} .gloss-card-position`).textContent(), `${total} / ${total}`);
  assert.equal(await mentions.nth(total - 1).getAttribute('aria-expanded'), 'true');
});

test('keyboard: a card opened with Enter, Tab to "next", and Enter eight times follows each mention in turn', async () => {
  const page = await demo();
  const mentions = page.locator(`${HOST} [data-gloss-entity="interpol"]`);
  const total = await mentions.count();
  await mentions.first().focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.locator(CARD).waitFor({ state: 'visible' });
  const activeAction = () => page.evaluate(() => document.querySelector('.gloss-host').shadowRoot.activeElement?.dataset.glossAction ?? null);
  let guard = 0;
  while ((await activeAction()) !== 'next' && guard++ < 20) await page.keyboard.press('Tab');
  assert.equal(await activeAction(), 'next', 'Tab reaches the next button');
  for (let press = 1; press <= 8; press++) {
    await page.keyboard.press('Enter');
    const at = press % total;
    assert.equal(await page.locator(`${CARD} .gloss-card-position`).textContent(), `${at + 1} / ${total}`, `press ${press}`);
    assert.equal(await page.locator(CARD).getAttribute('data-gloss-card'), 'interpol');
    const expanded = await page.locator(`${HOST} .gloss-mention[aria-expanded="true"]`).count();
    assert.equal(expanded, 1, `press ${press}: one mention is expanded`);
    assert.equal(await mentions.nth(at).getAttribute('aria-expanded'), 'true', `press ${press}: the card is at mention ${at + 1}`);
    assert.equal(await activeAction(), 'next', `press ${press}: focus stays on next`);
  }
});

test('right to left: the counter reads "1 / 4" and the count stays with its words', async () => {
  const page = await mountedOnBlank('rtl', '/tests/fixtures/rtl.json');
  await page.locator('#rtl .gloss-mention[data-gloss-entity="interpol"]').first().focus();
  await page.locator('#rtl .gloss-card').waitFor({ state: 'visible' });
  // Where each character of an element's text is drawn, left to right on the screen.
  const drawn = (selector) => page.locator(selector).evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const glyphs = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && node.data[i].trim()) glyphs.push({ char: node.data[i], x: box.left });
      }
    }
    return glyphs.sort((a, b) => a.x - b.x).map((g) => g.char).join('');
  });
  assert.equal(await page.locator('#rtl .gloss-card').evaluate((e) => getComputedStyle(e).direction), 'rtl');
  const total = await page.locator('#rtl .gloss-mention[data-gloss-entity="interpol"]').count();
  assert.equal(total, 4, 'the title and three paragraphs mention it');
  assert.equal(await drawn('#rtl .gloss-card-position'), '1/4', 'the counter reads left to right');
  const count = await drawn('#rtl .gloss-card-count');
  assert.match(count, /^4[a-z]/, `the count comes before its words: ${count}`);
  await page.locator('#rtl .gloss-card [data-gloss-action="next"]').click();
  assert.equal(await drawn('#rtl .gloss-card-position'), '2/4');
});

test('content: facts, safe links, related chips that open their own cards', async () => {
  const page = await demo();
  await page.locator(`${HOST} [data-gloss-entity="interpol"]`).first().focus();
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  assert.deepEqual(await card.locator('dt').allTextContents(), ['Founded', 'Headquarters', 'Members']);
  const link = card.locator('.gloss-card-links a');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await card.locator('img').count(), 0, 'no image unless the entity has one');
  await card.locator('[data-gloss-related="red-notice"]').click();
  assert.equal(await card.getAttribute('data-gloss-card'), 'red-notice');
  assert.equal(await card.locator('.gloss-card-name').textContent(), 'red notice');
});

test("an abbreviation's card shows its name once and quotes its sentence with the name in bold", needsFinders, async () => {
  const page = await mountedOnBlank('abbr', {
    title: 'Talks',
    lang: 'en',
    body: ['Talks went on.', 'The NATO summit in July drew agents away. The Harbour Trust (HT) met.'],
  });
  const open = async (entity) => {
    await page.locator(`#abbr .gloss-mention[data-gloss-entity="${entity}"]`).first().focus();
    const card = page.locator('#abbr .gloss-card');
    await card.waitFor({ state: 'visible' });
    return card;
  };
  const nato = await open('nato');
  const seen = await nato.evaluate((c) => {
    const mark = c.querySelector('.gloss-card-summary mark');
    return {
      text: c.textContent,
      short: c.querySelectorAll('.gloss-card-short').length,
      lines: [...c.querySelectorAll('.gloss-card-summary')].map((p) => p.textContent),
      marked: mark?.textContent,
      weight: mark ? Number(getComputedStyle(mark).fontWeight) : 0,
    };
  });
  assert.equal(seen.short, 0, 'no second line repeating the name');
  assert.equal(seen.text.split('NATO').length - 1, 2, `the name in the heading and in the quote only: ${seen.text}`);
  assert.deepEqual(seen.lines, ['An abbreviation the article does not spell out.', 'The NATO summit in July drew agents away.']);
  assert.equal(seen.marked, 'NATO');
  assert.ok(seen.weight >= 600, `the name is bold in the quote: ${seen.weight}`);
  await page.keyboard.press('Escape');
  // One the article spells out keeps its short form under its long name.
  const trust = await open('harbour-trust');
  assert.equal(await trust.locator('.gloss-card-name').textContent(), 'Harbour Trust');
  assert.equal(await trust.locator('.gloss-card-short').textContent(), 'HT');
});

test('an entity image loads lazily, without a referrer', async () => {
  const page = await demo();
  await page.locator(`${HOST} [data-gloss-entity="istanbul"]`).first().focus();
  const image = page.locator(`${CARD} img.gloss-card-image`);
  await image.waitFor({ state: 'visible' });
  assert.equal(await image.getAttribute('loading'), 'lazy');
  assert.equal(await image.getAttribute('referrerpolicy'), 'no-referrer');
  assert.equal(await image.getAttribute('src'), 'demo/istanbul.svg');
});

test('usable at 200% zoom: no sideways scrolling, cards still open', async () => {
  // Browser zoom at 200% on a 1280 x 800 window leaves a 640 x 400 CSS-pixel viewport at
  // twice the device pixel ratio.
  const page = await demo({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `scrolls sideways by ${overflow}px`);
  await page.locator(`${HOST} [data-gloss-entity="ipac"]`).first().focus();
  await page.locator(CARD).waitFor({ state: 'visible' });
  const c = await restingBox(page.locator(CARD));
  assert.ok(c.x >= 0 && c.x + c.width <= 640, 'the card fits');
});

test('the entity index lists entities by kind and opens their cards', async () => {
  const page = await demo();
  const button = page.locator(`${HOST} .gloss-index-button`);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const index = page.locator(`${HOST} .gloss-index`);
  assert.equal(await index.isVisible(), true);
  assert.ok((await index.locator('h3').allTextContents()).includes('Person'));
  const entry = index.locator('[data-gloss-index="meng-hongwei"]');
  // One tick per place along the strip: never more than the mentions.
  const ticks = await entry.locator('.gloss-tick').count();
  assert.ok(ticks >= 1 && ticks <= Number(await entry.locator('.gloss-index-count').textContent()), `${ticks} ticks`);
  await entry.click();
  await page.locator(CARD).waitFor({ state: 'visible' });
  assert.equal(await page.locator(CARD).getAttribute('data-gloss-card'), 'meng-hongwei');
  await page.screenshot({ path: `${ARTIFACTS}/index.png` });
});

test('the reader can switch cards off, and the choice survives a reload', async () => {
  const page = await demo();
  const toggle = page.locator(`${HOST} .gloss-toggle`);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await page.locator(`${HOST} [data-gloss-entity="ipac"]`).first().hover();
  await page.waitForTimeout(700);
  assert.equal(await visible(page), false, 'no card while off');
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), 'off');
  await page.reload();
  await settled(page);
  assert.equal(await page.locator(`${HOST} .gloss-toggle`).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator(`${HOST} .gloss-mention[tabindex="0"]`).count(), 0, 'no tab stops while off');
  await page.locator(`${HOST} .gloss-toggle`).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('gloss-cards')), null);
  await page.locator(`${HOST} [data-gloss-entity="ipac"]`).first().hover();
  await page.locator(CARD).waitFor({ state: 'visible' });
});

test('dark mode, reduced motion, and screenshots', async () => {
  const page = await demo();
  await page.locator(`${HOST} [data-gloss-entity="ipac"]`).first().focus();
  await page.locator(CARD).waitFor({ state: 'visible' });
  // The screenshot shows the settled card, not a frame of its fade-in.
  await page.locator(CARD).evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: `${ARTIFACTS}/card-light.png` });
  const light = await page.locator(CARD).evaluate((e) => getComputedStyle(e).backgroundColor);
  // The demo's page turns dark with the system setting, and the widget with the page
  // once the change is reported, with the next frame.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.locator(`${HOST} .gloss-root[data-dark]`).waitFor({ state: 'attached' });
  const dark = await page.locator(CARD).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(light, 'rgb(255, 255, 255)');
  assert.equal(dark, 'rgb(31, 35, 41)');
  assert.equal(await page.locator(CARD).evaluate((e) => getComputedStyle(e).animationName), 'none');
  await page.screenshot({ path: `${ARTIFACTS}/card-dark.png` });
});

test('axe-core finds no violations with a card open and with the index open', async () => {
  const page = await demo();
  await page.addScriptTag({ content: AXE });
  await page.locator(`${HOST} [data-gloss-entity="interpol"]`).first().focus();
  await page.locator(CARD).waitFor({ state: 'visible' });
  // Contrast is judged on the settled card, not halfway through its fade-in.
  await page.locator(CARD).evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
  const withCard = await page.evaluate(async () => (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  assert.deepEqual(withCard, []);
  await page.keyboard.press('Escape');
  await page.locator(`${HOST} .gloss-index-button`).click();
  const withIndex = await page.evaluate(async () => (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  assert.deepEqual(withIndex, []);
});
