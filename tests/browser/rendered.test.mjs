// `gloss render`'s static HTML (tests/pages/rendered*.html, its output: tests/render.rs
// keeps them so): good on its own without JavaScript, and brought to life by the loader's
// data-enhance as it stands, with no text walked and no wrapper made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsFinders, open, pausedClock } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

const DEMO = JSON.parse(readFileSync(new URL('../../www/demo/article.json', import.meta.url), 'utf8'));

/** Every text of the demo article's body, as the format gives it. */
const bodyTexts = () => DEMO.body.flatMap((block) => {
  const text = (rich) => (typeof rich === 'string' ? rich : rich.text ?? rich.spans.map((s) => s.text).join(''));
  if (typeof block === 'string') return [block];
  if (block.type === 'list') return block.items.map(text);
  if (block.type === 'image') return block.caption ? [block.caption] : [];
  return block.type === 'divider' ? [] : [text(block)];
});

/** Counts the page's tree walks and records what changes inside the article, from before
 *  the loader can run; keeps the mentions as the page first had them. */
function watch() {
  window.__walks = 0;
  const walk = Document.prototype.createTreeWalker;
  Document.prototype.createTreeWalker = function () {
    window.__walks += 1;
    return walk.apply(this, arguments);
  };
  document.addEventListener('DOMContentLoaded', () => {
    const article = document.querySelector('.gloss-article');
    window.__text = article.textContent;
    window.__mentions = [...article.querySelectorAll('.gloss-mention')];
    window.__changes = [];
    new MutationObserver((records) => {
      for (const r of records) window.__changes.push(r.type === 'attributes' ? `attribute ${r.attributeName}` : r.type);
    }).observe(article, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const ready = (page) => page.waitForFunction(() => document.querySelector('.gloss-article')?.dataset.glossState === 'ready');

test('without JavaScript the rendered article reads on its own: all its text, dates in words, the names listed, no controls', async () => {
  const intl = await harness.page();
  await intl.goto(`${harness.url}/tests/pages/blank.html`);
  const words = (value) => intl.evaluate((v) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(v)) + ' UTC', value);

  const page = await harness.page({ javaScriptEnabled: false });
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  assert.equal(await page.evaluate(() => typeof window.Gloss), 'undefined', 'the loader did not run');
  // Nothing is a control that does nothing: no buttons, roles or tab stops on names.
  assert.equal(await page.locator('.gloss-article button, .gloss-article [role], .gloss-article [tabindex]').count(), 0);
  const mentions = page.locator('.gloss-mention');
  assert.ok(await mentions.count() > 20);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 8; i++) {
    assert.equal(await page.evaluate(() => document.activeElement.closest('.gloss-mention')), null, 'Tab never stops on a name');
    await page.keyboard.press('Tab');
  }
  // Dates in words, as the widget's Intl writes them, in the zone the date gives.
  for (const [selector, value] of [['time.gloss-published', DEMO.published], ['time.gloss-updated', DEMO.updated]]) {
    const time = page.locator(selector);
    assert.equal(await time.getAttribute('datetime'), value);
    assert.equal(await time.textContent(), await words(value));
  }
  // Every text of the body is there as written.
  const body = await page.locator('.gloss-body').textContent();
  for (const text of bodyTexts()) assert.ok(body.includes(text), text);
  // The names are listed with what their cards say, on screen; the table is not shown.
  const notes = page.locator('.gloss-endnotes');
  assert.ok(await notes.isVisible());
  const hu = DEMO.entities.find((e) => e.id === 'hu-binchen');
  assert.match(await notes.textContent(), new RegExp(`Hu Binchen\\s*Person\\s*${hu.summary.slice(0, 40)}`));
  assert.equal((await page.locator('body').innerText()).includes('"version"'), false);
});

test('with gloss, the rendered article comes alive as it stands: no text walked, nothing wrapped, the same text and elements', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(watch);
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  await ready(page);
  const seen = await page.evaluate(() => {
    const article = document.querySelector('.gloss-article');
    const mentions = [...article.querySelectorAll('.gloss-mention')];
    return {
      walks: window.__walks,
      changes: [...new Set(window.__changes)].sort(),
      sameText: article.textContent === window.__text,
      sameMentions: mentions.length === window.__mentions.length && mentions.every((m, i) => m === window.__mentions[i]),
      live: mentions.every((m) => m.getAttribute('role') === 'button' && m.getAttribute('aria-haspopup') === 'dialog'
        && m.getAttribute('tabindex') === (m.hasAttribute('data-gloss-tab') ? '0' : '-1')),
    };
  });
  // The annotation pass walks the text and splits text nodes; hydration changes only the
  // mentions' attributes (and the container's state).
  assert.deepEqual(seen, {
    walks: 0,
    changes: ['attribute aria-expanded', 'attribute aria-haspopup', 'attribute data-gloss-state', 'attribute role', 'attribute tabindex'],
    sameText: true,
    sameMentions: true,
    live: true,
  });
  // The names' list is for readers without cards: now it is in print only.
  assert.equal(await page.locator('.gloss-endnotes').isVisible(), false);
});

test('the cards of a rendered article open from the keyboard, the pointer and touch, with the words of the table', async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 800 } });
  await pausedClock(page);
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  await ready(page);
  const card = page.locator('.gloss-chrome .gloss-card');
  const interpol = DEMO.entities.find((e) => e.id === 'interpol');
  // Keyboard: the first tab stop is the first name, whose card opens as it takes focus;
  // Escape closes it and Enter opens it again.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.glossEntity), 'interpol');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'interpol');
  assert.ok((await card.textContent()).includes(interpol.summary));
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  await page.keyboard.press('Enter');
  await card.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  // Pointer: a card opens after the dwell.
  await page.locator('.gloss-body [data-gloss-entity="hu-binchen"]').first().hover();
  await page.clock.runFor(350);
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'hu-binchen');
  assert.ok((await card.textContent()).includes(DEMO.entities.find((e) => e.id === 'hu-binchen').summary));
});

