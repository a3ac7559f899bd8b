// A static file server for the demo and the browser tests, on 127.0.0.1 only.
//
// It serves the repository root, with `application/wasm` for .wasm files, and the headers
// a CDN must send for a page on another origin to load gloss (docs/deploying.md, "The headers"):
// `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`.
// `cors: false` leaves them out; `tamper(path)`, when true, serves that file with a
// change that still works, as a compromised CDN might, for the integrity tests;
// `delay(path)` holds a file back that many milliseconds before answering, as a slow
// network or a distant CDN would, for the layout-shift tests. A few
// routes misbehave on purpose for the error tests, and GLOSS_TEST_BUILD=lean serves the
// lean wasm builds under the full builds' names, so that every page runs without the
// finders (scripts/test's lean run; `needsFinders` in tests/browser/harness.mjs). Other
// routes misbehave on purpose for the error tests:
//   /__test/hang        never answers;
//   /__test/status/N    answers with status N and an HTML body;
//   /__knowledge/TITLE  a stand-in for Wikipedia's REST page/summary, answering from
//                       tests/fixtures/knowledge/ (see KNOWLEDGE below), recording each
//                       request's title and headers in `knowledge.requests`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LEAN = process.env.GLOSS_TEST_BUILD === 'lean';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the knowledge stand-in answers for each title: a fixture file, `hang` (no answer
 *  ever, for the timeout), `huge` (a valid summary over the loader's size limit, sent in
 *  chunks with no length); any other title is a 404, as Wikipedia answers a missing page. */
const KNOWLEDGE = {
  Ada_Lovelace: 'normal.json',
  Grace_Hopper: 'mismatched-kind.json',
  Mercury: 'disambiguation.json',
  Broken_Page: 'malformed.txt',
  Hostile_Page: 'hostile.json',
  Analytical_Society: 'item.json',
  Difference_Society: 'item.json',
  Slow_Page: 'hang',
  Huge_Page: 'huge',
};

/** Answers a knowledge request for `title`. The fixtures' `https://stub.invalid` stands
 *  for this server, so that a thumbnail loads from 127.0.0.1 and nowhere else. */
async function answerKnowledge(title, response, origin, hanging) {
  const answer = KNOWLEDGE[title];
  const head = { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
  if (answer === 'hang') {
    hanging.add(response);
    return;
  }
  if (answer === 'huge') {
    response.writeHead(200, head);
    const extract = 'A sentence that says nothing much, again and again. '.repeat(40);
    response.write(`{"type":"standard","title":"Huge Page","description":"Company","extract":"`);
    for (let i = 0; i < 60; i++) response.write(extract);
    response.end('"}');
    return;
  }
  if (!answer) {
    response.writeHead(404, head);
    response.end('{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found","title":"Not found."}');
    return;
  }
  const text = await readFile(join(ROOT, 'tests/fixtures/knowledge', answer), 'utf8');
  response.writeHead(200, head);
  response.end(text.replaceAll('https://stub.invalid', origin));
}

/** Starts the server; resolves to `{ url, knowledge, close() }`. Port 0 picks a free
 *  port. `knowledge.requests` lists the knowledge requests, and `knowledge.hold(title)`
 *  keeps that title's answers back until the function it returns is called. */
export function start(port = 0, { headers = {}, cors = true, tamper = () => false, delay = () => 0 } = {}) {
  const hanging = new Set();
  const held = new Map();
  const knowledge = {
    requests: [],
    hold(title) {
      let release;
      held.set(title, new Promise((done) => { release = done; }));
      return () => { held.delete(title); release(); };
    },
  };
  let origin = '';
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path === '/__test/hang') {
      hanging.add(response);
      return;
    }
    if (path.startsWith('/__knowledge/')) {
      const title = path.slice('/__knowledge/'.length);
      knowledge.requests.push({ title, url: request.url, headers: request.headers });
      await held.get(title);
      await answerKnowledge(title, response, origin, hanging);
      return;
    }
    const status = /^\/__test\/status\/(\d{3})$/.exec(path);
    if (status) {
      response.writeHead(Number(status[1]), { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>error</title><p>Not here.</p>');
      return;
    }
    const served = LEAN ? path.replace(/^\/pkg\/(gloss|gloss-enhancement)(\.js|_bg\.wasm)$/, '/pkg/$1-lean$2') : path;
    let file = normalize(join(ROOT, served));
    if (!file.startsWith(ROOT)) {
      response.writeHead(403).end();
      return;
    }
    const latency = delay(path);
    if (latency > 0) await new Promise((done) => setTimeout(done, latency));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      // A wasm gains an empty custom section named "x", anything else a newline: the file
      // still works, so only an integrity check can tell.
      if (tamper(path)) body = Buffer.concat([body, Buffer.from(file.endsWith('.wasm') ? [0, 2, 1, 120] : [10])]);
      const extra = typeof headers === 'function' ? headers(path) : headers;
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(cors ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
        ...extra,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      origin = url;
      done({
        url,
        knowledge,
        close: () => new Promise((closed) => {
          for (const response of hanging) response.destroy();
          server.closeAllConnections();
          server.close(closed);
        }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const port = at > 0 ? Number(process.argv[at + 1]) : 8000;
  const { url } = await start(port);
  console.log(`gloss demo: ${url}/www/`);
}
