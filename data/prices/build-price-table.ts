/**
 * Builds data/prices/price-table.json from the public price sources, so the product never reads
 * ../shared at run time. Run: node --import tsx data/prices/build-price-table.ts --data ../shared/data/prices
 *
 * - Lab codes: US Medicare Clinical Laboratory Fee Schedule 2025 Q2 national rate (the row without a
 *   modifier), US government data.
 * - Codes the CLFS lacks (imaging, ECG, EEG, procedures): test-prices.csv from the open Dx0 project (MIT);
 *   when a code appears twice there, the first row wins and the conflict is listed in `conflicts`.
 * - Names are ours (NAMES below), never the AMA CPT descriptors; codes without a name of ours carry none.
 * Output is canonical (sorted by code, fixed formatting) so the same inputs give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Our own short names for the codes the benchmarks and models use. */
const NAMES: Record<string, string> = {
  '80048': 'basic chemistry panel (electrolytes, kidney function, glucose)',
  '80053': 'full chemistry panel (electrolytes, kidney and liver function, proteins)',
  '80061': 'cholesterol and triglyceride panel',
  '81001': 'urine dipstick with microscopy',
  '81406': 'single-gene sequencing (mid-complexity gene)',
  '81415': 'exome sequencing of the patient',
  '82550': 'creatine kinase (muscle enzyme)',
  '82784': 'immunoglobulin levels (IgA, IgG, IgM)',
  '84443': 'thyroid-stimulating hormone',
  '85025': 'blood count with white-cell differential',
  '85027': 'blood count without differential',
  '93000': 'resting 12-lead ECG with reading',
  '93306': 'heart ultrasound (transthoracic, with Doppler)',
  '95816': 'routine EEG (brain wave recording)',
  '95860': 'needle muscle electrical study, one limb',
  '95900': 'nerve conduction study, motor nerve',
  '70553': 'brain MRI without and with contrast',
  '76700': 'abdominal ultrasound, complete',
  '71046': 'chest radiograph, two views',
  '62270': 'lumbar puncture for spinal fluid',
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    let cur = '';
    let q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (ch === ',' && !q) { cells.push(cur); cur = ''; }
      else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

interface Entry { code: string; system: 'CPT' | 'HCPCS'; name?: string; priceUsd: number; source: string }

const dir = arg('--data', '../shared/data/prices');
const out = arg('--out', 'data/prices/price-table.json');
const entries = new Map<string, Entry>();
const conflicts: string[] = [];

const clfs = csvRows(readFileSync(join(dir, 'cms-clfs-2025q2-rates.csv'), 'utf8'));
for (const [i, r] of clfs.entries()) {
  if (i === 0) continue;
  const [code, mod, rate] = r;
  if (!code || mod || rate === undefined) continue;
  const price = Number(rate);
  if (!Number.isFinite(price) || price <= 0) continue;
  // Level-II HCPCS codes start with a letter; numeric codes and the U/M-suffixed PLA codes are CPT.
  const system = /^[A-Z]/.test(code) ? 'HCPCS' : 'CPT';
  entries.set(code, { code, system, ...(NAMES[code] ? { name: NAMES[code] } : {}), priceUsd: price, source: 'CMS CLFS 2025Q2 national rate' });
}
const other = csvRows(readFileSync(join(dir, 'test-prices.csv'), 'utf8'));
const seenOther = new Map<string, number>();
for (const [i, r] of other.entries()) {
  if (i === 0) continue;
  const code = r[1]?.trim();
  const price = Number(r[2]);
  if (!code || !Number.isFinite(price) || price <= 0) continue;
  const prev = seenOther.get(code);
  if (prev !== undefined) {
    if (prev !== price) conflicts.push(`${code}: test-prices.csv lists ${prev} and ${price}; first kept`);
    continue;
  }
  seenOther.set(code, price);
  if (entries.has(code)) continue; // the CMS rate wins for lab codes
  entries.set(code, { code, system: 'CPT', ...(NAMES[code] ? { name: NAMES[code] } : {}), priceUsd: price, source: 'Dx0 test-prices.csv (MIT)' });
}
const missingNamed = Object.keys(NAMES).filter((c) => !entries.has(c));
const table = {
  format: 'ddx-price-table',
  version: 1,
  sources: [
    'CMS Clinical Laboratory Fee Schedule 2025 Q2, national rates (US government data)',
    'Dx0 open project, test-prices.csv (MIT licence)',
  ],
  conflicts: conflicts.sort(),
  missing: missingNamed.sort(),
  entries: [...entries.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
};
writeFileSync(out, `${JSON.stringify(table, null, 0).replace(/\},\{/g, '},\n{')}\n`);
process.stdout.write(`${JSON.stringify({ entries: table.entries.length, conflicts: conflicts.length, missing: missingNamed })}\n`);
