// Unit tests for the pure parts of the loader's DOM-facing modules. What needs a page
// (mounting, the text walk, the element, booting from a script tag, the stylesheets) is
// tested in Chromium by tests/browser/; these rows pin the rules those paths rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { optionsFrom } from '../../www/loader/boot.mjs';
import { argumentError, checkedOptions } from '../../www/loader/errors.mjs';
import { readJsonLd } from '../../www/loader/enhance.mjs';
import { knowledgeCap, knowledgeTitleFits, knowledgeUrl } from '../../www/loader/knowledge-fill.mjs';
import { knowledgeSource } from '../../www/loader/knowledge.mjs';
import { limitsOf, toList } from '../../www/loader/widget.mjs';
import RULES from '../../crates/model/data/page-text.json' with { type: 'json' };

// The one page property these functions read: the page's base URL.
globalThis.document = { baseURI: 'https://news.example/story/1' };

test('the furniture and credit expressions of enhance.mjs are the page-text rules\' words (which the CLI reads)', () => {
  const source = readFileSync(new URL('../../www/loader/enhance.mjs', import.meta.url), 'utf8');
  const literals = {};
  (function visit(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclarator' && node.init?.regex) literals[node.id.name] = node.init.regex;
    for (const child of Object.values(node)) (Array.isArray(child) ? child : [child]).forEach(visit);
  })(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }));
  // crates/cli/src/page/rules.rs matches these shapes around the words, as they are here.
  assert.deepEqual(literals.FURNITURE, { pattern: `(^|[\\s_-])(${RULES.furniture})($|[\\s_-])`, flags: 'i' });
  assert.deepEqual(literals.CREDIT, { pattern: `^\\s*((${RULES.credit})s?( credits?| illustration)?\\s*(:|by\\b)|©|courtesy\\b)`, flags: 'i' });
});

test('JSON-LD as sites publish it (enhance.mjs)', () => {
  const value = '{"@type": "NewsArticle", "headline": "A \\"quoted\\" title"}';
  const rows = [
    ['plain', value, 'A "quoted" title'],
    ['CDATA', `<![CDATA[${value}]]>`, 'A "quoted" title'],
    ['CDATA behind line comments', `//<![CDATA[\n${value}\n//]]>`, 'A "quoted" title'],
    ['CDATA behind block comments', `/*<![CDATA[*/${value}/*]]>*/`, 'A "quoted" title'],
    ['an HTML comment', `<!--\n${value}\n-->`, 'A "quoted" title'],
    ['entity-encoded quotes', '{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;headline&quot;: &quot;Rates &amp; rents&quot;}', 'Rates & rents'],
    ['numeric entities', '{&#34;headline&#34;: &#x22;x&#x22;}', 'x'],
    ['a raw line break inside a string', '{"headline": "two\nlines"}', 'two lines'],
  ];
  for (const [name, text, headline] of rows) assert.equal(readJsonLd(text)?.headline, headline, name);
  for (const garbage of ['', 'not json', '{"headline": ', '<script>alert(1)</script>']) {
    assert.equal(readJsonLd(garbage), undefined, `garbage: ${JSON.stringify(garbage)}`);
  }
});

test('a guessed page\'s title fits its name, a redirect\'s included (knowledge-fill.mjs)', () => {
  const rows = [
    // name, the page's title, fits
    ['the same title', 'Ada Lovelace', 'Ada Lovelace', true],
    ['another case, underscores', 'ada lovelace', 'Ada_Lovelace', true],
    ['the name within a longer title', 'Corvanta', 'Corvanta Group', true],
    ['a qualified title', 'Halden', 'Halden (town)', true],
    ['a hyphenated name', 'Guinea-Bissau', 'Guinea-Bissau', true],
    ['an acronym of the capitalised words', 'IPAC', 'Inter-Parliamentary Alliance on China', true],
    ['an acronym of every capitalised word', 'MPS', 'Ministry of Public Security', true],
    ['another person the name led to', 'Ada Lovelace', 'Ada King, Countess of Lovelace', false],
    ['words out of order', 'Lovelace Ada', 'Ada Lovelace', false],
    ['part of a word is not the word', 'Corv', 'Corvanta Group', false],
    ['letters in another order', 'RSF', 'Reporters Without Borders', false],
    ['a capitalised word is not an acronym', 'Ipac', 'Inter-Parliamentary Alliance on China', false],
    ['the initials of too few words', 'IPA', 'Inter-Parliamentary Alliance on China', false],
  ];
  for (const [what, name, title, fits] of rows) assert.equal(knowledgeTitleFits(title, name), fits, what);
});

test('options from attributes (boot.mjs)', () => {
  const read = (attributes) => optionsFrom((name) => (name in attributes ? attributes[name] : null));
  assert.deepEqual(read({}), { glossary: undefined, theme: undefined, cards: true, toggle: true, index: false, progress: false, knowledge: undefined, auto: undefined, build: undefined });
  const all = read({ glossary: ' /a.json  /b.json ', theme: 'dark', cards: 'off', toggle: 'off', index: '', progress: 'on', knowledge: 'wikipedia', auto: 'off', build: 'lean' });
  assert.deepEqual(all, { glossary: ['/a.json', '/b.json'], theme: 'dark', cards: false, toggle: false, index: true, progress: true, knowledge: 'wikipedia', auto: false, build: 'lean' });
  // Only "off" and "false" turn the finders off; any other value leaves them as they are.
  assert.equal(read({ auto: 'false' }).auto, false);
  assert.equal(read({ auto: 'on' }).auto, undefined);
  assert.equal(read({ index: 'false' }).index, false, 'index="false" is off');
  assert.equal(read({ cards: 'false' }).cards, false);
  assert.equal(read({ toggle: 'false' }).toggle, false);
  assert.equal(read({ toggle: '' }).toggle, true, 'a bare toggle attribute keeps the switch');
});