test('touch opens a rendered article\'s card', async () => {
  const page = await harness.page({ viewport: { width: 400, height: 800 }, hasTouch: true, isMobile: true });
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  await ready(page);
  await page.locator('.gloss-body [data-gloss-entity="interpol"]').first().tap();
  const card = page.locator('.gloss-chrome .gloss-card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-gloss-card'), 'interpol');
});

test('Gloss.enhance hydrates a rendered article too, and destroy leaves gloss render\'s markup as it was', async () => {
  const page = await harness.page();
  await page.route('**/tests/pages/rendered.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(' data-enhance=".gloss-article"', '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  const result = await page.evaluate(async () => {
    const article = document.querySelector('.gloss-article');
    const markup = article.outerHTML;
    const view = await Gloss.enhance(article);
    const live = article.querySelectorAll('.gloss-mention[role=button]').length;
    const hidden = getComputedStyle(article.querySelector('.gloss-endnotes')).display;
    // A second enhancement of the same article takes none of the first one's mentions.
    const again = await Gloss.enhance(article);
    again.destroy();
    const stillLive = article.querySelectorAll('.gloss-mention[role=button]').length;
    view.destroy();
    return { live, hidden, stillLive, back: article.outerHTML === markup };
  });
  assert.ok(result.live > 20);
  assert.equal(result.hidden, 'none');
  assert.equal(result.stillLive, result.live);
  assert.equal(result.back, true, 'the markup is gloss render\'s again');
});

test('a table this loader cannot read is warned about, and the article is read and marked again', needsFinders, async () => {
  const page = await harness.page({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(watch);
  await page.route('**/tests/pages/rendered.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('"version":1}', '"version":99}');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${harness.url}/tests/pages/rendered.html`);
  await ready(page);
  const warnings = page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text);
  assert.ok(warnings.includes("gloss: the article is read again, since gloss render's entity table does not read: version: expected 1, the version of the entity table this gloss reads"), warnings.join('\n'));
  const seen = await page.evaluate(() => ({
    walks: window.__walks,
    sameText: document.querySelector('.gloss-article').textContent === window.__text,
    live: document.querySelectorAll('.gloss-article .gloss-mention[role=button]').length,
  }));
  assert.ok(seen.walks > 0, 'the text was walked');
  assert.equal(seen.sameText, true);
  assert.ok(seen.live > 20, 'the names inside the static mentions are marked and live');
});

test('hostile strings in a rendered article and its table stay text, with and without gloss', async () => {
  const trust = '</script><script>window.__glossHacked = 10</script><!-- a trust';
  const still = await harness.page({ javaScriptEnabled: false });
  await still.goto(`${harness.url}/tests/pages/rendered-hostile.html`);
  const notes = still.locator('.gloss-endnotes');
  assert.ok((await notes.textContent()).includes(trust));
  assert.equal(await still.locator('.gloss-article img, .gloss-article a[href^="javascript"]').count(), 0);

  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/rendered-hostile.html`);
  await ready(page);
  await page.locator('.gloss-body [data-gloss-entity="quay-trust"]').first().focus();
  const card = page.locator('.gloss-chrome .gloss-card');
  await card.waitFor({ state: 'visible' });
  const text = await card.textContent();
  assert.ok(text.includes(trust), text);
  assert.ok(text.includes('<b>Founded</b>'), text);
  assert.equal(await card.locator('img, script, a[href^="javascript"]').count(), 0);
  // The related name whose id is full of quotes opens its own card. Between the two the
  // card names none (the adapter drops its data-gloss-card on closing).
  await card.locator('.gloss-chip').click();
  await page.waitForFunction(() => (document.querySelector('.gloss-chrome').shadowRoot.querySelector('.gloss-card').dataset.glossCard ?? '').startsWith('harbour-board'));
  assert.equal(await page.evaluate(() => window.__glossHacked), undefined);
});
