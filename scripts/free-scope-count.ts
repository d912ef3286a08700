/**
 * Count findings negated only by a post-negation "free" cue that is not joined to them (dev tool, issue 13,
 * session 25): "60M with cough, headache-free" reads cough absent when the cue reaches back past "headache".
 * Read texts only: the read number sets and the read vignette pool as `read-dev-sets.ts` lists them (so a set released
 * as read joins here, and a gate set never does). A mention counts as joined when only spaces and hyphens stand between
 * it and the cue, or a coordinated
 * "X- and Y-free" chain of such mentions. Prints the counts per set and, with `--show`, each case (set, id, finding,
 * joined or not, and the words from the finding to the cue).
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/free-scope-count.ts [--model file] [--show]
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import { buildLexicon, extractFindings, type Mention } from '../src/intake/notes/index.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { flatten, vignetteStory } from '../src/bench/vignettes/run.js';
import type { NumbersNote } from '../src/bench/notes-numbers/run.js';
import { READ_NUMBER_SETS, readPoolFiles } from './read-dev-sets.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const show = process.argv.includes('--show');
const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const lexicon = buildLexicon(readModelArtifact(arg('--model', 'models/primary-care.json')));
const jsonl = (file: string): Record<string, unknown>[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

interface Text { readonly set: string; readonly id: string; readonly text: string }

function texts(): Text[] {
  const out: Text[] = [];
  for (const file of READ_NUMBER_SETS.map((name) => `src/bench/notes-numbers/${name}.json`)) {
    const j = JSON.parse(readFileSync(file, 'utf8')) as { notes: NumbersNote[] } | NumbersNote[];
    for (const n of Array.isArray(j) ? j : j.notes) out.push({ set: file.split('/').pop()!, id: n.id, text: n.note });
  }
  // readPoolFiles lists the MedQA and OSCE files first; their read halves are taken below, row by row.
  for (const file of readPoolFiles(data).slice(2)) {
    for (const raw of jsonl(file)) out.push({ set: file.split('/').pop()!, id: String(raw['id']), text: vignetteStory(String(raw['question'])) });
  }
  for (const raw of jsonl(`${data}/cases/medqa-dev-diagnosis.jsonl`)) {
    if (halfOf(raw) === 'read') out.push({ set: 'medqa-read', id: String(raw['id'] ?? out.length), text: vignetteStory(String(raw['question'])) });
  }
  jsonl(`${data}/cases/osce-medqa-dev.jsonl`).forEach((raw, row) => {
    if (halfOf(raw) !== 'read') return;
    const osce = raw['OSCE_Examination'] as Record<string, unknown>;
    out.push({ set: 'osce-read', id: `row-${row}`, text: flatten({ ...osce, Correct_Diagnosis: undefined }).join('.\n') });
  });
  return out;
}

const JOINER = /^[\s\-\u2010\u2011]*$/;
const COORD = /^[\s\-\u2010\u2011]*(and|or)[\s\-\u2010\u2011]*$/i;

/** Is mention m joined to the cue at `cue` (directly, or through a chain of coordinated joined mentions)? */
function joined(text: string, m: Mention, cue: number, all: readonly Mention[]): boolean {
  const gap = text.slice(m.span.end, cue);
  if (JOINER.test(gap)) return true;
  // "X- and Y-free": X is joined when some mention Y after it is joined and only "and"/"or" stands between.
  return all.some((y) => y.span.start > m.span.end && y.span.end <= cue && COORD.test(text.slice(m.span.end, y.span.start)) && joined(text, y, cue, all));
}

const counts = new Map<string, { texts: number; freeOnly: number; notJoined: number }>();
for (const t of texts()) {
  const c = counts.get(t.set) ?? counts.set(t.set, { texts: 0, freeOnly: 0, notJoined: 0 }).get(t.set)!;
  c.texts++;
  const r = extractFindings(t.text, lexicon);
  if (!r.ok) continue;
  const ms = r.value.mentions;
  for (const m of ms) {
    if (!m.negated || m.reading || m.statement) continue;
    const neg = m.rules.filter((d) => d.category === 'negated');
    if (neg.length !== 1 || neg[0]!.ruleId !== 'neg.post.free') continue;
    c.freeOnly++;
    const isJoined = joined(t.text, m, neg[0]!.span.start, ms);
    if (!isJoined) c.notJoined++;
    if (show) console.log(`${t.set}\t${t.id}\t${m.findingId}\t${isJoined ? 'joined' : 'NOT joined'}\t${m.used ? 'used' : 'unused'}\t${JSON.stringify(t.text.slice(m.span.start, neg[0]!.span.end))}`);
  }
}
let T = 0, F = 0, N = 0;
for (const [set, c] of counts) {
  console.error(`${set}\ttexts ${c.texts}\tfree-only ${c.freeOnly}\tnot joined ${c.notJoined}`);
  T += c.texts; F += c.freeOnly; N += c.notJoined;
}
console.error(`TOTAL\ttexts ${T}\tfree-only ${F}\tnot joined ${N}`);
