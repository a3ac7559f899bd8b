// JSON parsed in slices: a large document is read member by member and element by
// element, so that no single task parses megabytes.

import { inSlices, SLICE_MS } from './slices.mjs';

/** Above this many characters, JSON is parsed in slices. */
export var LARGE_JSON = 1000000;

/** Parses JSON text. A large object is parsed member by member, and its arrays element
 *  by element, in slices, so that no single task parses megabytes or even scans them:
 *  each piece is found by `valueEnd`, which only matches brackets, just before it is
 *  parsed. Whatever the walk does not expect goes to one plain JSON.parse, which throws
 *  the error with its line and column. `large` moves the threshold, for tests. */
export function parseJson(text, large) {
  if (text.length <= (large === undefined ? LARGE_JSON : large)) return Promise.resolve(JSON.parse(text));
  var at = 0;
  var result = {};
  var list = null;
  var done = false;
  var space = function () { while (at < text.length && text.charCodeAt(at) <= 32) at++; };
  var expect = function (c) { space(); if (text.charAt(at) !== c) throw null; at++; };
  var piece = function () {
    var end = valueEnd(text, at);
    var value = JSON.parse(text.slice(at, end));
    at = end;
    return value;
  };
  var memberEnd = function () {
    space();
    if (text.charAt(at) === '}') {
      at++;
      space();
      if (at !== text.length) throw null;
      done = true;
    } else {
      expect(',');
    }
  };
  // One member, or up to 64 elements of the array being read; true when all is read.
  var step = function () {
    if (list) {
      for (var n = 0; n < 64; n++) {
        space();
        if (text.charAt(at) === ']') {
          at++;
          list = null;
          memberEnd();
          return done;
        }
        list.push(piece());
        space();
        if (text.charAt(at) === ',') {
          at++;
          space();
          // A comma before the bracket is an error.
          if (text.charAt(at) === ']') throw null;
        } else if (text.charAt(at) !== ']') {
          throw null;
        }
      }
      return false;
    }
    space();
    var key = piece();
    if (typeof key !== 'string') throw null;
    expect(':');
    space();
    if (text.charAt(at) === '[') {
      at++;
      list = [];
      define(result, key, list);
      return false;
    }
    define(result, key, piece());
    memberEnd();
    return done;
  };
  try {
    expect('{');
    space();
    if (text.charAt(at) === '}') return Promise.resolve(JSON.parse(text));
  } catch (error) {
    return Promise.resolve().then(function () { return JSON.parse(text); });
  }
  return inSlices(function () {
    var deadline = performance.now() + SLICE_MS;
    while (performance.now() < deadline) {
      if (step()) return true;
    }
    return false;
  }, function () { return false; }).then(function () {
    return result;
  }, function () {
    return JSON.parse(text);
  });
}

/** Sets a member as JSON.parse would: an own property, even for "__proto__". */
function define(object, key, value) {
  Object.defineProperty(object, key, { value: value, writable: true, enumerable: true, configurable: true });
}

/** The index just after the JSON value that starts at `at`, found by matching brackets
 *  outside strings; JSON.parse checks the value itself. */
export function valueEnd(text, at) {
  var depth = 0;
  for (var i = at; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c === 34) {
      // A quote ends the string unless an odd number of backslashes comes before it.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) throw null;
        var slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (depth === 0) return i + 1;
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === 44 || c <= 32)) {
      return i;
    }
  }
  if (depth === 0) return text.length;
  throw null;
}
