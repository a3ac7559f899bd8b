// Nothing on the page moves while a widget loads: the cumulative layout shift over the
// whole load, first render included, on a news page with related stories and a footer
// below a script-tag widget, with 300 ms of latency on the article and on the wasm, at a
// desktop and a phone viewport, for a short article and a long one, with and without a
// lead image.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled } from './harness.mjs';

const LATENCY = 300;
/** Good, in Google's Core Web Vitals: 0.1. The issue asks for half of that. */
const MAX_CLS = 0.05;

let harness;
before(async () => {
  harness = await open({ delay: (path) => (path.endsWith('.wasm') || path.startsWith('/tests/fixtures/') ? LATENCY : 0) });
});
after(async () => {
  await harness.close();
});

// No `isMobile` for the phone: Chrome's mobile emulation marks shifts as following an
// input the test never made, which would leave them out of the sum.
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, deviceScaleFactor: 3 },
};
const ARTICLES = ['layout-short', 'layout-short-image', 'layout-long', 'layout-long-image'];

/** Every layout shift of loading `query` on the news page, from navigation until the
 *  widget is ready, its images have loaded and a second has passed. */
async function shifts(viewport, query) {
  const page = await harness.page(VIEWPORTS[viewport]);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          moved: entry.sources.map((s) => `${s.node ? s.node.className || s.node.nodeName : '(unnamed)'} ${s.previousRect.y}->${s.currentRect.y}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${harness.url}/tests/pages/news-light.html?${query}`);
  await settled(page);
  await page.evaluate(() => Promise.all([...document.querySelector('[data-gloss-state]').shadowRoot.querySelectorAll('img')]
    .map((image) => image.decode().catch(() => {}))));
  await page.waitForTimeout(1000);
  const found = await page.evaluate(() => window.shifts);
  await page.context().close();
  return found;
}

/** The layout shift score: the sum of every shift not right after the reader's input. */
const score = (found) => found.filter((shift) => !shift.input).reduce((sum, shift) => sum + shift.value, 0);

for (const [embed, extra] of [['the script tag', ''], ['an async script tag into a box the page sized', '&async&target']]) {
  for (const viewport of Object.keys(VIEWPORTS)) {
    test(`${embed}, ${viewport}: CLS at most ${MAX_CLS} for each article`, async () => {
      for (const article of ARTICLES) {
        const found = await shifts(viewport, `article=${article}${extra}`);
        // The test makes no input, so no shift may be left out as following one.
        assert.deepEqual(found.filter((shift) => shift.input), [], article);
        assert.ok(score(found) <= MAX_CLS, `${article}: CLS ${score(found).toFixed(3)}: ${JSON.stringify(found)}`);
        // Nor does anything move a little: not the toolbar under a progress bar that
        // arrives late, nor the text under an image (Chrome names no node inside a
        // shadow root, so a shift of the widget's own parts is one with an unnamed node).
        assert.deepEqual(found, [], article);
      }
    });
  }
}
