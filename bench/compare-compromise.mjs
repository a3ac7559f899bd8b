// Compares gloss's automatic finders (no glossary) with the npm package `compromise`
// (people, organizations, places and acronyms) on the same paragraphs, against hand-made
// gold lists in bench/gold/. Prints precision, recall and F1 for both.
//
//   node bench/compare-compromise.mjs        (builds the native CLI if needed)
//
// A predicted mention counts as correct when the same paragraph's gold list holds the
// same text (each gold mention can be claimed once).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'target/release/gloss');

function glossMentions(article, blocks) {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-compare-'));
  const file = join(dir, 'article.json');
  writeFileSync(file, JSON.stringify({ ...article, entities: [] }));
  const out = JSON.parse(execFileSync(CLI, ['annotate', file], { encoding: 'utf8' }));
  const by = new Map(blocks.map((b) => [b, []]));
  for (const m of out.mentions) if (by.has(m.block)) by.get(m.block).push(m.text);
  return by;
}

function compromiseMentions(text) {
  const doc = nlp(text);
  const found = [
    ...doc.people().out('array'),
    ...doc.organizations().out('array'),
    ...doc.places().out('array'),
    ...doc.acronyms().out('array'),
  ];
  // compromise keeps trailing punctuation and possessives in its terms: trim them.
  return found.map((t) => t.replace(/[’']s$/u, '').replace(/^[\s"“(]+|[\s,.;:"”)’']+$/gu, '')).filter(Boolean);
}

function score(predicted, gold) {
  let correct = 0;
  const left = [...gold];
  for (const p of predicted) {
    const at = left.indexOf(p);
    if (at >= 0) {
      left.splice(at, 1);
      correct++;
    }
  }
  return { correct, predicted: predicted.length, gold: gold.length };
}

const totals = { gloss: { correct: 0, predicted: 0, gold: 0 }, compromise: { correct: 0, predicted: 0, gold: 0 } };
const misses = { gloss: [], compromise: [] };
for (const name of ['seed-article.json', 'demo-article.json']) {
  const spec = JSON.parse(readFileSync(join(ROOT, 'bench/gold', name), 'utf8'));
  const path = join(ROOT, spec.article);
  if (!existsSync(path)) {
    console.log(`SKIPPED ${name}: ${spec.article} is not here`);
    continue;
  }
  const article = JSON.parse(readFileSync(path, 'utf8'));
  const gold = Array.isArray(spec.body) ? Object.fromEntries(spec.body.map((g, i) => [i, g])) : spec.body;
  const blocks = Object.keys(gold).map(Number);
  const ours = glossMentions(article, blocks);
  for (const block of blocks) {
    const item = article.body[block];
    const text = typeof item === 'string' ? item : item.text ?? item.spans.map((span) => span.text).join('');
    for (const [system, predicted] of [['gloss', ours.get(block)], ['compromise', compromiseMentions(text)]]) {
      const s = score(predicted, gold[block]);
      for (const k of Object.keys(s)) totals[system][k] += s[k];
      const wrong = predicted.filter((p) => !gold[block].includes(p));
      if (wrong.length) misses[system].push(`${name} [${block}] not in gold: ${wrong.join(' | ')}`);
    }
  }
}

const rows = Object.entries(totals).map(([system, t]) => {
  const precision = t.correct / t.predicted || 0;
  const recall = t.correct / t.gold || 0;
  const f1 = (2 * precision * recall) / (precision + recall) || 0;
  return { system, ...t, precision: precision.toFixed(3), recall: recall.toFixed(3), f1: f1.toFixed(3) };
});
console.table(rows);
if (process.argv.includes('--verbose')) for (const [system, list] of Object.entries(misses)) console.log(system, list);
const [ours, theirs] = rows;
console.log(`gloss beats compromise on precision: ${ours.precision > theirs.precision}, on recall: ${ours.recall > theirs.recall}`);
