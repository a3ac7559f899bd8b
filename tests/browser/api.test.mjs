// Every public call checks what it is given: a bad argument throws (or rejects with) an
// Error whose message starts with `gloss:` and names the call and the argument (as
// gloss.d.ts names it), and an
// option gloss does not know, or of the wrong type, is a warning that names it and is
// left out, never a crash. And a name's attributes say what it does: with cards off,
// whether the reader's choice or the host's, a mention is plain text to assistive
// technology.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

async function blank() {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  return page;
}

/** Each call's error, or 'no error': `calls` are sources of functions of `Gloss` run in
 *  the page, each with an element `div` and an `img` to pass. */
function errors(page, calls) {
  return page.evaluate(async (calls) => {
    const div = document.createElement('div');
    const img = document.createElement('img');
    document.body.append(div);
    const out = [];
    for (const call of calls) {
      try {
        await new Function('Gloss', 'div', 'img', `return ${call}`)(window.Gloss, div, img);
        out.push('no error');
      } catch (error) {
        out.push(`${error.constructor.name}: ${error.message}`);
      }
    }
    return out;
  }, calls);
}

test('a bad argument to a public call throws an Error that names the call and the argument', async () => {
  const page = await blank();
  const article = '{ title: "x", body: ["a"] }';
  assert.deepEqual(await errors(page, [
    `Gloss.mount(null, ${article})`,
    'Gloss.mount(div)',
    'Gloss.mount(div, 5)',
    'Gloss.mount(div, "")',
    `Gloss.mount(div, ${article}, "dark")`,
    `Gloss.mount(img, ${article})`,
    'Gloss.mount("#article", "/article.json")',
    'Gloss.enhance()',
    'Gloss.enhance(document.querySelector(".missing"))',
    'Gloss.enhance(document.querySelectorAll(".missing"))',
    'Gloss.enhance("article p")',
    'Gloss.enhance([div, 5])',
    'Gloss.enhance([div, document.createElement("p")])',
    'Gloss.enhance(div, 1)',
    'Gloss.setCards("off")',
    'Gloss.setCards()',
  ]), [
    'Error: gloss: mount: element must be an Element that can hold a shadow root, got null',
    'Error: gloss: mount: articleOrUrl must be an article or its URL, got undefined',
    'Error: gloss: mount: articleOrUrl must be an article or its URL, got 5',
    'Error: gloss: mount: articleOrUrl must be an article or its URL, got ""',
    'Error: gloss: mount: options must be an object, got "dark"',
    'Error: gloss: mount: element must be an Element that can hold a shadow root, got <img>',
    'Error: gloss: mount: element must be an Element that can hold a shadow root, got "#article"',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got undefined',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got null',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got an object',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got "article p"',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got an array',
    'Error: gloss: enhance: container must be an Element, or a list of Elements in one document, got an array',
    'Error: gloss: enhance: options must be an object, got 1',
    'Error: gloss: setCards: on must be true or false, got "off"',
    'Error: gloss: setCards: on must be true or false, got undefined',
  ]);
  // Nothing was left behind by the calls that threw.
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-gloss-state], .gloss-chrome').length), 0);
  await page.context().close();
});

