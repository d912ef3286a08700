/**
 * Countries, territories, languages and the peoples named after them (issue 14, twenty-first pass; faiths, twenty-sixth): the CLDR names in
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

// The faiths of a census's religion question, as their followers are named (twenty-sixth pass, over-redaction): the tick
// boxes of the Office for National Statistics Census 2021 for England and Wales (Christian, Buddhist, Hindu, Jewish,
// Muslim, Sikh). Like a people, a faith identifies no one ("Sikh five Ks", "Hindu last rites"); "Christian", which a
// given-name list holds, is left to the lists as "English" is.
const FAITHS: ReadonlySet<string> = new Set(['christian', 'buddhist', 'hindu', 'jewish', 'muslim', 'sikh']);

/** Whether a span's words are a country's, a language's, a people's or a faith's name ("Tigrinya", "Guinean", "Sri Lanka", "Sikh"). */
export function countryOrLanguage(span: string): boolean {
  languages ??= new Set(LANGUAGES.split(' '));
  const key = keyOf(span);
  const countryKeys = countrySet();
  if (countryKeys.has(key) || languages.has(key) || FAITHS.has(key)) return true;
  for (const suffix of PEOPLE_SUFFIXES) {
    if (key.length - suffix.length >= 4 && key.endsWith(suffix) && countryKeys.has(key.slice(0, -suffix.length))) return true;
  }
  return false;
}
