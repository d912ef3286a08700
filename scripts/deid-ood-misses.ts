/**
 * Misses and false positives of the de-identifier on an out-of-domain gold JSONL (issue 14): one line per gold PHI
 * not strictly covered (with "part" when touched) and one per predicted span reaching outside gold, each with a
 * little context, then the counts by type. For sets that are already "looked at" (the letters set, the synthetic
 * generators); never point it at a set kept for a final score.
 *   node --import tsx scripts/deid-ood-misses.ts --notes gold.jsonl [--lexicons DIR|none]
 */
import { resolve } from 'node:path';
import type { Issue } from '../src/core/issues.js';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, reportedSpansForPatient, type Lexicon, type PhiSpan } from '../src/privacy/deid/index.js';
import { checkGold, notesByPatient, readGoldNotes } from './deid-gold-notes.js';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const data = process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data');
const notesPath = arg('--notes');
if (!notesPath) throw new Error('--notes is required');
const lexArg = arg('--lexicons') ?? resolve(data, 'deid', 'lexicons');
const lex: Lexicon = lexArg === 'none' ? getDefaultLexicon() : extendLexicon(lexArg);

const issues: Issue[] = [];
const byPatient = notesByPatient(readGoldNotes(notesPath, issues));
if (issues.length) throw new Error(`${issues.length} bad lines in ${notesPath}`);
const ctx = (t: string, s: number, e: number): string => `${t.slice(Math.max(0, s - 35), s)}[[${t.slice(s, e)}]]${t.slice(e, e + 25)}`.replace(/\s+/g, ' ');
const missByType = new Map<string, number>();
let fps = 0;
for (const [patient, list] of byPatient) {
  const texts = list.map((n) => n.text);
  const spans = reportedSpansForPatient(detectPhiForPatient(texts, { lexicon: lex, ...(process.env['DDX_SL'] === '0' ? { safeList: false } : {}) }));
  list.forEach((n, k) => {
    const pred: PhiSpan[] = spans[k] ?? [];
    const { mask: gold, misses } = checkGold(n.text, n.gold, pred);
    for (const { g, lenient } of misses) {
      missByType.set(g.type, (missByType.get(g.type) ?? 0) + 1);
      const near = pred.filter((s) => s.end > g.start - 20 && s.start < g.end + 20).map((s) => `${s.type}:${n.text.slice(s.start, s.end)}`).join(' | ');
      process.stdout.write(`MISS ${patient} ${g.type} ${lenient ? 'part' : 'none'}\t${ctx(n.text, g.start, g.end)}${near ? `\t<< ${near}` : ''}\n`);
    }
    for (const s of pred) {
      let out = false;
      for (let i = s.start; i < s.end; i++) if (!gold[i] && !/[\s.,;:()]/.test(n.text[i] ?? '')) out = true;
      if (out) { fps++; process.stdout.write(`FP ${patient}${n.gold.length ? '' : ' (phi-free)'} ${s.type}\t${ctx(n.text, s.start, s.end)}\n`); }
    }
  });
}
process.stdout.write(`${JSON.stringify({ misses_by_type: Object.fromEntries([...missByType].sort((a, b) => b[1] - a[1])), false_positive_spans: fps })}\n`);
