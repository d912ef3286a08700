/**
 * Countries, territories, languages and the peoples named after them (issue 14, twenty-first pass): the CLDR names in
 * `lexicons/countries-languages.txt` (built into `data.ts`). Safe Harbor keeps countries, and a language or a people's
 * adjective ("Somali", "Guinean", "Sri Lankan") identifies no one; the context vetoes drop a NAME that is only one of these
 * when the name lists do not read it as a person.
 */
import { COUNTRIES_LANGUAGES } from './lexicons/data.js';

let names: Set<string> | undefined;
// A people's adjective made from its country's name: Egypt-ian, Guinea-n, Nepal-ese, Pakistan-i.
const PEOPLE_SUFFIXES = ['ian', 'an', 'n', 'ese', 'i'] as const;

/** Whether a span's words (folded text, as the detector reads it) are a country's, a language's or a people's name. */
export function countryOrLanguage(span: string): boolean {
  names ??= new Set(COUNTRIES_LANGUAGES.split(' '));
  const key = span.toLowerCase().replace(/[ \t]+/g, '_');
  if (names.has(key)) return true;
  for (const suffix of PEOPLE_SUFFIXES) {
    if (key.length - suffix.length >= 4 && key.endsWith(suffix) && names.has(key.slice(0, -suffix.length))) return true;
  }
  return false;
}
