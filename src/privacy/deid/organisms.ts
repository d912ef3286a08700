/**
 * Organisms are not people or places (issue 14, tenth pass, split from eponyms.ts): a genus before its species epithet
 * ("Escherichia coli", "Candida albicans"), and a genus where a culture or a test names one ("grew Moraxella").
 */
import type { Lexicon } from './lexicon.js';
import { UNIT_WORD_AFTER } from './subdivisions.js';
import type { PhiSpan } from './types.js';

// A genus before its species epithet is an organism, not a person or a place (binomial nomenclature: "Escherichia coli",
// "Candida albicans"): the epithet is lowercase, and a clinical word or a Latin form that no English dictionary holds.
const SPECIES_SPAN = /^([A-Z][a-z]{2,})(?:[ \t]([a-z]{4,}))?$/;
const EPITHET_AFTER = /^[ \t]([a-z]{4,})\b/;
const LATIN_EPITHET = /(?:ae|ii|i|us|um|is|ans|ens|ensis|oides|ica|icum|icus|alis|ella|ata|atum|ense)$/;

/** Whether the span is a genus, a genus with its epithet, or an epithet after its genus (binomial nomenclature). */
export function isOrganism(s: PhiSpan, text: string, lex: Lexicon): boolean {
  const raw = text.slice(s.start, s.end);
  // A clinical epithet (albicans, pneumoniae) makes any genus an organism; a Latin-shaped one only a genus no name list holds.
  // An everyday English word after a name ("Smith notified") is no epithet, even where a clinical word list holds it.
  // A subdivision's unit word after its name ("Chilonzor tumani", "Qoraqamish mahallasi") is no epithet either.
  const epithetOk = (e: string, genus: string): boolean => !lex.common.has(e) && !UNIT_WORD_AFTER.test(e) && (lex.medical.has(e) || lex.clinical.has(e) ||
    (LATIN_EPITHET.test(e) && !lex.firstNames.has(genus.toLowerCase()) && !lex.surnames.has(genus.toLowerCase())));
  // The epithet alone, after its genus ("Candida [albicans]").
  if (/^[a-z]{4,}$/.test(raw)) {
    const genus = /\b([A-Z][a-z]{2,})[ \t]$/.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1];
    return !!genus && epithetOk(raw, genus);
  }
  // A describing word before the genus ("Enteropathogenic Escherichia coli", "Vancomycin-resistant Enterococcus").
  const lead = /^([A-Za-z][a-z-]+)[ \t]+(?=[A-Z][a-z]{2,}$)/.exec(raw);
  if (lead && (lex.medical.has((lead[1] ?? '').toLowerCase()) || /(?:genic|resistant|sensitive|susceptible|producing|negative|positive)$/i.test(lead[1] ?? ''))) {
    return isOrganism({ ...s, start: s.start + lead[0].length }, text, lex);
  }
  const m = SPECIES_SPAN.exec(raw);
  if (!m) return false;
  const epithet = m[2] ?? EPITHET_AFTER.exec(text.slice(s.end, s.end + 30))?.[1];
  return !!epithet && epithetOk(epithet, m[1] ?? '');
}

/** A culture or test result naming a genus right before the span: "Blood cultures grew", "positive for". */
export const CULTURE_BEFORE = /\b(?:grew|growing|growth[ \t]+of|isolated|isolate[ \t]+of|cultured?|positive[ \t]+for|colon[iy][sz]ed[ \t]+with|(?:infection|bacteraemia|bacteremia|sepsis)[ \t]+with|species[ \t]+of)[ \t]{1,2}$/i;
