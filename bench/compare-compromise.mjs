// Compares gloss's automatic finders (no glossary) with the npm package `compromise`
// (people, organizations, places and acronyms) on the same paragraphs, against hand-made
// gold lists in bench/gold/. Prints precision, recall and F1 per article and per set.
//
//   node bench/compare-compromise.mjs             the project's articles and bench/gold/tune/
//   node bench/compare-compromise.mjs --heldout   also bench/gold/heldout/ (see bench/corpus/README.md)
//   node bench/compare-compromise.mjs --verbose   also every mention not in the gold, and every miss
//
// Build the native CLI first (cargo build --release). A predicted mention counts as
// correct when the same block's gold list holds the same text (each gold mention can be
// claimed once).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'target/release/gloss');
const verbose = process.argv.includes('--verbose');

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

/// The text of a block as the engine reads it: list items on lines of their own, and a
/// figure's caption.
function blockText(item) {
  if (typeof item === 'string') return item;
  const rich = (r) => (typeof r === 'string' ? r : r.text ?? r.spans.map((span) => span.text).join(''));
  if (item.type === 'list') return item.items.map(rich).join('\n');
  if (item.type === 'image') return item.caption ? rich(item.caption) : '';
  if (item.type === 'divider') return '';
  return rich(item);
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
  return { correct, predicted: predicted.length, gold: gold.length, missed: left };
}

function figures(t) {
  const precision = t.correct / t.predicted || 0;
  const recall = t.correct / t.gold || 0;
  const f1 = (2 * precision * recall) / (precision + recall) || 0;
  return { precision: precision.toFixed(3), recall: recall.toFixed(3), f1: f1.toFixed(3) };
}

const sets = [['project', ['seed-article.json', 'demo-article.json']]];
for (const set of ['tune', ...(process.argv.includes('--heldout') ? ['heldout'] : [])]) {
  const dir = join(ROOT, 'bench/gold', set);
  if (existsSync(dir)) sets.push([set, readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => `${set}/${f}`)]);
}

const rows = [];
const notes = [];
for (const [set, names] of sets) {
  const totals = { gloss: { correct: 0, predicted: 0, gold: 0 }, compromise: { correct: 0, predicted: 0, gold: 0 } };
  for (const name of names) {
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
    const article_totals = { gloss: { correct: 0, predicted: 0, gold: 0 }, compromise: { correct: 0, predicted: 0, gold: 0 } };
    for (const block of blocks) {
      const text = blockText(article.body[block]);
      for (const [system, predicted] of [['gloss', ours.get(block)], ['compromise', compromiseMentions(text)]]) {
        const s = score(predicted, gold[block]);
        for (const k of ['correct', 'predicted', 'gold']) {
          totals[system][k] += s[k];
          article_totals[system][k] += s[k];
        }
        const wrong = [...predicted];
        for (const g of gold[block]) if (wrong.includes(g)) wrong.splice(wrong.indexOf(g), 1);
        if (system === 'gloss' && (wrong.length || s.missed.length))
          notes.push(`${name} [${block}]${wrong.length ? ` not in gold: ${wrong.join(' | ')}` : ''}${s.missed.length ? ` missed: ${s.missed.join(' | ')}` : ''}`);
      }
    }
    const label = name.replace(/\.json$/, '');
    rows.push({ set, article: label, gloss_f1: figures(article_totals.gloss).f1, gloss_p: figures(article_totals.gloss).precision, gloss_r: figures(article_totals.gloss).recall, compromise_f1: figures(article_totals.compromise).f1 });
  }
  for (const system of ['gloss', 'compromise']) {
    const f = figures(totals[system]);
    rows.push({ set, article: `TOTAL ${system}`, gloss_f1: f.f1, gloss_p: f.precision, gloss_r: f.recall, compromise_f1: `${totals[system].correct}/${totals[system].predicted}/${totals[system].gold}` });
  }
}
console.table(rows);
console.log('Per article: gloss F1, precision and recall, and compromise F1. TOTAL rows: F1, precision, recall, and correct/predicted/gold.');
if (verbose) for (const line of notes) console.log(line);