test('options checked: what gloss cannot use is left out with a warning that names it (errors.mjs)', (t) => {
  const warned = [];
  t.mock.method(console, 'warn', (message) => warned.push(message));
  const hostile = Object.create(null);
  const checked = checkedOptions('mount', {
    dwell: 0, hideDelay: '300', theme: 'dark', cards: null, glossary: ['/a.json'], auto: { names: false },
    knowledge: hostile, index: 1, toggle: false, __panicForTesting: true, colour: 'red', messages: hostile,
  });
  assert.deepEqual(checked, {
    dwell: 0, theme: 'dark', cards: null, glossary: ['/a.json'], auto: { names: false },
    knowledge: hostile, toggle: false, __panicForTesting: true, messages: hostile,
  });
  assert.deepEqual(warned, [
    'gloss: mount: hideDelay must be a number, got "300"; ignored',
    'gloss: mount: index must be a boolean, got 1; ignored',
    'gloss: mount: colour is not an option; ignored',
  ]);
  assert.deepEqual(checkedOptions('enhance', undefined), {});
  assert.deepEqual(checkedOptions('enhance', null), {});
  assert.throws(() => checkedOptions('enhance', 'dark'), { message: 'gloss: enhance: options must be an object, got "dark"' });
  assert.equal(checkedOptions('x', { theme: 'sepia' }).theme, undefined);
});

test('an argument error names the call, the argument and what it got (errors.mjs)', () => {
  const got = (value) => argumentError('mount', 'element', 'an Element', value).message;
  assert.equal(got(null), 'gloss: mount: element must be an Element, got null');
  assert.equal(got(undefined), 'gloss: mount: element must be an Element, got undefined');
  assert.equal(got('#main'), 'gloss: mount: element must be an Element, got "#main"');
  assert.equal(got(0), 'gloss: mount: element must be an Element, got 0');
  assert.equal(got([]), 'gloss: mount: element must be an Element, got an array');
  assert.equal(got(Object.create(null)), 'gloss: mount: element must be an Element, got an object');
  assert.equal(got(() => 'source'), 'gloss: mount: element must be an Element, got a function');
  assert.equal(got({ nodeType: 1, localName: 'img' }), 'gloss: mount: element must be an Element, got <img>');
});

test('the knowledge source an option names (knowledge.mjs)', () => {
  assert.equal(knowledgeSource(undefined), null, 'off by default');
  assert.equal(knowledgeSource(false), null);
  assert.equal(knowledgeSource('https://kb.example/summary'), null, 'a template without {title} is refused');
  assert.deepEqual(knowledgeSource('wikipedia'), { url: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/{title}', lang: undefined, name: 'Wikipedia, CC BY-SA' });
  assert.equal(knowledgeSource({ provider: 'wikipedia', lang: 'fr' }).lang, 'fr');
  assert.deepEqual(knowledgeSource('/kb/{title}'), { url: '/kb/{title}', name: 'news.example' }, 'a site template is named by its host');
  assert.equal(knowledgeSource('https://kb.example/{title}').name, 'kb.example');
});

test('URLs from a knowledge answer: absolute http or https only (knowledge.mjs)', () => {
  const rows = [
    ['https://upload.example/a.jpg', 'https://upload.example/a.jpg'],
    ['http://en.example/wiki/A', 'http://en.example/wiki/A'],
    ['javascript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['//upload.example/a.jpg', null],
    ['/relative.jpg', null],
    ['https://upload.example/a\u0000.jpg', null],
    ['not a url', null],
  ];
  for (const [value, expected] of rows) assert.equal(knowledgeUrl(value), expected, value);
});

test('a long extract is cut at a word, with an ellipsis (knowledge.mjs)', () => {
  assert.equal(knowledgeCap('Short enough.', 40), 'Short enough.');
  assert.equal(knowledgeCap('The river rises in the hills and runs to the sea.', 20), 'The river rises in\u2026');
});

test('limits and lists (widget.mjs)', () => {
  assert.deepEqual(limitsOf({}), { timeout: 15000, maxBytes: 20 * 1048576 });
  assert.deepEqual(limitsOf({ timeout: 500, maxBytes: 1024 }), { timeout: 500, maxBytes: 1024 });
  assert.deepEqual(limitsOf({ timeout: -1, maxBytes: 0 }), { timeout: 15000, maxBytes: 20 * 1048576 }, 'nonsense keeps the defaults');
  assert.deepEqual(toList(null), []);
  assert.deepEqual(toList(''), []);
  assert.deepEqual(toList('/a.json'), ['/a.json']);
  assert.deepEqual(toList(['/a.json', '/b.json']), ['/a.json', '/b.json']);
});
