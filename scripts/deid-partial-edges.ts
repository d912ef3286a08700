/**
 * Partial spans (issue 14, session 24): every gold PHI a reader touched but did not cover whole (lenient hit, strict
 * miss) on a read gold JSONL, with what was left on each side (left edge, right edge, inside), then counts by type
 * and side. Only for sets already looked at (letters10-19); never point it at a set kept for a final score.
 *   node --import tsx scripts/deid-partial-edges.ts --notes gold.jsonl [--lexicons DIR|none] [--quiet]
 */
import type { Issue } from '../src/core/issues.js';
import { coverage, detectPhiForPatient, extendLexicon, goldCovered, getDefaultLexicon, reportedSpansForPatient, type Lexicon } from '../src/privacy/deid/index.js';
import { notesByPatient, readGoldNotes } from './deid-gold-notes.js';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const notesPath = arg('--notes');
if (!notesPath) throw new Error('--notes is required');
const lexArg = arg('--lexicons') ?? 'none';
const lex: Lexicon = lexArg === 'none' ? getDefaultLexicon() : extendLexicon(lexArg);
const issues: Issue[] = [];
const byPatient = notesByPatient(readGoldNotes(notesPath, issues));
if (issues.length) throw new Error(`${issues.length} bad lines in ${notesPath}`);
const counts = new Map<string, number>();
const bump = (k: string): void => { counts.set(k, (counts.get(k) ?? 0) + 1); };
for (const [patient, list] of byPatient) {
  const spans = reportedSpansForPatient(detectPhiForPatient(list.map((n) => n.text), { lexicon: lex }));
  list.forEach((n, k) => {
    const cov = coverage(n.text, spans[k] ?? []);
    for (const g of n.gold) {
      const { strict, lenient } = goldCovered(n.text, g, cov);
      if (strict || !lenient) continue;
      let a = g.start; while (a < g.end && !cov[a]) a++;
      let b = g.end; while (b > a && !cov[b - 1]) b--;
      const left = n.text.slice(g.start, a).trim(), right = n.text.slice(b, g.end).trim();
      let inside = '';
      for (let i = a; i < b; i++) if (!cov[i] && !/\s/.test(n.text[i] ?? '')) inside += n.text[i];
      const side = [left && 'L', right && 'R', inside && 'I'].filter(Boolean).join('');
      bump(`${g.type} ${side}`);
      if (!process.argv.includes('--quiet')) process.stdout.write(`${patient}\t${g.type}\t${side}\tL=${JSON.stringify(left)}\tR=${JSON.stringify(right)}\tI=${JSON.stringify(inside)}\t${JSON.stringify(n.text.slice(g.start, g.end))}\n`);
    }
  });
}
process.stdout.write(`${JSON.stringify(Object.fromEntries([...counts].sort((x, y) => y[1] - x[1])))}\n`);
