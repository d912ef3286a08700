/**
 * Reads the HPO disease annotations (`phenotype.hpoa`, 12 tab-separated columns): per disease its name,
 * phenotype annotations with frequency (HPO frequency term, n/m or percent), NOT qualifier and sex,
 * and its onset and inheritance annotations. Frequencies become probabilities here.
 */

export interface PhenotypeAnnotation {
  readonly term: string;
  /** P(term | disease) from the annotation, or undefined when the annotation gives no frequency. */
  readonly frequency: number | undefined;
  /** The frequency column as written (a reader that weighs "n/m" counts by their size needs n and m). */
  readonly frequencyText: string;
  readonly not: boolean;
  readonly sex?: 'male' | 'female';
}

export interface DiseaseAnnotations {
  readonly id: string;
  readonly name: string;
  readonly phenotypes: PhenotypeAnnotation[];
  /** Onset terms (clinical course, HP:0003674 subtree). */
  readonly onsets: string[];
  /** Mode-of-inheritance terms. */
  readonly inheritance: string[];
  /**
   * Distinct PubMed ids cited in the reference column of any of its lines: a general signal of how
   * much has been published on the disease (optional, so derived annotation sets may leave it out).
   */
  readonly pmids?: string[];
}

/** The HPO frequency terms as probabilities (the middle of each band; "obligate" kept below 1). */
export const FREQUENCY_TERMS: Readonly<Record<string, number>> = {
  'HP:0040280': 0.95, // obligate (100%)
  'HP:0040281': 0.9, // very frequent (80-99%)
  'HP:0040282': 0.55, // frequent (30-79%)
  'HP:0040283': 0.17, // occasional (5-29%)
  'HP:0040284': 0.025, // very rare (1-4%)
  'HP:0040285': 0, // excluded (0%)
};

/** A frequency column to a probability; undefined when empty or unreadable. */
export function parseFrequency(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  if (t in FREQUENCY_TERMS) return FREQUENCY_TERMS[t];
  const frac = /^(\d+)\/(\d+)$/.exec(t);
  if (frac) {
    const n = Number(frac[1]);
    const m = Number(frac[2]);
    return m > 0 ? Math.min(1, n / m) : undefined;
  }
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return Math.min(1, Number(pct[1]) / 100);
  return undefined;
}

export function parseHpoa(text: string): Map<string, DiseaseAnnotations> {
  const out = new Map<string, DiseaseAnnotations>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const col = line.split('\t');
    if (col.length < 11 || col[0] === 'DatabaseID' || col[0] === 'database_id') continue;
    const [id, name, qualifier, term, reference, , , freq, sex, , aspect] = col as [string, string, string, string, string, string, string, string, string, string, string];
    let d = out.get(id);
    if (!d) out.set(id, (d = { id, name, phenotypes: [], onsets: [], inheritance: [], pmids: [] }));
    for (const ref of reference.split(';')) {
      const r = ref.trim();
      if (/^PMID:\d+$/.test(r) && !d.pmids!.includes(r)) d.pmids!.push(r);
    }
    // A NOT onset or inheritance line says the disease lacks it: it is not one of its onsets.
    if (aspect === 'C') {
      if (qualifier !== 'NOT') d.onsets.push(term);
    } else if (aspect === 'I') {
      if (qualifier !== 'NOT') d.inheritance.push(term);
    } else if (aspect === 'P') {
      const s = sex.toLowerCase();
      d.phenotypes.push({ term, frequency: parseFrequency(freq), frequencyText: freq.trim(), not: qualifier === 'NOT', ...(s === 'male' || s === 'female' ? { sex: s } : {}) });
    }
  }
  return out;
}

/** Gene symbols linked to each disease id, from `genes_to_phenotype.txt` (symbol in column 2, disease in the last). */
export function parseGeneLinks(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const col = line.split('\t');
    const symbol = col[1];
    const disease = col[col.length - 1]?.trim();
    if (!symbol || !disease || !/^(OMIM|ORPHA|DECIPHER):/.test(disease)) continue;
    let s = out.get(disease);
    if (!s) out.set(disease, (s = new Set()));
    s.add(symbol);
  }
  return out;
}
