/**
 * Grouped cross-validation of the de-identifier as if every patient were unseen (issue 14): for each fold of the
 * cv patients (patient-split.ts; the untouched third is never read here), every word of that fold's gold PHI is
 * removed from the name and place lists, then the fold is detected per patient and scored as `ddx bench deid`
 * scores (bare years reported per patient record). The gap to the plain CV is how much recall rides on the lists
 * knowing the dev names. `--misses` lists the misses of the stripped run with a coarse class each (for counting
 * classes, not for fixing strings); `--fp` the predicted text outside gold.
 *   node --import tsx scripts/deid-cv-unseen.ts [--notes gold.jsonl] [--lexicons DIR|none] [--keep] [--misses] [--fp]
 * `--keep` runs the same folds without stripping (the plain CV). `DDX_UW=0` turns the unknown-words rule off, to measure it.
 */
import { resolve } from 'node:path';
import type { Issue } from '../src/core/issues.js';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, newScore, reportedSpansForPatient, scoreNote, splitPatients, summarise, type GoldPhi, type Lexicon, type PhiSpan } from '../src/privacy/deid/index.js';
import { checkGold, integerSpans, notesByPatient, readGoldNotes, type GoldNote } from './deid-gold-notes.js';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const has = (name: string): boolean => process.argv.includes(name);
const data = process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data');
const notesPath = arg('--notes') ?? resolve(data, 'deid', 'nursing-notes-dev.jsonl');
const lexArg = arg('--lexicons') ?? resolve(data, 'deid', 'lexicons');
const base: Lexicon = lexArg === 'none' ? getDefaultLexicon() : extendLexicon(lexArg);

const uw = { ...(process.env['DDX_UW'] === '0' ? { unknownWords: false } : {}), ...(process.env['DDX_SL'] === '0' ? { safeList: false } : {}) };
type Note = GoldNote;
const issues: Issue[] = [];
const all: Note[] = integerSpans(readGoldNotes(notesPath, issues));
if (issues.length) throw new Error(`${issues.length} bad lines in ${notesPath}`);
const split = splitPatients(all.map((n) => n.patient));
// The untouched third leaves here, before anything about it is read.
const notes = all.filter((n) => !split.untouched.has(n.patient));

function goldWords(fold: readonly Note[]): Set<string> {
  const out = new Set<string>();
  for (const n of fold) for (const g of n.gold) {
    for (const m of n.text.slice(g.start, g.end).matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
      const w = m[0].toLowerCase().replace(/'s?$/, '');
      out.add(w);
      for (const p of w.split('-')) if (p) out.add(p);
    }
  }
  return out;
}
const without = (set: Set<string>, drop: Set<string>): Set<string> => new Set([...set].filter((w) => !drop.has(w)));
const stripped = (drop: Set<string>): Lexicon => ({
  ...base,
  firstNames: without(base.firstNames, drop), surnames: without(base.surnames, drop), places: without(base.places, drop),
  contextNames: without(base.contextNames, drop), contextGiven: without(base.contextGiven, drop),
});

const ctx = (t: string, s: number, e: number): string => `${t.slice(Math.max(0, s - 40), s)}[[${t.slice(s, e)}]]${t.slice(e, e + 30)}`.replace(/\s+/g, ' ');

/** A coarse class for a miss, from its gold type and shape only. */
function missClass(g: GoldPhi, t: string, any: boolean): string {
  const s = t.slice(g.start, g.end);
  const before = t.slice(Math.max(0, g.start - 12), g.start).toLowerCase();
  const kind = any ? 'part' : 'none';
  if (/Name/i.test(g.type)) {
    const cue = /\b(dr|md|rn|np|pa|mr|mrs|ms|miss|son|daughter|wife|husband|sister|brother|mother|father|niece|nephew|friend|per|by|with|to|from|called|notified|paged)\.?\s*$/.test(before);
    const caseless = s === s.toLowerCase() ? 'lower' : s === s.toUpperCase() ? 'upper' : 'mixed';
    return `${g.type} ${cue ? 'cue' : 'nocue'} ${caseless} ${kind}`;
  }
  if (/DATE|YEAR/.test(g.type)) return `${g.type} ${/^\d{4}$/.test(s) ? 'bare-year' : /[a-z]/i.test(s) ? 'words' : 'digits'} ${kind}`;
  return `${g.type} ${kind}`;
}

const perFold: ReturnType<typeof summarise>[] = [];
const classes = new Map<string, number>();
for (let f = 0; f < split.folds; f++) {
  const fold = notes.filter((n) => split.fold.get(n.patient) === f);
  const lex = has('--keep') ? base : stripped(goldWords(fold));
  const byPatient = notesByPatient(fold);
  const acc = newScore();
  for (const list of byPatient.values()) {
    const texts = list.map((n) => n.text);
    const spans = reportedSpansForPatient(detectPhiForPatient(texts, { lexicon: lex, ...uw }));
    list.forEach((n, k) => {
      const pred: PhiSpan[] = spans[k] ?? [];
      scoreNote(acc, n.text, n.gold, pred);
      const { mask: gold, misses } = checkGold(n.text, n.gold, pred);
      for (const { g, lenient } of misses) {
        const c = missClass(g, n.text, lenient);
        classes.set(c, (classes.get(c) ?? 0) + 1);
        if (has('--misses')) process.stdout.write(`MISS f${f} ${c}\t${ctx(n.text, g.start, g.end)}\n`);
      }
      if (has('--fp')) for (const s of pred) {
        let out = false;
        for (let i = s.start; i < s.end; i++) if (!gold[i] && !/\s/.test(n.text[i] ?? '')) out = true;
        if (out) process.stdout.write(`FP f${f} ${s.type}\t${ctx(n.text, s.start, s.end)}\n`);
      }
    });
  }
  perFold.push(summarise(acc));
}
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const mean = (k: 'recall_strict' | 'recall_lenient' | 'char_precision'): number => r4(perFold.reduce((a, s) => a + s[k], 0) / perFold.length);
const worst = (k: 'recall_strict' | 'recall_lenient' | 'char_precision'): number => Math.min(...perFold.map((s) => s[k]));
process.stdout.write(`${JSON.stringify({
  run: has('--keep') ? 'cv' : 'cv-stripped',
  folds: perFold.map((s) => ({ phi: s.phi, strict: s.recall_strict, lenient: s.recall_lenient, precision: s.char_precision })),
  mean: { strict: mean('recall_strict'), lenient: mean('recall_lenient'), precision: mean('char_precision') },
  worst: { strict: worst('recall_strict'), lenient: worst('recall_lenient'), precision: worst('char_precision') },
  misses_by_class: Object.fromEntries([...classes].sort((a, b) => b[1] - a[1])),
})}\n`);
