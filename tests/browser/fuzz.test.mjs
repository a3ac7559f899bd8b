// Random interaction with the cards, seeded: hover, click or tap a visible mention or
// button, Tab, Shift+Tab, Enter, Space, Escape, scroll, resize, move away, wait, and
// mount, destroy and `src` changes on <gloss-article>. After every step: no page error
// and no gloss error, at most one open card, aria-expanded="true" on the open card's
// mention alone, the open card inside the viewport, and focus never on a removed node.
//
// CI runs FUZZ_STEPS (default 100) steps per page and context. A long run:
//   FUZZ_STEPS=1000 node --test tests/browser/fuzz.test.mjs
// A failure prints its seed; FUZZ_SEED=<seed> (with the same FUZZ_STEPS) replays it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { open, ARTIFACTS, unexpectedErrors } from './harness.mjs';

const STEPS = Number(process.env.FUZZ_STEPS) || 100;
const SEEDS = Number(process.env.FUZZ_SEEDS) || 1;
const REPLAY = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null;

const demo = JSON.parse(readFileSync(new URL('../../www/demo/article.json', import.meta.url), 'utf8'));

/** mulberry32: a small seeded generator, the same sequence on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const PAGES = {
  demo: ['/www/demo/article.json', '/tests/fixtures/rtl.json'],
  large: ['/tests/artifacts/fuzz-large.json', '/www/demo/article.json'],
};
const CONTEXTS = {
  desktop: { viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' },
  phone: { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' },
};

let harness;
before(async () => {
  harness = await open();
  // The demo body twelve times over: long enough to scroll a lot, quick to render.
  const body = [];
  for (let i = 0; i < 12; i++) body.push(...demo.body);
  writeFileSync(`${ARTIFACTS}/fuzz-large.json`, JSON.stringify({ ...demo, body }));
});
after(async () => {
  await harness.close();
});

/** Mounts a fresh <gloss-article src index> and waits for it. */
async function mount(page, src) {
  await page.evaluate((src) => {
    document.querySelector('gloss-article')?.remove();
    const element = document.createElement('gloss-article');
    element.setAttribute('index', '');
    element.setAttribute('src', src);
    document.body.appendChild(element);
  }, src);
  await settle(page);
}

/** Waits until the widget has rendered (or failed), and any card animation has ended. */
async function settle(page) {
  await page.waitForFunction(() => {
    const element = document.querySelector('gloss-article');
    return !element || !element.getAttribute('src') || ['ready', 'error'].includes(element.dataset.glossState);
  }, null, { timeout: 20000 });
  await page.evaluate(() => {
    const card = document.querySelector('gloss-article')?.shadowRoot?.querySelector('.gloss-card');
    return card ? Promise.all(card.getAnimations().map((a) => a.finished)) : null;
  });
}

/** The invariants, checked in the page: a list of what is wrong. */
function violations() {
  const wrong = [];
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  if (active && !active.isConnected) wrong.push('focus is on a removed node');
  const root = document.querySelector('gloss-article')?.shadowRoot;
  if (!root) return wrong;
  const open = [...root.querySelectorAll('.gloss-card')].filter((card) => !card.hidden);
  if (open.length > 1) wrong.push(`${open.length} cards open`);
  const expanded = [...root.querySelectorAll('.gloss-mention[aria-expanded="true"]')];
  const card = open[0];
  if (!card && expanded.length) wrong.push(`no card open, but ${expanded.length} mention(s) expanded`);
  if (card) {
    const entity = card.getAttribute('data-gloss-card');
    if (expanded.length !== 1) wrong.push(`card ${entity} open, ${expanded.length} mentions expanded`);
    else if (expanded[0].dataset.glossEntity !== entity) wrong.push(`card ${entity} open, mention of ${expanded[0].dataset.glossEntity} expanded`);
    const box = card.getBoundingClientRect();
    if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) {
      wrong.push(`card ${entity} outside the viewport: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)} in ${innerWidth}x${innerHeight}`);
    }
  }
  return wrong;
}

