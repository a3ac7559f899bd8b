// The loader's JSON error locator: the same words at the same place as the CLI (the shared
// table in tests/fixtures/json-errors.json, which tests/json_errors.rs holds the CLI to),
// and, on random documents with a fault put in at random, the place of that fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeJsonError, findJsonError } from '../../www/loader/json-errors.mjs';
import { random } from './random.mjs';

test('syntax errors read as the CLI reads them', () => {
  const rows = JSON.parse(readFileSync(new URL('../fixtures/json-errors.json', import.meta.url), 'utf8'));
  assert.ok(rows.length >= 15, 'the table lost rows');
  for (const [name, text, expected] of rows) {
    assert.throws(() => JSON.parse(text), SyntaxError, `${name}: JSON.parse must refuse it too`);
    assert.equal(describeJsonError(text, null), expected, name);
  }
});

test('a valid document has no fault to find', () => {
  for (const text of ['{}', '[]', '0', '-1.5e+3', '"\\u00e9\\n"', '{"a": [true, false, null, {"b": ""}]}', ' [ 1 , 2 ] ']) {
    assert.equal(findJsonError(text), null, text);
  }
});

/** A random valid document as JSON text, and the offsets between its tokens. */
function document(next) {
  const parts = [];
  const boundaries = [];
  const emit = (token) => {
    boundaries.push(parts.join('').length);
    parts.push(token);
    if (next() < 0.3) parts.push(' ');
  };
  const value = (depth) => {
    const roll = next();
    if (depth > 3 || roll < 0.4) {
      emit([JSON.stringify('s' + Math.floor(next() * 100)), String(Math.floor(next() * 1000)), 'true', 'null'][Math.floor(next() * 4)]);
    } else if (roll < 0.7) {
      emit('[');
      const n = Math.floor(next() * 4);
      for (let i = 0; i < n; i++) {
        if (i) emit(',');
        value(depth + 1);
      }
      emit(']');
    } else {
      emit('{');
      const n = Math.floor(next() * 4);
      for (let i = 0; i < n; i++) {
        if (i) emit(',');
        emit(JSON.stringify('k' + i));
        emit(':');
        value(depth + 1);
      }
      emit('}');
    }
  };
  value(0);
  return { text: parts.join(''), boundaries };
}

test('the locator points at a fault put in at random between tokens', () => {
  const seed = Number(process.env.JSON_SEED || 4);
  const next = random(seed);
  let checked = 0;
  for (let i = 0; i < 2000; i++) {
    const { text, boundaries } = document(next);
    const at = boundaries[Math.floor(next() * boundaries.length)];
    const broken = text.slice(0, at) + '@' + text.slice(at);
    const found = findJsonError(broken);
    assert.ok(found, `seed ${seed}, document ${i}: no fault found in ${broken}`);
    assert.equal(found.at, at, `seed ${seed}, document ${i}: ${broken}`);
    const line = broken.slice(0, at).split('\n');
    assert.match(describeJsonError(broken, null), new RegExp(`^line ${line.length}, column ${line[line.length - 1].length + 1}: `));
    checked++;
  }
  assert.equal(checked, 2000);
});
