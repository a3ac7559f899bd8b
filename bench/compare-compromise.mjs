// Scores gloss's automatic finders (no glossary) and the npm package `compromise`
// (people, organizations, places and acronyms) on the same blocks, against hand-made gold
// in bench/gold/. Prints, per article and per set, detection and typed precision, recall
// and F1 for gloss, and both F1s for compromise.
//
//   node bench/compare-compromise.mjs             the project's articles and bench/gold/tune/
//   node bench/compare-compromise.mjs --heldout   also the held-out sets, bench/gold/heldout*/ (see bench/corpus/README.md)
//   node bench/compare-compromise.mjs --verbose   also every wrong mark, miss and wrong kind
//   node bench/compare-compromise.mjs --check     only checks that every gold mention is found in its text
//
// Build the native CLI first (cargo build --release -p gloss-cli), or name another build
// in GLOSS_CLI.
//
// What counts (bench/corpus/README.md has the gold's format): spans are strict, the same
// block, start and end. A gold mention is a person, organization or place, or "other"
// (events, works, laws, nationalities, concepts), which is neutral: a mark on exactly its
// span counts neither way, and missing it costs nothing. Detection: a mark is right when a
// person, organization or place of the gold has its span, whatever kind it says. Typed:
// only marks that say person, organization or place are predictions, and one is right when
// the gold mention on its span has that kind; a mark of no kind ("Name") costs recall, not
// precision.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = process.env.GLOSS_CLI ?? join(ROOT, 'target/release/gloss');
const verbose = process.argv.includes('--verbose');
const checkOnly = process.argv.includes('--check');
const TYPED = new Set(['person', 'organization', 'place']);
const KINDS = new Set([...TYPED, 'other']);
const WORD = /[\p{L}\p{N}]/u;

/// The texts of a block as the engine reads them: one per list item, else one.
function blockTexts(item) {
  if (typeof item === 'string') return [item];
  const rich = (r) => (typeof r === 'string' ? r : (r.text ?? r.spans.map((span) => span.text).join('')));
  if (item.type === 'list') return item.items.map(rich);
  if (item.type === 'image') return item.caption ? [rich(item.caption)] : [''];
  if (item.type === 'divider') return [''];
  return [rich(item)];
}

/// A block's text, list items on lines of their own, and where each item starts in it.
function blockText(item) {
  const texts = blockTexts(item);
  const starts = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  return { text: texts.join('\n'), starts };
}

/// UTF-16 index of the `chars`-th Unicode scalar value of `text` (the CLI counts scalars).
function utf16At(text, chars) {
  let at = 0;
  for (let n = 0; n < chars && at < text.length; n++) at += text.codePointAt(at) > 0xffff ? 2 : 1;
  return at;
}

const wholeWordAt = (text, at, length) =>
  !WORD.test(text[at - 1] ?? '') && !WORD.test(text[at + length] ?? '');

/// The gold of one block as spans: each entry is [text, kind] or [text, kind, skip], in
/// reading order; each is the next whole-word occurrence of its text after the one before,
/// passing over `skip` occurrences first.
function resolveGold(text, entries, where) {
  const spans = [];
  let from = 0;
  for (const entry of entries) {
    const [surface, kind, skip = 0] = entry;
    if (!KINDS.has(kind)) throw new Error(`${where}: ${JSON.stringify(entry)}: kind must be one of ${[...KINDS].join(', ')}`);
    let at = from - 1;
    for (let passed = -1; passed < skip; ) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) throw new Error(`${where}: ${JSON.stringify(entry)} is not in the text after position ${from}`);
      if (wholeWordAt(text, at, surface.length)) passed++;
    }
    spans.push({ start: at, end: at + surface.length, text: surface, kind });
    from = at + surface.length;
  }
  return spans;
}

/// gloss's marks per block, with kinds, as UTF-16 spans of the block's text.
function glossMarks(article, blocks) {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-compare-'));
  const file = join(dir, 'article.json');
  writeFileSync(file, JSON.stringify({ ...article, entities: [] }));
  const out = JSON.parse(execFileSync(CLI, ['annotate', file], { encoding: 'utf8' }));
  const kinds = new Map(out.entities.map((e) => [e.id, e.kind]));
  const by = new Map(blocks.map((b) => [b, []]));
  for (const m of out.mentions) {
    if (!by.has(m.block)) continue;
    const item = m.item ?? 0;
    const texts = blockTexts(article.body[m.block]);
    const offset = blockText(article.body[m.block]).starts[item];
    const start = offset + utf16At(texts[item], m.start);
    const end = offset + utf16At(texts[item], m.end);
    by.get(m.block).push({ start, end, text: m.text, kind: kinds.get(m.entity) });
  }
  return by;
}