/** The centre of a random visible element matching `selector` in the widget, or null. */
function visibleTarget(page, selector, choice) {
  return page.evaluate(({ selector, choice }) => {
    const root = document.querySelector('gloss-article')?.shadowRoot;
    if (!root) return null;
    const seen = [...root.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth);
    if (!seen.length) return null;
    const r = seen[Math.floor(choice * seen.length)];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, { selector, choice });
}

const BUTTONS = '.gloss-card button, .gloss-toolbar button, .gloss-index-entry';

/** One random action; returns its name. */
async function act(page, random, touch, srcs) {
  const choice = random.next();
  const pick = random.below(16);
  const press = async (target, name) => {
    if (!target) return `${name} (none visible)`;
    if (touch) await page.touchscreen.tap(target.x, target.y);
    else await page.mouse.click(target.x, target.y);
    return name;
  };
  switch (pick) {
    case 0:
    case 1: {
      const target = await visibleTarget(page, '.gloss-mention', choice);
      if (!target) return 'hover (none visible)';
      if (touch) return press(target, 'tap a mention');
      await page.mouse.move(target.x, target.y, { steps: 2 });
      return 'hover a mention';
    }
    case 2:
      return press(await visibleTarget(page, '.gloss-mention', choice), touch ? 'tap a mention' : 'click a mention');
    case 3:
      return press(await visibleTarget(page, BUTTONS, choice), touch ? 'tap a button' : 'click a button');
    case 4:
      await page.keyboard.press('Tab');
      return 'Tab';
    case 5:
      await page.keyboard.press('Shift+Tab');
      return 'Shift+Tab';
    case 6:
      await page.keyboard.press('Enter');
      return 'Enter';
    case 7:
      await page.keyboard.press(' ');
      return 'Space';
    case 8:
      await page.keyboard.press('Escape');
      return 'Escape';
    case 9: {
      const by = Math.round((choice - 0.5) * 1600);
      await page.evaluate((by) => scrollBy(0, by), by);
      return `scroll ${by}`;
    }
    case 10: {
      const size = touch ? { width: 320 + random.below(120), height: 560 + random.below(300) } : { width: 480 + random.below(900), height: 400 + random.below(500) };
      await page.setViewportSize(size);
      return `resize ${size.width}x${size.height}`;
    }
    case 11:
      if (touch) await page.touchscreen.tap(2, 2);
      else await page.mouse.move(2, 2, { steps: 2 });
      return 'move away';
    case 12:
    case 13: {
      const ms = 100 + random.below(600);
      await page.waitForTimeout(ms);
      return `wait ${ms} ms`;
    }
    case 14: {
      const src = random.pick(srcs);
      await page.evaluate((src) => document.querySelector('gloss-article')?.setAttribute('src', src), src);
      return `src ${src}`;
    }
    default: {
      const mounted = await page.evaluate(() => !!document.querySelector('gloss-article'));
      if (mounted && choice < 0.5) {
        await page.evaluate(() => document.querySelector('gloss-article').remove());
        return 'destroy';
      }
      const src = random.pick(srcs);
      await mount(page, src);
      return `mount ${src}`;
    }
  }
}

async function run(pageName, contextName, seed) {
  const page = await harness.page(CONTEXTS[contextName]);
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  // Links (the article's own, the card's) would take the page away: the fuzz stays put.
  await page.evaluate(() => document.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => node.localName === 'a')) event.preventDefault();
  }, true));
  const srcs = PAGES[pageName];
  await mount(page, srcs[0]);
  const random = generator(seed);
  const done = [];
  const fail = (message) => {
    const replay = `FUZZ_SEED=${seed} FUZZ_STEPS=${STEPS} node --test --test-name-pattern="${pageName}, ${contextName}" tests/browser/fuzz.test.mjs`;
    assert.fail(`seed ${seed}, ${pageName}, ${contextName}, step ${done.length}: ${message}\nlast steps: ${done.slice(-8).join('; ')}\nreplay: ${replay}`);
  };
  for (let step = 0; step < STEPS; step++) {
    try {
      done.push(await act(page, random, contextName === 'phone', srcs));
      await settle(page);
    } catch (error) {
      const widget = page.url() + ' ' + await page.evaluate(() => typeof Gloss + ' ' + !!customElements.get('gloss-article') + ' ' + [...document.querySelectorAll('gloss-article')].map((e) => `${e.getAttribute('src')}: ${e.dataset.glossState}, ${e.shadowRoot?.childNodes.length} nodes`).join('; '));
      fail(`${error.message} (widget: ${widget || 'none'}; console: ${page.consoleMessages.slice(-3).map((m) => m.text).join(' | ')})`);
    }
    const errors = unexpectedErrors(page);
    if (errors.length) fail(errors.join('\n'));
    const wrong = await page.evaluate(violations);
    if (wrong.length) fail(wrong.join('; '));
  }
  await page.context().close();
  return done.length;
}

for (const pageName of Object.keys(PAGES)) {
  for (const contextName of Object.keys(CONTEXTS)) {
    test(`random interaction keeps the cards sound: ${pageName}, ${contextName}`, async () => {
      const seeds = REPLAY !== null ? [REPLAY] : Array.from({ length: SEEDS }, (_, i) => 1000 * (i + 1) + pageName.length * 10 + contextName.length);
      const started = Date.now();
      let steps = 0;
      for (const seed of seeds) steps += await run(pageName, contextName, seed);
      console.log(`# fuzz ${pageName}, ${contextName}: ${steps} steps, seeds ${seeds.join(', ')}, 0 errors, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }
}
