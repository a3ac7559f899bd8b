// Fetching JSON as gloss fetches articles and glossaries: a timeout, a size limit, text
// decoded in slices as it arrives, and errors that say what went wrong and where.

import { importModule } from './assets.mjs';
import { fail } from './errors.mjs';
import { LARGE_JSON } from './json.mjs';
import { nextTask, SLICE_MS } from './slices.mjs';

/**
 * Fetches JSON with a timeout and a size limit, and errors that say what went wrong
 * and where. `limits` holds `timeout` (ms) and `maxBytes`; `init` replaces the request's
 * credentials and the like (the knowledge source sends none).
 */
export function fetchJson(address, base, limits, init) {
  var resolved = new URL(address, base || document.baseURI).href;
  var controller = typeof AbortController === 'function' ? new AbortController() : null;
  var timer = setTimeout(function () { if (controller) controller.abort(); }, limits.timeout);
  var tooBig = function () {
    var limit = limits.maxBytes >= 1048576
      ? Math.round(limits.maxBytes / 1048576 * 10) / 10 + ' MB'
      : limits.maxBytes + '-byte';
    return fail(resolved, 'refused: larger than the ' + limit + ' limit');
  };
  return fetch(resolved, Object.assign(controller ? { signal: controller.signal } : {}, init || { credentials: 'same-origin' }))
    .then(function (response) {
      if (!response.ok) {
        throw fail(resolved, 'the server answered ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
      }
      if (Number(response.headers.get('content-length')) > limits.maxBytes) throw tooBig();
      return readText(response, limits.maxBytes, tooBig);
    }, function (error) {
      if (error && error.name === 'AbortError') {
        throw fail(resolved, 'no answer after ' + limits.timeout / 1000 + ' seconds');
      }
      throw fail(resolved, 'could not be fetched (' + (error && error.message || 'network error') + ')');
    })
    .then(function (text) {
      clearTimeout(timer);
      // Parsing takes a while: not in the task that read the text. Most documents are
      // parsed at once; parsing in slices (json.mjs) and saying where broken JSON goes
      // wrong (json-errors.mjs) are in gloss-json.js, which only the pages that need
      // them fetch (README, "Size").
      return nextTask().then(function () {
        if (text.length <= LARGE_JSON) return JSON.parse(text);
        return importModule('gloss-json.js').then(function (json) {
          return json.parseJson(text);
        }, function () {
          return JSON.parse(text);
        });
      }).catch(function (error) {
        return importModule('gloss-json.js').then(function (json) {
          return json.describeJsonError(text, error);
        }, function () {
          return 'not valid JSON: ' + (error && error.message || error);
        }).then(function (message) {
          throw fail(resolved, message);
        });
      });
    }, function (error) {
      clearTimeout(timer);
      if (error && error.name === 'AbortError') {
        throw fail(resolved, 'no answer after ' + limits.timeout / 1000 + ' seconds');
      }
      throw error;
    });
}

/** A response's text, decoded chunk by chunk as it arrives (a large article in one
 *  piece would hold the page), and refused once it passes `maxBytes`. Chunks that are
 *  already there arrive as promise reactions, all in the same task, so the loop moves
 *  to a new task once a slice's worth of time is spent. */
export function readText(response, maxBytes, tooBig) {
  if (!response.body) return response.text();
  var reader = response.body.getReader();
  var decoder = new TextDecoder();
  var parts = [];
  var size = 0;
  var deadline = performance.now() + SLICE_MS;
  var read = function () {
    if (performance.now() < deadline) return reader.read().then(next);
    return nextTask().then(function () {
      deadline = performance.now() + SLICE_MS;
      return reader.read();
    }).then(next);
  };
  var next = function (chunk) {
    if (chunk.done) {
      parts.push(decoder.decode());
      return parts.join('');
    }
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      reader.cancel();
      throw tooBig();
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
    return read();
  };
  return read();
}
