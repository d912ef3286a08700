/**
 * Scores the de-identifier on several gold JSONL sets in one process, one line per set (strict, lenient, char
 * precision, PHI-free texts flagged, strict recall by type), with the definitions of `ddx bench deid` and notes
 * detected per patient. `--misses` lists misses and spans outside gold: only for sets that are read, never for a
 * score-only half or a fresh set.
 * `--agg` prints per type the gold count, strictly covered and only partly covered (aggregates: fine for score-only sets).
 * `--by-cat` counts PHI-free texts flagged per category, the third dash-separated field of the patient id
 * (deid-phi-free-synth.ts writes `pfs-a-<category>-<i>`).
 * `--strip FILE` removes the words of FILE (one a line) from the name and place lists first: a set drawn from them then
 * scores names the detector has never seen (deid-ood-names15.ts writes such a file).
 *   node --import tsx scripts/deid-sets.ts [--lexicons DIR] [--strip FILE] [--misses] [--by-cat] a.jsonl b.jsonl ...
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { coverage, detectPhiForPatient, extendLexicon, getDefaultLexicon, goldCovered, newScore, reportedSpansForPatient, scoreNote, summarise, type Lexicon, type PhiSpan } from '../src/privacy/deid/index.js';
import { notesByPatient, readGoldNotes } from './deid-gold-notes.js';

const argv = process.argv.slice(2);
const lexAt = argv.indexOf('--lexicons');
const loaded: Lexicon = lexAt >= 0 && argv[lexAt + 1] !== 'none' ? extendLexicon(argv[lexAt + 1] ?? '') : getDefaultLexicon();
const stripAt = argv.indexOf('--strip');
const drop = new Set(stripAt >= 0 ? readFileSync(argv[stripAt + 1] ?? '', 'utf8').split('\n').filter(Boolean) : []);
const without = (set: ReadonlySet<string>): Set<string> => new Set([...set].filter((w) => !drop.has(w)));
const lexicon: Lexicon = drop.size === 0 ? loaded : {
  ...loaded, firstNames: without(loaded.firstNames), surnames: without(loaded.surnames), places: without(loaded.places),
  contextNames: without(loaded.contextNames), contextGiven: without(loaded.contextGiven), worldNames: without(loaded.worldNames),
};
const misses = argv.includes('--misses');
const byCat = argv.includes('--by-cat');
const agg = argv.includes('--agg');
const files = argv.filter((a, i) => a.endsWith('.jsonl') && argv[i - 1] !== '--lexicons');
const ctx = (t: string, s: number, e: number): string => `${t.slice(Math.max(0, s - 40), s)}[[${t.slice(s, e)}]]${t.slice(e, e + 30)}`.replace(/\s+/g, ' ');

for (const file of files) {
  const byPatient = notesByPatient(readGoldNotes(file, []));
  const acc = newScore();
  const cats = new Map<string, [number, number]>();
  const kinds = new Map<string, [number, number, number]>();
  for (const [patient, list] of byPatient) {
    const texts = list.map((n) => n.text);
    const spans = reportedSpansForPatient(detectPhiForPatient(texts, { lexicon }));
    list.forEach((n, k) => {
      const pred: PhiSpan[] = spans[k] ?? [];
      scoreNote(acc, n.text, n.gold, pred);
      if (byCat && n.gold.length === 0) {
        const c = cats.get(patient.split('-')[2] ?? '') ?? [0, 0];
        c[0]++;
        if (pred.length) c[1]++;
        cats.set(patient.split('-')[2] ?? '', c);
      }
      if (!misses && !agg) return;
      const cov = coverage(n.text, pred);
      if (agg) {
        for (const g of n.gold) {
          const { strict, lenient } = goldCovered(n.text, g, cov);
          const k = kinds.get(g.type) ?? [0, 0, 0];
          k[0]++;
          if (strict) k[1]++;
          else if (lenient) k[2]++;
          kinds.set(g.type, k);
        }
      }
      if (!misses) return;
      const gold = new Uint8Array(n.text.length);
      for (const g of n.gold) {
        gold.fill(1, g.start, g.end);
        const { strict, lenient } = goldCovered(n.text, g, cov);
        if (!strict) process.stdout.write(`MISS ${g.type} ${lenient ? 'part' : 'none'}\t${ctx(n.text, g.start, g.end)}\n`);
      }
      for (const s of pred) {
        let out = false;
        for (let i = s.start; i < s.end; i++) if (!gold[i] && !/[\s.,;:()]/.test(n.text[i] ?? '')) out = true;
        if (out) process.stdout.write(`FP${n.gold.length ? '' : '(free)'} ${s.type}\t${ctx(n.text, s.start, s.end)}\n`);
      }
    });
  }
  const s = summarise(acc);
  const types = Object.entries(s.recall_strict_by_type).filter(([, v]) => v < 1).map(([k, v]) => `${k} ${v}`).join(', ');
  if (agg) process.stdout.write(`  by type (n strict partial): ${[...kinds].sort().map(([t, [n, st, pa]]) => `${t} ${n} ${st} ${pa}`).join(', ')}\n`);
  if (byCat) process.stdout.write(`  flagged by category: ${[...cats].map(([c, [n, f]]) => `${c} ${f}/${n}`).join(', ')}\n`);
  process.stdout.write(`${basename(file).padEnd(12)} phi ${String(s.phi).padStart(4)}  strict ${s.recall_strict.toFixed(4)}  lenient ${s.recall_lenient.toFixed(4)}  prec ${s.char_precision.toFixed(4)}  free ${acc.cleanFlagged}/${acc.clean}  <1: ${types}\n`);
}
