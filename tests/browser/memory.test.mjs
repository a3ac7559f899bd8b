// wasm memory never shrinks, so what rendering once needs at its peak stays for the life
// of the page. The target: after rendering the benchmark's large article (the
// demo body 100 times), wasm memory is at most 4x the article's JSON. Memory grows in
// whole 64 KB pages from a deterministic build and input, so this is a size, not a
// timing, and may be asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open } from './harness.mjs';

const demo = JSON.parse(readFileSync(new URL('../../www/demo/article.json', import.meta.url), 'utf8'));
const large = { ...demo, entities: [], body: Array.from({ length: 100 }, () => demo.body).flat() };

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

test('wasm memory after the large article, every finder on, is at most 4x its JSON', async () => {
  const page = await harness.page({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  await page.evaluate(() => Gloss.ready);
  const result = await page.evaluate(async ({ article, glossary }) => {
    const before = Gloss._memoryBytes();
    const host = document.createElement('div');
    document.body.appendChild(host);
    await Gloss.mount(host, article, { glossary });
    return {
      before,
      after: Gloss._memoryBytes(),
      json: JSON.stringify(article).length,
      mentions: host.shadowRoot.querySelectorAll('[data-gloss-entity]').length,
    };
  }, { article: large, glossary: demo.entities });
  console.log(`wasm memory ${result.before} -> ${result.after} bytes for ${result.json} bytes of JSON: ${(result.after / result.json).toFixed(2)}x`);
  // The article really was annotated: every copy of the demo body has its mentions.
  assert.ok(result.mentions >= 100 * 20, `${result.mentions} mentions`);
  assert.ok(result.after <= 4 * result.json, `${result.after} bytes of wasm memory is over 4x ${result.json}`);
  assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
});
