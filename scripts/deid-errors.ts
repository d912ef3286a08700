/**
 * Error listing for de-identification development: misses (gold PHI not fully covered) and false positives
 * (predicted text outside any gold PHI), with a little context. Only ever run it on notes you may look at
 * (the cv patients or the synthetic check set), never on the untouched third or a held-out file.
 *   node --import tsx scripts/deid-errors.ts GOLD.jsonl [--lexicons DIR|none] [--only miss|fp]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coverage, detectPhiForPatient, extendLexicon, goldCovered } from '../src/privacy/deid/index.js';

const file = process.argv[2] ?? '';
const li = process.argv.indexOf('--lexicons');
const lexDir = li >= 0 ? process.argv[li + 1] : resolve(process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data'), 'deid', 'lexicons');
const oi = process.argv.indexOf('--only');
const only = oi >= 0 ? process.argv[oi + 1] : undefined;
const lexicon = lexDir && lexDir !== 'none' ? extendLexicon(lexDir) : undefined;
interface Row { patient: string; note: string; text: string; phi: { start: number; end: number; type: string }[] }
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const byPatient = new Map<string, Row[]>();
for (const r of rows) { const l = byPatient.get(r.patient); if (l) l.push(r); else byPatient.set(r.patient, [r]); }
const ctx = (t: string, s: number, e: number): string => `${t.slice(Math.max(0, s - 40), s)}[[${t.slice(s, e)}]]${t.slice(e, e + 40)}`.replace(/\s+/g, ' ');
for (const list of byPatient.values()) {
  const spans = detectPhiForPatient(list.map((r) => r.text), lexicon ? { lexicon } : {});
  list.forEach((r, k) => {
    const pred = spans[k] ?? [];
    const cov = coverage(r.text, pred);
    const gold = new Uint8Array(r.text.length);
    for (const g of r.phi) {
      gold.fill(1, g.start, g.end);
      const { strict, lenient } = goldCovered(r.text, g, cov);
      if (!strict && only !== 'fp') console.log(`MISS ${lenient ? 'part' : 'none'} ${g.type}\t${ctx(r.text, g.start, g.end)}\t(pred: ${pred.filter((s) => s.end > g.start && s.start < g.end).map((s) => r.text.slice(s.start, s.end)).join('|')})`);
    }
    for (const s of pred) {
      let out = false;
      for (let i = s.start; i < s.end; i++) if (!gold[i] && !/\s/.test(r.text[i] ?? '')) out = true;
      if (out && only !== 'miss') console.log(`FP ${s.type}\t${ctx(r.text, s.start, s.end)}`);
    }
  });
}
