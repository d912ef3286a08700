/**
 * The osmolal gap when a note gives both osmolalities but not the gap ("measured osmolality 334 mOsm/kg
 * against a calculated 292"): the gap is measured minus calculated, judged like a written gap (above
 * 10 mOsm/kg is raised: Kraut JA, Kurtz I 2008, Toxic alcohol ingestions, Clin J Am Soc Nephrol
 * 3:208-225). The derived reading covers the calculated value's words; a note that writes the gap
 * itself is read by the shared table ("osmolal gap 42").
 */
import { TESTS, type LabTest } from '../fhir/loinc-tests.js';
import { readingOutcomes, type Reading } from './quantities.js';
import { tokenAfter, tokenAt, type Tokens } from './tokenize.js';

const CALCULATED = /\b(?:calculated|calc(?:ulated)?\.?|expected)\s+(?:serum\s+|plasma\s+)?(?:osmolality\s+|osmolarity\s+|osm\s+|value\s+)?(?:of\s+|was\s+|is\s+|=\s*|:\s*)?(\d{3}(?:\.\d+)?)/i;
const HIGH_ABOVE = 10;

let gapTest: LabTest | undefined;

/** The readings plus a derived osmolal gap when the sentence of a measured osmolality gives a calculated one. */
export function derivedOsmolalGap(tokens: Tokens, readings: readonly Reading[]): readonly Reading[] {
  if (!readings.some((r) => r.test === 'osmolality') || readings.some((r) => r.test === 'osmolal-gap')) return readings;
  const text = tokens.text;
  for (const r of readings) {
    if (r.test !== 'osmolality' || r.converted === undefined || r.flag === 'IND') continue;
    const s = tokens.sentence[r.first] as number;
    const sEnd = tokens.end[(tokens.sentStart[s + 1] as number) - 1] as number;
    const m = CALCULATED.exec(text.slice(r.span.end, sEnd));
    if (!m) continue;
    const calculated = Number(m[1]);
    if (!(calculated >= 150 && calculated <= 600)) continue;
    gapTest ??= TESTS.find((t) => t.id === 'osmolal-gap')!;
    const gap = Math.round((r.converted - calculated) * 10) / 10;
    const flag = gap > HIGH_ABOVE ? 'H' : 'N';
    const start = r.span.end + m.index;
    const end = start + m[0].length;
    const first = tokenAt(tokens, start, r.end);
    const last = tokenAfter(tokens, first, tokens.count, end);
    const derived: Reading = {
      test: 'osmolal-gap', span: { start, end }, text: text.slice(start, end), rule: 'qty.osmolal-gap.measured-minus-calculated', value: gap, ucum: 'mosm/kg', converted: gap, testUnit: 'mosm/kg',
      flag, outcomes: readingOutcomes(gapTest, flag), first, end: Math.max(first + 1, last),
    };
    return [...readings, derived].sort((a, b) => a.span.start - b.span.start);
  }
  return readings;
}