/// compromise's people, organizations and places (typed) and acronyms (untyped), trimmed
/// of the punctuation and possessives it keeps in its terms.
function compromiseMarks(text) {
  const doc = nlp(text);
  const marks = [];
  for (const [kind, found] of [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
    ['other', doc.acronyms()],
  ]) {
    for (const term of found.json({ offset: true })) {
      let { start, length } = term.offset;
      let surface = text.slice(start, start + length);
      const lead = surface.match(/^[\s"“(]+/u)?.[0].length ?? 0;
      surface = surface.slice(lead).replace(/[’']s$/u, '').replace(/[\s,.;:"”)’']+$/u, '');
      start += lead;
      if (surface && !marks.some((m) => m.start === start && m.end === start + surface.length))
        marks.push({ start, end: start + surface.length, text: surface, kind });
    }
  }
  return marks;
}

const emptyCounts = () => ({ found: 0, marks: 0, gold: 0, typedRight: 0, typedMarks: 0, typedGold: 0, untyped: 0 });

/// One block's counts for one system, and what it got wrong.
function score(marks, gold, notes) {
  const counts = emptyCounts();
  const at = (s) => gold.find((g) => g.start === s.start && g.end === s.end);
  for (const g of gold) if (TYPED.has(g.kind)) counts.gold++, counts.typedGold++;
  const claimed = new Set();
  for (const m of marks) {
    const g = at(m);
    if (g && claimed.has(g)) continue;
    if (g) claimed.add(g);
    if (g?.kind === 'other') continue;
    counts.marks++;
    if (g) counts.found++;
    else notes.wrong.push(m.text);
    if (TYPED.has(m.kind)) {
      counts.typedMarks++;
      if (g?.kind === m.kind) counts.typedRight++;
      else if (g) notes.kinds.push(`${m.text} (${m.kind}, gold ${g.kind})`);
    } else if (g) {
      counts.untyped++;
      notes.kinds.push(`${m.text} (${m.kind}, gold ${g.kind})`);
    }
  }
  for (const g of gold) if (TYPED.has(g.kind) && !claimed.has(g)) notes.missed.push(g.text);
  return counts;
}

function add(total, counts) {
  for (const k of Object.keys(total)) total[k] += counts[k];
}

function figures(right, predicted, gold) {
  const precision = right / predicted || 0;
  const recall = right / gold || 0;
  const f1 = (2 * precision * recall) / (precision + recall) || 0;
  return [precision, recall, f1].map((x) => x.toFixed(3));
}

function row(set, article, g, c) {
  const [dp, dr, df] = figures(g.found, g.marks, g.gold);
  const [tp, tr, tf] = figures(g.typedRight, g.typedMarks, g.typedGold);
  return {
    set,
    article,
    det_p: dp,
    det_r: dr,
    det_f1: df,
    typed_p: tp,
    typed_r: tr,
    typed_f1: tf,
    untyped: g.untyped,
    cmp_det_f1: figures(c.found, c.marks, c.gold)[2],
    cmp_typed_f1: figures(c.typedRight, c.typedMarks, c.typedGold)[2],
  };
}

function sets() {
  const list = [['project', ['seed-article.json', 'demo-article.json']]];
  const heldout = process.argv.includes('--heldout') || checkOnly;
  const held = readdirSync(join(ROOT, 'bench/gold')).filter((d) => d.startsWith('heldout')).sort();
  for (const set of ['tune', ...(heldout ? held : [])]) {
    const dir = join(ROOT, 'bench/gold', set);
    if (existsSync(dir))
      list.push([set, readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => `${set}/${f}`)]);
  }
  return list;
}

/// One article's gold as spans per block, or null when its article is not here.
function readGold(name) {
  const spec = JSON.parse(readFileSync(join(ROOT, 'bench/gold', name), 'utf8'));
  const path = join(ROOT, spec.article);
  if (!existsSync(path)) {
    console.log(`SKIPPED ${name}: ${spec.article} is not here`);
    return null;
  }
  const article = JSON.parse(readFileSync(path, 'utf8'));
  const entries = Array.isArray(spec.body) ? spec.body.map((g, i) => [i, g]) : Object.entries(spec.body);
  const gold = new Map();
  for (const [block, list] of entries) {
    const item = article.body[Number(block)];
    if (item === undefined) throw new Error(`${name}: block ${block} is not in ${spec.article}`);
    gold.set(Number(block), resolveGold(blockText(item).text, list, `${name} [${block}]`));
  }
  return { article, gold };
}

function main() {
  const rows = [];
  const lines = [];
  for (const [set, names] of sets()) {
    const totals = { gloss: emptyCounts(), compromise: emptyCounts() };
    for (const name of names) {
      const read = readGold(name);
      if (!read || checkOnly) continue;
      const { article, gold } = read;
      const ours = glossMarks(article, [...gold.keys()]);
      const counts = { gloss: emptyCounts(), compromise: emptyCounts() };
      for (const [block, spans] of gold) {
        const notes = { wrong: [], missed: [], kinds: [] };
        add(counts.gloss, score(ours.get(block), spans, notes));
        add(counts.compromise, score(compromiseMarks(blockText(article.body[block]).text), spans, { wrong: [], missed: [], kinds: [] }));
        for (const [label, list] of Object.entries(notes))
          if (list.length) lines.push(`${name} [${block}] ${label}: ${list.join(' | ')}`);
      }
      add(totals.gloss, counts.gloss);
      add(totals.compromise, counts.compromise);
      rows.push(row(set, name.replace(/\.json$/, ''), counts.gloss, counts.compromise));
    }
    if (!checkOnly) {
      rows.push(row(set, 'TOTAL', totals.gloss, totals.compromise));
      const g = totals.gloss;
      lines.unshift(`${set}: gloss ${g.found}/${g.marks}/${g.gold} found/marks/gold, typed ${g.typedRight}/${g.typedMarks}/${g.typedGold}, ${g.untyped} right marks of no kind`);
    }
  }
  if (checkOnly) return console.log('Every gold mention is in its text.');
  console.table(rows);
  console.log('det: any kind; typed: person, organization, place; untyped: right marks of no kind; cmp: compromise.');
  for (const line of lines.filter((l) => verbose || !l.includes(' ['))) console.log(line);
}

main();
