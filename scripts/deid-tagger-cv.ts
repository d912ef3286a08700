/**
 * Grouped cross-validation of the learned word tagger (src/privacy/deid/tagger.ts) on the dev notes' cv patients
 * (the untouched third is never read here): for each of the 5 patient folds, train on the other 4 with surrogate
 * augmentation and score the rules alone and the rules + tagger on the held fold. Two lexicon settings: as loaded,
 * and "unseen names" (every word of every gold PHI of the cv notes removed from the name and place lists, so the
 * lists know none of these patients', relatives', clinicians' or places' names — the held-out situation).
 *   node --import tsx scripts/deid-tagger-cv.ts [--notes FILE] [--lexicons DIR|none] [--margins 0,2,4] [--epochs 5]
 * The shipped weights are built by scripts/deid-tagger-build.ts from the repo's letter sets only (no nursing note).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, newScore, reportedSpans, scoreNote, splitPatients, summarise, type Lexicon } from '../src/privacy/deid/index.js';
import type { TaggerWeights } from '../src/privacy/deid/tagger.js';
import { trainTagger, type TrainNote } from '../src/privacy/deid/tagger-train.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const data = process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data');
const notesPath = arg('--notes', resolve(data, 'deid', 'nursing-notes-dev.jsonl'));
const lexArg = arg('--lexicons', resolve(data, 'deid', 'lexicons'));
const base = lexArg === 'none' ? getDefaultLexicon() : extendLexicon(lexArg);
const margins = arg('--margins', '0,2,4').split(',').map(Number);
const epochs = Number(arg('--epochs', '5'));

interface Row { patient: string; note: string; text: string; phi: { start: number; end: number; type: string }[] }
const all = readFileSync(notesPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const split = splitPatients(all.map((r) => r.patient));
const rows = all.filter((r) => !split.untouched.has(r.patient));

const goldWords = new Set<string>();
for (const r of rows) for (const g of r.phi) for (const m of r.text.slice(g.start, g.end).matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
  const w = m[0].toLowerCase().replace(/'s?$/, '');
  goldWords.add(w);
  for (const p of w.split('-')) if (p) goldWords.add(p);
}
const wo = (s: Set<string>): Set<string> => new Set([...s].filter((w) => !goldWords.has(w)));
const unseen: Lexicon = { ...base, firstNames: wo(base.firstNames), surnames: wo(base.surnames), places: wo(base.places), contextNames: wo(base.contextNames), contextGiven: wo(base.contextGiven) };

function score(test: readonly Row[], lexicon: Lexicon, tagger: TaggerWeights | undefined, margin: number): ReturnType<typeof summarise> {
  const acc = newScore();
  const byP = new Map<string, Row[]>();
  for (const r of test) { const l = byP.get(r.patient); if (l) l.push(r); else byP.set(r.patient, [r]); }
  for (const list of byP.values()) {
    const spans = detectPhiForPatient(list.map((r) => r.text), { lexicon, ...(tagger ? { tagger, tagMargin: margin } : { tagger: false }) });
    list.forEach((r, k) => scoreNote(acc, r.text, r.phi, reportedSpans(spans[k] ?? [])));
  }
  return summarise(acc);
}

const trainNotes = (rs: readonly Row[]): TrainNote[] => rs.map((r) => ({ text: r.text, gold: r.phi }));

{
  const r4 = (x: number): number => Math.round(x * 10000) / 10000;
  for (const [setting, lexicon] of [['as-loaded', base], ['unseen-names', unseen]] as const) {
    const results = new Map<string, ReturnType<typeof summarise>[]>();
    for (let f = 0; f < split.folds; f++) {
      const test = rows.filter((r) => split.fold.get(r.patient) === f);
      const train = rows.filter((r) => split.fold.get(r.patient) !== f);
      const weights = trainTagger(trainNotes(train), lexicon, { epochs, seed: 14 + f });
      const push = (k: string, s: ReturnType<typeof summarise>): void => { const l = results.get(k); if (l) l.push(s); else results.set(k, [s]); };
      push('rules', score(test, lexicon, undefined, 0));
      for (const m of margins) push(`rules+tagger@${m}`, score(test, lexicon, weights, m));
    }
    for (const [k, folds] of results) {
      const mean = (key: 'recall_strict' | 'char_precision' | 'clean_notes_flagged'): number => r4(folds.reduce((a, s) => a + s[key], 0) / folds.length);
      process.stdout.write(`${JSON.stringify({ setting, run: k, recall_strict_mean: mean('recall_strict'), recall_strict_worst: Math.min(...folds.map((s) => s.recall_strict)),
        char_precision_mean: mean('char_precision'), char_precision_worst: Math.min(...folds.map((s) => s.char_precision)), clean_flagged_mean: mean('clean_notes_flagged') })}\n`);
    }
  }
}
