// The download budget: everything a reader fetches (loader, JS glue, wasm, CSS), gzip -9.
// Sizes are deterministic, so this is a pass/fail test; timings never are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

/**
 * The budget in bytes, for the larger of the two modes. Lower it whenever the size goes
 * down; raise it only as an issue grants, and say so in docs/measurements.md ("The
 * budget's history"), which holds its history.
 */
export const BUDGET = 101.6 * 1024;

/** What every reader downloads, by how the page uses gloss: a widget, or an article
 *  enhanced in place, each with its own wasm build (scripts/build); enhancement adds a
 *  stylesheet for the page's own text. A page that does both downloads both builds. */
export const MODES = {
  widget: ['gloss-loader.js', 'gloss.js', 'gloss_bg.wasm', 'gloss.css'],
  'in-place enhancement': ['gloss-loader.js', 'gloss-enhancement.js', 'gloss-enhancement_bg.wasm', 'gloss.css', 'gloss-enhance.css'],
};

/** Modules the loader imports only where a page needs them, each with a cap of its own:
 *  the knowledge source is the publisher's opt-in, and gloss-json.js serves documents
 *  over a megabyte, or broken ones. */
export const ON_DEMAND = { 'gloss-knowledge.js': 1.4 * 1024, 'gloss-json.js': 1.5 * 1024 };

/** The raw and gzip -9 sizes of a file of pkg/. */
export function size(name) {
  const bytes = readFileSync(new URL(`../pkg/${name}`, import.meta.url));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

test(`what every reader downloads fits in ${BUDGET / 1024} KB gzip, in either mode`, () => {
  for (const [mode, files] of Object.entries(MODES)) {
    const rows = files.map(size);
    const total = rows.reduce((sum, row) => sum + row.gzip, 0);
    console.log(`${mode}: ${rows.map((row) => `${row.name} ${row.gzip}`).join(', ')}; total ${total} bytes gzip (${(total / 1024).toFixed(1)} KB)`);
    assert.ok(total <= BUDGET, `${mode}: ${total} bytes gzip is over the ${BUDGET}-byte budget`);
  }
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
test('neither wasm build holds a function of core::fmt', () => {
  for (const build of ['gloss', 'gloss-enhancement']) {
    const linked = readFileSync(new URL(`../target/wasm-build/wasm32-unknown-unknown/wasm-release/linked-${build}.wasm`, import.meta.url));
    assert.ok(linked.includes('5gloss'), `${build}: the linked wasm has its function names`);
    assert.equal(linked.includes('4core3fmt'), false, `${build}: core::fmt is in the wasm: write numbers with gloss_base::decimal and join strings with concat`);
  }
});
