/**
 * Which ICD-10-CM three-character categories of chapters A00-N99 hold no model condition (dev tool; a general list,
 * no case data): each category of the FY2026 code file (../shared/data/ontologies/icd10cm) counts as covered when some
 * model condition carries a code in it. Prints covered / total per chapter letter and, with --gaps, each empty category
 * with its first billable title. docs/sessions/26-cover2.md.
 * Usage: node --import tsx scripts/icd-category-coverage.ts [--model file] [--gaps]
 */
import { readModelArtifact } from '../src/learn/artifact.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { inScope } from '../src/learn/primary-care/category-gaps.js';
import { icdCategories } from '../src/learn/primary-care/icd-siblings.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const onto = readOntologies(data);
const occupied = new Set<string>();
for (const c of model.conditions) for (const k of icdCategories(c.icd10 ?? [])) occupied.add(k);
const first = new Map<string, string>();
for (const [code, title] of [...onto.icdTitles].sort((a, b) => a[0].localeCompare(b[0]))) {
  const k = code.slice(0, 3);
  if (inScope(k) && !first.has(k)) first.set(k, `${code} ${title}`);
}
const byLetter = new Map<string, [number, number]>();
for (const k of first.keys()) {
  const row = byLetter.get(k[0]!) ?? byLetter.set(k[0]!, [0, 0]).get(k[0]!)!;
  row[1]++;
  if (occupied.has(k)) row[0]++;
  else if (process.argv.includes('--gaps')) console.log(`GAP\t${k}\t${first.get(k)}`);
}
let cov = 0;
let all = 0;
for (const [l, [c, n]] of [...byLetter].sort()) { console.log(`${l}\t${c} of ${n}`); cov += c; all += n; }
console.log(`covered ${cov} of ${all} categories`);
