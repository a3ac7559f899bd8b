// Fetching JSON as the loader does, against a real server on 127.0.0.1: the value, and
// each way a fetch goes wrong, with the words a reader's console shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fetchJson, readText } from '../../www/loader/fetch.mjs';

let server;
let base;
const limits = { timeout: 2000, maxBytes: 4096 };

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/ok.json') {
      response.setHeader('content-type', 'application/json');
      response.end('{"title": "A", "list": [1, 2]}');
    } else if (path === '/chunked.json') {
      // "é" and "𝄞" split across chunks: the decoder must join their bytes.
      const bytes = Buffer.from('{"name": "é𝄞é"}');
      response.write(bytes.subarray(0, 11));
      setTimeout(() => {
        response.write(bytes.subarray(11, 14));
        setTimeout(() => response.end(bytes.subarray(14)), 5);
      }, 5);
    } else if (path === '/big-declared.json') {
      response.setHeader('content-length', '10000');
      response.end('x'.repeat(10000));
    } else if (path === '/huge-declared.json') {
      response.setHeader('content-length', String(2 * 1048576));
      response.end('x'.repeat(2 * 1048576));
    } else if (path === '/big-streamed.json') {
      response.write('[' + '1,'.repeat(1500));
      setTimeout(() => response.end('1,'.repeat(1500) + '1]'), 5);
    } else if (path === '/slow.json') {
      setTimeout(() => response.end('{}'), 1500);
    } else if (path === '/malformed.json') {
      response.end('{\n  "a": [1,]\n}');
    } else {
      response.statusCode = 404;
      response.end('nothing here');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(() => new Promise((done) => server.close(done)));

/** The message of the error `promise` rejects with, and where it says it happened. */
async function failure(promise) {
  try {
    await promise;
  } catch (error) {
    return { message: error.message, where: error.glossWhere };
  }
  assert.fail('expected the fetch to fail');
}

test('a JSON document arrives parsed', async () => {
  assert.deepEqual(await fetchJson('ok.json', base, limits), { title: 'A', list: [1, 2] });
});

test('text split inside a character across chunks is decoded whole', async () => {
  assert.deepEqual(await fetchJson('chunked.json', base, limits), { name: 'é𝄞é' });
});

test('each failure says what went wrong and where', async () => {
  const rows = [
    ['a status other than 200', 'missing.json', limits, /^the server answered 404 Not Found$/],
    ['a declared length over the limit', 'big-declared.json', limits, /^refused: larger than the 4096-byte limit$/],
    ['a streamed body over the limit', 'big-streamed.json', limits, /^refused: larger than the 4096-byte limit$/],
    ['a limit given in megabytes', 'huge-declared.json', { timeout: 2000, maxBytes: 1048576 * 1.5 }, /^refused: larger than the 1.5 MB limit$/],
    ['no answer in time', 'slow.json', { timeout: 200, maxBytes: 4096 }, /^no answer after 0.2 seconds$/],
    // Where the JSON goes wrong, by line and column, comes from gloss-json.js, which a
    // page imports from beside the loader (tests/browser/hostile.test.mjs); with no page
    // to import it from, as here, the error is the parser's own.
    ['malformed JSON, with no gloss-json.js to place the error', 'malformed.json', limits, /^not valid JSON: .*is not valid JSON$/s],
  ];
  for (const [name, address, rowLimits, expected] of rows) {
    const { message, where } = await failure(fetchJson(address, base, rowLimits));
    assert.match(message, expected, name);
    assert.equal(where, new URL(address, base).href, `${name}: the error names the URL`);
  }
});

test('a server that is not there', async () => {
  const closed = createServer();
  await new Promise((done) => closed.listen(0, '127.0.0.1', done));
  const address = `http://127.0.0.1:${closed.address().port}/gone.json`;
  await new Promise((done) => closed.close(done));
  const { message } = await failure(fetchJson(address, base, limits));
  assert.match(message, /^could not be fetched \(.+\)$/);
});

test('readText counts bytes, not characters', async () => {
  const body = 'é'.repeat(3000); // 6,000 bytes in UTF-8
  const tooBig = () => new Error('too big');
  await assert.rejects(readText(new Response(body), 5999, tooBig), /too big/);
  assert.equal(await readText(new Response(body), 6000, tooBig), body);
});
