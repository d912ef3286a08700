/**
 * Readers for the public data behind the primary-care model: SymCat (801 conditions with symptom
 * frequencies and relative risk by age band and sex), the Columbia disease-symptom knowledge base
 * (flattened CSV) and the price tables. Used only at build time, from a --data path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SYMCAT_AGE_BANDS = [
  { slug: 'age-1-years', id: '0-1', minYears: 0, maxYears: 1 },
  { slug: 'age-1-4-years', id: '1-4', minYears: 1, maxYears: 5 },
  { slug: 'age-5-14-years', id: '5-14', minYears: 5, maxYears: 15 },
  { slug: 'age-15-29-years', id: '15-29', minYears: 15, maxYears: 30 },
  { slug: 'age-30-44-years', id: '30-44', minYears: 30, maxYears: 45 },
  { slug: 'age-45-59-years', id: '45-59', minYears: 45, maxYears: 60 },
  { slug: 'age-60-74-years', id: '60-74', minYears: 60, maxYears: 75 },
  { slug: 'age-75-years', id: '75+', minYears: 75, maxYears: 131 },
] as const;

export interface SymcatCondition {
  readonly slug: string;
  readonly name: string;
  /** symptom slug -> percent of patients reporting it. */
  readonly symptoms: ReadonlyMap<string, number>;
  readonly ageRisk: readonly number[];
  /** [female, male]. */
  readonly sexRisk: readonly number[];
}

export interface SymcatData {
  readonly conditions: readonly SymcatCondition[];
  /** symptom slug -> display name. */
  readonly symptomNames: ReadonlyMap<string, string>;
}

type Raw = Record<string, unknown>;
const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

/** Read the SymCat conditions and symptoms from the data folder, with the files for the manifest. */
export function readSymcat(dataDir: string): { data: SymcatData; files: { name: string; text: string }[] } {
  const cText = readFileSync(join(dataDir, 'symcat', 'symcat_801_conditions.json'), 'utf8');
  const sText = readFileSync(join(dataDir, 'symcat', 'symcat_474_symptoms.json'), 'utf8');
  const rawC = JSON.parse(cText) as Record<string, Raw>;
  const rawS = JSON.parse(sText) as Record<string, Raw>;
  const symptomNames = new Map<string, string>();
  for (const slug of Object.keys(rawS).sort()) symptomNames.set(slug, String(rawS[slug]!['name'] ?? slug));
  const conditions: SymcatCondition[] = [];
  for (const slug of Object.keys(rawC).sort()) {
    const c = rawC[slug]!;
    const symptoms = new Map<string, number>();
    const sy = (c['symptoms'] ?? {}) as Record<string, Raw>;
    for (const s of Object.keys(sy).sort()) symptoms.set(s, num(sy[s]!['probability']));
    const age = (c['age'] ?? {}) as Record<string, Raw>;
    const sex = (c['sex'] ?? {}) as Record<string, Raw>;
    conditions.push({
      slug,
      name: String(c['condition_name'] ?? slug),
      symptoms,
      ageRisk: SYMCAT_AGE_BANDS.map((b) => num(age[b.slug]?.['likelihood'])),
      sexRisk: [num(sex['sex-female']?.['likelihood']), num(sex['sex-male']?.['likelihood'])],
    });
  }
  return { data: { conditions, symptomNames }, files: [{ name: 'symcat/symcat_801_conditions.json', text: cText }, { name: 'symcat/symcat_474_symptoms.json', text: sText }] };
}

export interface ColumbiaEntry {
  readonly cui: string;
  readonly name: string;
  /** Symptoms in the knowledge base's order (strongest association first). */
  readonly symptoms: readonly { cui: string; name: string }[];
}

/** Parse one CSV line with double-quoted fields. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

function umls(s: string): { cui: string; name: string } | undefined {
  const m = /^UMLS:(C\d+)_(.*)$/.exec(s.trim());
  return m ? { cui: m[1]!, name: m[2]!.trim() } : undefined;
}

/** Read the Columbia disease-symptom knowledge base (UMLS-coded pairs) from the data folder. */
export function readColumbia(dataDir: string): { entries: ColumbiaEntry[]; file: { name: string; text: string } } {
  const text = readFileSync(join(dataDir, 'columbia-kb', 'flattened_url.csv'), 'utf8');
  const entries: ColumbiaEntry[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [d, s] = parseCsvLine(line);
    const dis = umls(d ?? '');
    if (!dis) continue;
    const symptoms = (s ?? '').split(',').map(umls).filter((x): x is { cui: string; name: string } => x !== undefined);
    entries.push({ ...dis, symptoms });
  }
  return { entries, file: { name: 'columbia-kb/flattened_url.csv', text } };
}

/** Read the CMS lab fee schedule and the test price table from the data folder. */
export function readPrices(dataDir: string): { clfs: Map<string, number>; testPrices: Map<string, number>; files: { name: string; text: string }[] } {
  const cText = readFileSync(join(dataDir, 'prices', 'cms-clfs-2025q2-rates.csv'), 'utf8');
  const tText = readFileSync(join(dataDir, 'prices', 'test-prices.csv'), 'utf8');
  const clfs = new Map<string, number>();
  for (const line of cText.split(/\r?\n/).slice(1)) {
    const [code, mod, rate] = parseCsvLine(line);
    const r = Number(rate);
    if (code && !mod && Number.isFinite(r) && r > 0 && !clfs.has(code)) clfs.set(code, r);
  }
  const testPrices = new Map<string, number>();
  for (const line of tText.split(/\r?\n/).slice(1)) {
    const f = parseCsvLine(line);
    const code = f[1];
    const r = Number(f[2]);
    if (code && Number.isFinite(r) && r > 0 && !testPrices.has(code)) testPrices.set(code, r);
  }
  return { clfs, testPrices, files: [{ name: 'prices/cms-clfs-2025q2-rates.csv', text: cText }, { name: 'prices/test-prices.csv', text: tText }] };
}
