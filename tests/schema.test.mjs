// The JSON Schema and the fixtures agree: every valid fixture passes, every invalid one
// fails. Uses ajv from npm, so the schema is checked by a real validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, unicodeRegExp: true });
const validate = ajv.compile(read('../schema/article.schema.json'));

const VALID = ['fixtures/minimal.json', 'fixtures/all-blocks.json', 'fixtures/hostile.json', 'fixtures/rich.json', '../www/demo/article.json'];

for (const path of VALID) {
  test(`${path} matches the schema`, () => {
    assert.ok(validate(read(path)), JSON.stringify(validate.errors, null, 2));
  });
}

test('the seed article matches the schema', (t) => {
  const seed = new URL('../../shared/fixtures/seed-article.json', import.meta.url);
  if (!existsSync(seed)) {
    t.skip('SKIPPED: ../shared/fixtures/seed-article.json is not here (it is in CI)');
    return;
  }
  assert.ok(validate(JSON.parse(readFileSync(seed, 'utf8'))), JSON.stringify(validate.errors, null, 2));
});

const INVALID = {
  'no title': { body: ['a'] },
  'no body': { title: 'x' },
  'empty body': { title: 'x', body: [] },
  'a number in the body': { title: 'x', body: ['a', 7] },
  'unknown block type': { title: 'x', body: [{ type: 'table', text: 'a' }] },
  'heading level 7': { title: 'x', body: [{ type: 'heading', text: 'a', level: 7 }] },
  'unknown kind': { title: 'x', body: ['a'], entities: [{ id: 'a', name: 'A', kind: 'animal' }] },
  'punctuation alias': { title: 'x', body: ['a'], entities: [{ id: 'a', name: 'A', aliases: ['--'] }] },
  'not a date': { title: 'x', body: ['a'], published: 'Nov. 15' },
  'text and spans': { title: 'x', body: [{ type: 'paragraph', text: 'a', spans: [] }] },
  'unknown mark': { title: 'x', body: [{ type: 'paragraph', spans: [{ text: 'a', marks: ['blink'] }] }] },
  'image without src': { title: 'x', body: [{ type: 'image', alt: 'a' }] },
};

for (const [name, article] of Object.entries(INVALID)) {
  test(`the schema rejects: ${name}`, () => {
    assert.equal(validate(article), false);
  });
}
