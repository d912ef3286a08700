/**
 * The diseases the MONDO cross-reference table names by OMIM id, with their MONDO labels: the list of
 * known Mendelian diseases at the MONDO release, newer than the HPO annotations the rare-disease model
 * is built from. Pure parser of `mondo_terms_xrefs.derived.tsv` (MONDO v2026-08-04, CC BY 4.0).
 */

/** One OMIM disease MONDO knows: the OMIM id, the (first) MONDO class matching it exactly, and its label. */
export interface MondoOmimDisease {
  readonly omim: string;
  readonly mondo: string;
  readonly label: string;
}

/**
 * Live MONDO classes with an exact OMIM match, one row per OMIM id (the lowest MONDO id when several
 * classes match it), sorted by OMIM id. Obsolete classes and OMIM phenotypic-series ids are skipped.
 */
export function parseMondoOmimDiseases(text: string): MondoOmimDisease[] {
  const lines = text.split('\n');
  const head = (lines[0] ?? '').split('\t');
  const labelCol = head.indexOf('label');
  const omimCol = head.indexOf('exact_OMIM');
  const obsCol = head.indexOf('is_obsolete');
  if (labelCol < 0 || omimCol < 0 || obsCol < 0) return [];
  const byOmim = new Map<string, MondoOmimDisease>();
  for (const line of lines.slice(1)) {
    const col = line.split('\t');
    const mondo = col[0] ?? '';
    const label = (col[labelCol] ?? '').trim();
    if (!mondo.startsWith('MONDO:') || col[obsCol] === 'true' || label === '') continue;
    for (const omim of (col[omimCol] ?? '').split('|')) {
      if (!/^OMIM:\d+$/.test(omim)) continue;
      const had = byOmim.get(omim);
      if (!had || mondo < had.mondo) byOmim.set(omim, { omim, mondo, label });
    }
  }
  return [...byOmim.values()].sort((a, b) => (a.omim < b.omim ? -1 : a.omim > b.omim ? 1 : 0));
}
