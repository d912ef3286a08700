/**
 * Held-out proxy for the de-identification lexicons: how would the detector do on patients and clinicians whose
 * names were never seen? Loads the product's lexicon, removes at run time every word of every gold PHI span of the
 * notes file from the given-name, surname and place sets, then detects per patient and scores as `ddx bench deid`.
 *   node --import tsx scripts/deid-holdout-proxy.ts [--notes gold.jsonl] [--lexicons DIR]
 * Rows printed (one JSON object each):
 * - `dev`: the lexicon as loaded (same figures as the bench);
 * - `strip-all`: gold words removed from every name/place list, whatever its source. Pessimistic: it also takes
 *   away names that any list would hold for anyone (John, Mary), and imported lists cannot move it by construction;
 * - `strip-handwritten`: gold words removed only where no imported list (faker `*-faker.txt`, SCOWL `proper-names-scowl.txt`) holds them. The
 *   hand-written lists were written next to these notes, the imported ones without them, so an imported list's
 *   coverage of the dev names estimates its coverage of other patients' names.
 */
import { resolve } from 'node:path';
import type { Issue } from '../src/core/issues.js';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, newScore, scoreNote, summarise, type Lexicon } from '../src/privacy/deid/index.js';
import { integerSpans, readGoldNotes } from './deid-gold-notes.js';
import { FIRST_NAMES_FAKER, PLACES_FAKER, PROPER_NAMES_SCOWL, SURNAMES_FAKER } from '../src/privacy/deid/lexicons/data.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const notesPath = arg('--notes') ?? resolve('..', 'shared', 'data', 'deid', 'nursing-notes-dev.jsonl');
const extra = arg('--lexicons');
const base = extra ? extendLexicon(extra) : getDefaultLexicon();

const issues: Issue[] = [];
const notes = integerSpans(readGoldNotes(notesPath, issues));
if (issues.length) throw new Error(`${issues.length} bad lines in ${notesPath}`);

// Every word of every gold PHI, as the lexicons store words (lowercase; hyphenated names also by part).
const goldWords = new Set<string>();
for (const n of notes) {
  for (const g of n.gold) {
    for (const m of n.text.slice(g.start, g.end).matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
      const w = m[0].toLowerCase().replace(/'s?$/, '');
      goldWords.add(w);
      for (const p of w.split('-')) if (p) goldWords.add(p);
    }
  }
}

const imported = new Set([FIRST_NAMES_FAKER, SURNAMES_FAKER, PLACES_FAKER, PROPER_NAMES_SCOWL].flatMap((s) => s.split(' ').filter(Boolean)));
// Lists given with --lexicons were not written next to these notes either (the data folder leaves out the lists
// written for this corpus), so their words count as imported.
if (extra) {
  const none = (): Set<string> => new Set();
  const only = extendLexicon(extra, { firstNames: none(), surnames: none(), places: none(), clinical: none(), eponyms: none(), common: none(), medical: none(), contextNames: none(), contextGiven: none(), worldNames: none() });
  for (const w of only.contextNames) imported.add(w);
  for (const k of ['firstNames', 'surnames', 'places'] as const) for (const w of only[k]) imported.add(w);
}
const without = (set: Set<string>, drop: (w: string) => boolean): Set<string> => new Set([...set].filter((w) => !drop(w)));
const stripped = (drop: (w: string) => boolean): Lexicon => ({
  ...base,
  firstNames: without(base.firstNames, drop),
  surnames: without(base.surnames, drop),
  places: without(base.places, drop),
  contextNames: without(base.contextNames, drop),
  contextGiven: without(base.contextGiven, drop),
});

const rows: [string, Lexicon][] = [
  ['dev', base],
  ['strip-all', stripped((w) => goldWords.has(w))],
  ['strip-handwritten', stripped((w) => goldWords.has(w) && !imported.has(w))],
];

const byPatient = new Map<string, number[]>();
notes.forEach((n, i) => {
  const list = byPatient.get(n.patient);
  if (list) list.push(i); else byPatient.set(n.patient, [i]);
});
for (const [name, lexicon] of rows) {
  const acc = newScore();
  for (const idx of byPatient.values()) {
    const spans = detectPhiForPatient(idx.map((i) => notes[i]?.text ?? ''), { lexicon });
    idx.forEach((i, k) => { const n = notes[i]; if (n) scoreNote(acc, n.text, n.gold, spans[k] ?? []); });
  }
  const s = summarise(acc);
  const sizes = { firstNames: lexicon.firstNames.size, surnames: lexicon.surnames.size, places: lexicon.places.size };
  process.stdout.write(`${JSON.stringify({ row: name, phi: s.phi, recall_strict: s.recall_strict, recall_lenient: s.recall_lenient, char_precision: s.char_precision, recall_strict_by_type: s.recall_strict_by_type, lexicon: sizes })}\n`);
}
