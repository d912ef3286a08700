/**
 * Countries, territories, languages and the peoples named after them (issue 14, twenty-first pass): the CLDR names in
 * `lexicons/countries.txt` and `lexicons/languages.txt` (built into `data.ts`). Safe Harbor keeps countries, and a language
 * or a people's adjective ("Somali", "Guinean", "Sri Lankan") identifies no one; the context vetoes drop a NAME that is
 * only one of these unless the words around it make it a person.
 */
import { COUNTRIES, LANGUAGES } from './lexicons/data.js';

let countries: ReadonlySet<string> | undefined;
let languages: ReadonlySet<string> | undefined;
/** The CLDR country and territory names (keys as `keyOf` writes them), built on first use. */
const countrySet = (): ReadonlySet<string> => (countries ??= new Set(COUNTRIES.split(' ')));
// A people's adjective made from its country's name: Egypt-ian, Guinea-n, Nepal-ese, Pakistan-i.
const PEOPLE_SUFFIXES = ['ian', 'an', 'n', 'ese', 'i'] as const;

const keyOf = (span: string): string => span.toLowerCase().replace(/[ \t]+/g, '_');

/** Whether a span's words (folded text, as the detector reads it) are a country's or a territory's name ("Kenya"). */
export function countryName(span: string): boolean {
  return countrySet().has(keyOf(span));
}

/** Whether a span's words are a country's, a language's or a people's name ("Tigrinya", "Guinean", "Sri Lanka"). */
export function countryOrLanguage(span: string): boolean {
  languages ??= new Set(LANGUAGES.split(' '));
  const key = keyOf(span);
  const countryKeys = countrySet();
  if (countryKeys.has(key) || languages.has(key)) return true;
  for (const suffix of PEOPLE_SUFFIXES) {
    if (key.length - suffix.length >= 4 && key.endsWith(suffix) && countryKeys.has(key.slice(0, -suffix.length))) return true;
  }
  return false;
}
