/**
 * Result-defined condition list (dev tool, twentieth session, engineer coverage4): the Disease Ontology
 * terms of the ICD-10-CM FY2026 blocks whose diagnosis rests on a laboratory, ECG or imaging result, fixed by
 * rule with no case looked at (docs/sessions/20-coverage4.md). A DO term is listed when one of its ICD10CM
 * cross-references, or a billable code whose title is exactly (normaliseName) its name or an EXACT synonym,
 * falls in the blocks; terms under DO "genetic disease" (DOID:630) and names saying congenital, hereditary,
 * familial, inherited, neonatal, newborn, infancy, childhood, fetal or perinatal are left out. Prints
 * "code<TAB>DO name", one a line, in code order.
 * Usage: DDX_DATA=... node --import tsx scripts/icd-do-result-list.ts > list.tsv
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { normaliseName } from '../src/core/disease-names.js';

const BLOCKS: ReadonlyArray<readonly [string, string]> = [
  ['E00', 'E07'], ['E20', 'E27'], ['E83', 'E83'], ['E86', 'E87'], ['D50', 'D64'], ['D65', 'D69'], ['D70', 'D72'],
  ['I44', 'I49'], ['N17', 'N19'],
];
const EXCLUDED_WORDS = /\b(congenital|hereditary|familial|inherited|neonatal|newborn|infancy|childhood|fetal|perinatal)\b/i;
const GENETIC = 'DOID:630';

const inBlocks = (code: string): boolean => {
  const cat = code.replace('.', '').slice(0, 3);
  return BLOCKS.some(([a, b]) => cat >= a && cat <= b);
};

const data = process.env['DDX_DATA'] ?? '../shared/data';
const gz = (p: string): string => gunzipSync(readFileSync(join(data, 'ontologies', p))).toString('utf8');

interface Term { id: string; name: string; exact: string[]; icd: string[]; parents: string[]; obsolete: boolean }
const terms = new Map<string, Term>();
for (const block of gz('doid/doid.obo.gz').split('\n[Term]\n').slice(1)) {
  const t: Term = { id: '', name: '', exact: [], icd: [], parents: [], obsolete: false };
  for (const line of block.split('\n')) {
    if (line.startsWith('[')) break;
    if (line.startsWith('id: ')) t.id = line.slice(4).trim();
    else if (line.startsWith('name: ')) t.name = line.slice(6).trim();
    else if (line.startsWith('synonym: ') && line.includes(' EXACT')) t.exact.push(line.split('"')[1] ?? '');
    else if (line.startsWith('xref: ICD10CM:')) t.icd.push(line.slice(14).trim());
    else if (line.startsWith('is_a: ')) t.parents.push(line.slice(6).split(' ')[0]!);
    else if (line.startsWith('is_obsolete: true')) t.obsolete = true;
  }
  if (t.id) terms.set(t.id, t);
}
const underGenetic = (id: string, seen = new Set<string>()): boolean => {
  if (id === GENETIC) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (terms.get(id)?.parents ?? []).some((p) => underGenetic(p, seen));
};

const byName = new Map<string, Term>();
for (const t of terms.values()) {
  if (t.obsolete) continue;
  for (const n of [t.name, ...t.exact]) if (!byName.has(normaliseName(n))) byName.set(normaliseName(n), t);
}
const listed = new Map<string, string>();
const add = (t: Term, code: string): void => {
  if (t.obsolete || underGenetic(t.id) || EXCLUDED_WORDS.test(t.name)) return;
  const prev = listed.get(t.id);
  if (prev === undefined || code < prev) listed.set(t.id, code);
};
for (const t of terms.values()) for (const c of t.icd) if (inBlocks(c)) add(t, c.replace('.', ''));
for (const line of gz('icd10cm/icd10cm-codes-2026.txt.gz').split('\n')) {
  const m = /^(\S+)\s+(.+)$/.exec(line);
  if (!m || !inBlocks(m[1]!) || EXCLUDED_WORDS.test(m[2]!)) continue;
  const t = byName.get(normaliseName(m[2]!));
  if (t) add(t, m[1]!);
}
const rows = [...listed].map(([id, code]) => [code, terms.get(id)!.name] as const).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
for (const [code, name] of rows) console.log(`${code}\t${name}`);