test('the ES module\'s exports check their arguments the same way', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/module.html`);
  const messages = await page.evaluate(async () => {
    const gloss = await import('/pkg/index.js');
    const out = [];
    for (const call of [() => gloss.mount(null, {}), () => gloss.enhance(null), () => gloss.setCards(1), () => gloss.default.mount(undefined)]) {
      try {
        await call();
      } catch (error) {
        out.push(error.message);
      }
    }
    return out;
  });
  assert.deepEqual(messages, [
    'gloss: mount: element must be an Element that can hold a shadow root, got null',
    'gloss: enhance: container must be an Element, or a list of Elements in one document, got null',
    'gloss: setCards: on must be true or false, got 1',
    'gloss: mount: articleOrUrl must be an article or its URL, got undefined',
  ]);
  await page.context().close();
});

test('Gloss.ready rejects with a gloss: error when gloss cannot load', async () => {
  const page = await harness.page();
  await page.route('**/pkg/gloss.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  const message = await page.evaluate(() => Gloss.ready.then(() => 'loaded', (error) => error.message));
  assert.match(message, /^gloss: ready: http:\/\/127\.0\.0\.1:\d+\/pkg\/: could not load gloss \(/);
  await page.context().close();
});

test('an unknown option or one of the wrong type is a warning naming it, and is left out', async () => {
  const page = await blank();
  const state = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    const view = await Gloss.mount(element, '/tests/fixtures/bare-article.json', {
      dwel: 500, dwell: '0', theme: 'neon', index: 'yes', glossary: 5, messages: 'none', auto: false, hideDelay: null,
    });
    const container = document.createElement('div');
    container.innerHTML = '<p>Interpol met in Lyon.</p>';
    document.body.appendChild(container);
    const enhanced = await Gloss.enhance(container, { toggle: 'no', glosary: '/tests/fixtures/glossary.json' });
    const out = {
      widget: element.dataset.glossState,
      index: element.shadowRoot.querySelectorAll('.gloss-index').length,
      enhanced: container.dataset.glossState,
      switches: document.querySelector('.gloss-chrome').shadowRoot.querySelectorAll('.gloss-toggle').length,
    };
    view.destroy();
    enhanced.destroy();
    // Twice is as once.
    view.destroy();
    enhanced.destroy();
    out.after = document.querySelectorAll('[data-gloss-state], .gloss-chrome, .gloss-mention').length;
    return out;
  });
  assert.deepEqual(state, { widget: 'ready', index: 0, enhanced: 'ready', switches: 1, after: 0 });
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text), [
    'gloss: mount: dwel is not an option; ignored',
    'gloss: mount: dwell must be a number, got "0"; ignored',
    'gloss: mount: theme must be "light", "dark" or "auto", got "neon"; ignored',
    'gloss: mount: index must be a boolean, got "yes"; ignored',
    'gloss: mount: glossary must be a string or an object, got 5; ignored',
    'gloss: mount: messages must be an object, got "none"; ignored',
    'gloss: enhance: toggle must be a boolean, got "no"; ignored',
    'gloss: enhance: glosary is not an option; ignored',
  ]);
  await page.context().close();
});

test('<gloss-article> warns of an attribute value it cannot use, naming it, and renders', async () => {
  const page = await blank();
  await page.evaluate(() => {
    const element = document.createElement('gloss-article');
    element.setAttribute('theme', 'sepia');
    element.setAttribute('src', '/tests/fixtures/bare-article.json');
    document.body.appendChild(element);
  });
  await settled(page);
  assert.equal(await page.locator('gloss-article').getAttribute('data-gloss-state'), 'ready');
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text), [
    'gloss: <gloss-article>: theme must be "light", "dark" or "auto", got "sepia"; ignored',
  ]);
  await page.context().close();
});

/** Each mention's role, tab stop, state and popup in the widget in `host`. */
function attributes(page, host) {
  return page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('.gloss-mention')]
    .map((m) => ['role', 'tabindex', 'aria-expanded', 'aria-haspopup', 'aria-controls'].map((name) => m.getAttribute(name)).join(' ')), host);
}

test('with cards off a mention is plain text to assistive technology, and a button again when they come back', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/site-glossary.html`);
  await settled(page);
  const host = '.gloss-host';
  const on = await attributes(page, host);
  assert.ok(on.length > 3 && on.every((m) => /^button (0|-1) false dialog $/.test(m)), on.join('\n'));
  // An open card first: it closes as cards go off, and its mention keeps no state.
  await page.locator(`${host} [data-gloss-entity="lyon"]`).first().focus();
  await page.locator(`${host} .gloss-card`).waitFor({ state: 'visible' });
  await page.locator(`${host} .gloss-toggle`).click();
  assert.deepEqual([...new Set(await attributes(page, host))], ['    ']);
  await page.locator(`${host} .gloss-toggle`).click();
  assert.deepEqual(await attributes(page, host), on);
  // A widget the host mounted with cards off has no cards, and says so.
  await page.evaluate(() => Gloss.mount(document.getElementById('api'), '/tests/fixtures/bare-article.json', { cards: false, glossary: ['/tests/fixtures/glossary.json', '/tests/fixtures/glossary-2.json'] }));
  await page.waitForFunction(() => document.getElementById('api').dataset.glossState === 'ready');
  const off = await attributes(page, '#api');
  assert.ok(off.length > 3);
  assert.deepEqual([...new Set(off)], ['    ']);
  assert.equal(await page.locator('#api .gloss-mention').first().evaluate((m) => getComputedStyle(m).textDecorationLine), 'none');
  await page.context().close();
});
