// The download budget: everything a reader fetches (loader, JS glue, wasm, CSS), gzip -9.
// Sizes are deterministic, so this is a pass/fail test; timings never are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

/**
 * The budget in bytes of the full builds, for the larger of the two modes. Lower it
 * whenever the size goes down; raise it only as an issue grants, and say so in
 * docs/measurements.md ("The budget's history"), which holds its history.
 */
export const BUDGET = 97.2 * 1024;

/** The lean builds' budgets (no finders, no schema.org: docs/embedding.md, "Lean and full
 *  builds"), by mode, as measured: they only go down. The issue that made them set
 *  targets, `LEAN_TARGETS`, which they must stay under (docs/measurements.md, "The lean
 *  builds"). */
export const LEAN_BUDGETS = { 'lean widget': 65_250, 'lean in-place enhancement': 56_615 };
export const LEAN_TARGETS = { 'lean widget': 64 * 1024, 'lean in-place enhancement': 56 * 1024 };

/** What every reader downloads, by how the page uses gloss: a widget, or an article
 *  enhanced in place, each with its own wasm build (scripts/build), full or lean. A
 *  widget has gloss.css; enhancement has a stylesheet for the page's own text and the
 *  module that reads it, which holds its card's styles too (gloss-chrome.css), and no
 *  gloss.css. A page that does both downloads both builds. */
export const MODES = {
  widget: ['gloss-loader.js', 'gloss.js', 'gloss_bg.wasm', 'gloss.css'],
  'in-place enhancement': ['gloss-loader.js', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss-enhance.css', 'gloss-enhance.js'],
  'lean widget': ['gloss-loader.js', 'gloss-lean.js', 'gloss-lean_bg.wasm', 'gloss.css'],
  'lean in-place enhancement': ['gloss-loader.js', 'gloss-enhancement-lean.js', 'gloss-enhancement-lean_bg.wasm', 'gloss-enhance.css', 'gloss-enhance.js'],
};

/** The bytes gzip of one mode's files, printed by file. */
function total(mode) {
  const rows = MODES[mode].map(size);
  const sum = rows.reduce((bytes, row) => bytes + row.gzip, 0);
  console.log(`${mode}: ${rows.map((row) => `${row.name} ${row.gzip}`).join(', ')}; total ${sum} bytes gzip (${(sum / 1024).toFixed(1)} KB)`);
  return sum;
}

/** Modules the loader imports only where a page needs them, each with a cap of its own:
 *  the knowledge source is the publisher's opt-in (1.7 KB until it took a guess that a
 *  redirect retitled, 1.75 KB until a name of no kind took the kind its page reads like,
 *  both under the names issue's grant), and gloss-json.js serves documents over a
 *  megabyte, or broken ones. */
export const ON_DEMAND = { 'gloss-knowledge.js': 1.8 * 1024, 'gloss-json.js': 1.5 * 1024 };

/** The raw and gzip -9 sizes of a file of pkg/. */
export function size(name) {
  const bytes = readFileSync(new URL(`../pkg/${name}`, import.meta.url));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

test(`what every reader downloads fits in ${BUDGET / 1024} KB gzip, in either mode of the full builds`, () => {
  for (const mode of ['widget', 'in-place enhancement']) {
    const sum = total(mode);
    assert.ok(sum <= BUDGET, `${mode}: ${sum} bytes gzip is over the ${BUDGET}-byte budget`);
  }
});

test('the lean builds fit their budgets, and are smaller than the full ones', () => {
  for (const [mode, budget] of Object.entries(LEAN_BUDGETS)) {
    const sum = total(mode);
    assert.ok(sum <= budget, `${mode}: ${sum} bytes gzip is over its ${budget}-byte budget`);
    const full = total(mode.replace('lean ', ''));
    assert.ok(sum < full - 10_000, `${mode}: ${sum} bytes gzip, hardly less than the full build's ${full}`);
  }
});

// The issue's targets: 64 KB for a lean widget, 56 KB for a lean enhancement, all in.
test('the lean builds stay within the issue\'s targets', () => {
  const over = Object.entries(LEAN_TARGETS).map(([mode, target]) => [mode, total(mode) - target]).filter(([, bytes]) => bytes > 0);
  assert.deepEqual(over.map(([mode, bytes]) => `${mode}: ${bytes} bytes over the target`), []);
});

test('each module fetched on demand stays within its cap', () => {
  for (const [name, cap] of Object.entries(ON_DEMAND)) {
    const row = size(name);
    console.log(`${name} (on demand): ${row.raw} bytes, ${row.gzip} gzip`);
    assert.ok(row.gzip <= cap, `${name}: ${row.gzip} bytes gzip is over its ${cap}-byte cap`);
  }
});

// core::fmt costs the wasm a good deal (docs/measurements.md, "No core::fmt, and the
// standard library rebuilt with immediate-abort panics"), and it comes back with one
// `format!`, one `to_string()` on a number, or a build whose panics format their
// messages. The linker's output, before wasm-bindgen and wasm-opt strip its names, lists
// every function kept; "4core3fmt" is how both of Rust's symbol manglings spell the
// module `core::fmt`.
const linked = (build) => readFileSync(new URL(`../target/wasm-build/wasm32-unknown-unknown/wasm-release/linked-${build}.wasm`, import.meta.url));

test('no wasm build holds a function of core::fmt', () => {
  for (const build of ['gloss', 'gloss-enhancement', 'gloss-lean', 'gloss-enhancement-lean']) {
    const wasm = linked(build);
    assert.ok(wasm.includes('5gloss'), `${build}: the linked wasm has its function names`);
    assert.equal(wasm.includes('4core3fmt'), false, `${build}: core::fmt is in the wasm: write numbers with gloss_base::decimal and join strings with concat`);
  }
});

// The lean builds are the same code without the engine's `finders` feature: none of the
// finders' modules, and not the word lists they read, may be left in them. The mangled
// names spell each module as its length and name ("5names", "7context"); the type
// `context::Passage` stays, as a field of the entity table, and only its drop glue names it.
test('the lean builds hold no finder, no context extraction and no word list', () => {
  const finders = ['8acronyms', '5names', '7context(?!7PassageE)', '6people', '7lexicon'];
  for (const build of ['gloss-lean', 'gloss-enhancement-lean']) {
    const names = linked(build).toString('latin1');
    assert.ok(names.includes('12gloss_engine'), `${build}: the linked wasm has the engine's function names`);
    for (const module of finders) {
      const found = names.match(new RegExp(`12gloss_engine${module}\\w*`));
      assert.equal(found, null, `${build}: the engine's ${module.replace(/^\d+|\(.*/g, '')} is in the lean wasm (${found})`);
    }
    // The word lists are data, with no name of their own: one list's first words stand for them all,
    // packed as the lexicon packs them ("adam" shares one letter with "aaron").
    assert.equal(names.includes('aaron\x01dam'), false, `${build}: the given names' list is in the lean wasm`);
  }
  const full = linked('gloss');
  for (const module of finders) assert.match(full.toString('latin1'), new RegExp(`12gloss_engine${module}`), 'the full build has the finders');
  assert.ok(full.includes('aaron\x01dam'), 'the full build has the word lists');
});
