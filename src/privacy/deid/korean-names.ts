/**
 * Korean given names written in Latin letters (issue 14, letters): two syllables joined by a hyphen, the second in
 * lower case ("Dong-hyuk", "Ye-seul", "Hwan-gyu", "Mi-rae"). Korean given names are mostly two syllables, and Latin
 * spellings (passports, the Revised Romanization) commonly join them with a hyphen (Wikipedia, "Korean name";
 * "Revised Romanization of Korean"). A syllable is an optional initial consonant, a vowel and an optional final
 * consonant of that romanisation (plus the usual passport spellings "oo", "ee", "u", "sh"). English compounds of the
 * same shape (set-up, hang-up, re-do) end in an English word: the second syllable must be on no word list, and the whole
 * word too. Mixed-case text only; the name's surname beside it is joined later like any found name's part. Pure.
 */
import { inWordLists, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

const ONSET = '(?:ch|kk|tt|pp|ss|jj|sh|[gkndtrlmbpsjh])?';
const VOWEL = '(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)';
const CODA = '(?:ng|[kntlmp])?';
const SYLLABLE = new RegExp(`^${ONSET}${VOWEL}${CODA}$`);
// A capitalised syllable, a hyphen and a lower-case one, standing as one word.
const HYPHENED = /(?<![\w'\u2019-])([A-Z][a-z]{0,5})-([a-z]{1,6})(?![\w'\u2019-])/g;

/** Push a NAME span for each two-syllable hyphened Korean given name in mixed-case text. */
export function detectKoreanGivenNames(text: string, lex: Lexicon, push: Push): void {
  if (!text.includes('-')) return;
  for (const m of text.matchAll(HYPHENED)) {
    const [word, first, second] = m;
    if (!first || !second || !SYLLABLE.test(first.toLowerCase()) || !SYLLABLE.test(second)) continue;
    const low = word.toLowerCase();
    if (inWordLists(lex, second) || inWordLists(lex, low) || inWordLists(lex, low.replace('-', ''))) continue;
    const start = m.index ?? 0;
    push(start, start + word.length, 'NAME');
  }
}
