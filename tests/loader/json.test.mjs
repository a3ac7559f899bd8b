// The loader's sliced JSON parser against JSON.parse: on random documents, adversarial
// ones (__proto__ keys, deep nesting, escapes, huge strings) and broken ones, the sliced
// walk must give exactly what JSON.parse gives, or fail where it fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, valueEnd } from '../../www/loader/json.mjs';
import { random } from './random.mjs';

const KEYS = ['title', 'body', '__proto__', 'constructor', 'toString', '', 'a"b', 'ключ', '\u2028', 'x\\y'];
const STRINGS = ['', 'plain', 'quote " inside', 'back\\slash', 'tab\tand\nnewline', '\u0000\u001f', 'Ğ𝄞', '\ud800', '}{][,:', '"\\"'];

function value(next, depth) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const roll = next();
  if (depth > 4 || roll < 0.35) {
    const scalar = next();
    if (scalar < 0.3) return pick(STRINGS) + (next() < 0.1 ? 'x'.repeat(Math.floor(next() * 5000)) : '');
    if (scalar < 0.6) return Math.round((next() - 0.5) * 1e6) / (next() < 0.5 ? 1 : 1000);
    if (scalar < 0.8) return next() < 0.5;
    return null;
  }
  if (roll < 0.65) return Array.from({ length: Math.floor(next() * 6) }, () => value(next, depth + 1));
  const object = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) {
    Object.defineProperty(object, pick(KEYS) + (next() < 0.3 ? i : ''), {
      value: value(next, depth + 1), enumerable: true, writable: true, configurable: true,
    });
  }
  return object;
}

/** JSON text of a random document, with random white space between tokens. */
function text(next) {
  const document = {};
  for (let i = Math.floor(next() * 8) + 1; i > 0; i--) {
    Object.defineProperty(document, KEYS[Math.floor(next() * KEYS.length)] + i, {
      value: value(next, 0), enumerable: true, writable: true, configurable: true,
    });
  }
  const spaced = JSON.stringify(document, null, next() < 0.5 ? 0 : Math.floor(next() * 4));
  return next() < 0.3 ? ` \n${spaced}\t ` : spaced;
}

/** Both parsers on `source`: equal values, or both failing. */
async function agree(source, name) {
  let expected;
  let expectedError = null;
  try {
    expected = JSON.parse(source);
  } catch (error) {
    expectedError = error;
  }
  let actual;
  let actualError = null;
  try {
    actual = await parseJson(source, 0);
  } catch (error) {
    actualError = error;
  }
  assert.equal(actualError === null, expectedError === null, `${name}: one parser failed, the other did not`);
  if (expectedError === null) {
    assert.deepStrictEqual(actual, expected, name);
    assert.deepEqual(Object.keys(actual), Object.keys(expected), `${name}: member order`);
  }
}

test('the sliced parser gives what JSON.parse gives on random documents', async () => {
  const seed = Number(process.env.JSON_SEED || 20261204);
  const next = random(seed);
  for (let i = 0; i < 300; i++) await agree(text(next), `seed ${seed}, document ${i}`);
});

test('the sliced parser agrees with JSON.parse when documents are broken at random', async () => {
  const seed = Number(process.env.JSON_SEED || 7);
  const next = random(seed);
  const breakers = [',', ']', '}', '"', '\\', ':', ' ', 'x', '{', '['];
  for (let i = 0; i < 400; i++) {
    const source = text(next);
    const at = Math.floor(next() * source.length);
    const cut = next() < 0.5;
    const broken = cut
      ? source.slice(0, at) + source.slice(at + 1)
      : source.slice(0, at) + breakers[Math.floor(next() * breakers.length)] + source.slice(at);
    await agree(broken, `seed ${seed}, document ${i}, ${cut ? 'cut' : 'insert'} at ${at}`);
  }
});

test('adversarial documents', async () => {
  const rows = [
    ['__proto__ as a member becomes an own property', '{"__proto__": {"polluted": true}, "a": 1}'],
    ['__proto__ holding the list the walk reads in slices', '{"__proto__": [1, 2, 3]}'],
    ['constructor and prototype as members', '{"constructor": {"prototype": {"x": 1}}}'],
    ['deep nesting inside a member', `{"deep": ${'['.repeat(3000)}${']'.repeat(3000)}}`],
    ['deep nesting inside a list element', `{"list": [${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}]}`],
    ['escapes of every kind', String.raw`{"s": "\" \\ \/ \b \f \n \r \t \u0041 \ud83d\ude00 \u2028", "k\"ey": 1}`],
    ['a lone surrogate escape, which JSON.parse takes', String.raw`{"s": "\ud800"}`],
    ['a huge string', `{"big": "${'ab\\"'.repeat(400000)}", "after": [1]}`],
    ['a huge list of small values', `{"list": [${Array.from({ length: 20000 }, (_, i) => i).join(',')}]}`],
    ['brackets inside strings', '{"a": "]}[{", "b": ["]", "}", "\\\\"]}'],
    ['an empty object and list', '{"a": {}, "b": [], "c": [[], {}]}'],
    ['white space of every JSON kind', '{\t"a"\r\n:\n[ 1 ,\t2 ]\r}'],
    ['a duplicate key keeps the last, as JSON.parse does', '{"a": 1, "a": 2}'],
    ['a trailing comma in the list', '{"a": [1, 2,]}'],
    ['a trailing comma after the members', '{"a": 1,}'],
    ['a missing comma between elements', '{"a": [1 2]}'],
    ['text after the object', '{"a": 1} x'],
    ['a top-level list', '[1, 2, 3]'],
    ['a top-level string', '"text"'],
    ['a number key', '{1: 2}'],
  ];
  for (const [name, source] of rows) await agree(source, name);
  const polluted = await parseJson('{"__proto__": {"polluted": true}}', 0);
  assert.equal({}.polluted, undefined, 'Object.prototype is untouched');
  assert.equal(Object.getPrototypeOf(polluted), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyNames(polluted), ['__proto__']);
});

test('valueEnd finds where a value ends without parsing it', () => {
  const rows = [
    ['a string with an escaped quote', '"a\\"b" , 1', 0, 6],
    ['a string ending in an escaped backslash', '"a\\\\" , 1', 0, 5],
    ['a nested object', '{"a": [1, {"b": "}"}]}, 2', 0, 22],
    ['a number before a comma', '123,4', 0, 3],
    ['a literal before a bracket', 'true]', 0, 4],
  ];
  for (const [name, source, at, end] of rows) assert.equal(valueEnd(source, at), end, name);
  assert.throws(() => valueEnd('"unterminated', 0), (thrown) => thrown === null, 'an unterminated string');
});
