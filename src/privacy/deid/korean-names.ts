/**
 * Korean given names written in Latin letters (issue 14, letters): two syllables joined by a hyphen, the second in
 * lower case ("Dong-hyuk", "Ye-seul", "Hwan-gyu", "Mi-rae"). Korean given names are mostly two syllables, and Latin
 * spellings (passports, the Revised Romanization) commonly join them with a hyphen (Wikipedia, "Korean name";
 * "Revised Romanization of Korean"). A syllable is an optional initial consonant, a vowel and an optional final
 * consonant of that romanisation (plus the usual passport spellings "oo", "ee", "u", "sh"). English compounds of the
 * same shape (set-up, hang-up, re-do) end in an English word: the second syllable must be on no word list, and the whole
 * word too. Two English shapes are refused besides (review-deid3): reduplication, the same syllable twice or the same
 * consonants round a changed vowel ("Ta-ta", "Tut-tut", "Ping-pong", "Tik-tok"; Wikipedia, "Reduplication", ablaut
 * reduplication), and a listed word with one letter after it ("Hep-a", "Hep-e": an abbreviation and its letter).
 * Mixed-case text only; the name's surname beside it is joined later like any found name's part. Pure.
 */
import { inWordLists, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

const ONSET = '(?:ch|kk|tt|pp|ss|jj|sh|[gkndtrlmbpsjh])?';
const VOWEL = '(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)';
const CODA = '(?:ng|[kntlmp])?';
const SYLLABLE = new RegExp(`^${ONSET}${VOWEL}${CODA}$`);
// A capitalised syllable, a hyphen and a lower-case one, standing as one word.
const HYPHENED = /(?<![\w'\u2019-])([A-Z][a-z]{0,5})-([a-z]{1,6})(?![\w'\u2019-])/g;
// A syllable's consonants round its vowel: the two halves of an ablaut reduplication share them ("ping" / "pong").
const FRAME = /^([^aeiouy]*)[aeiouy]+([^aeiouy]*)$/;

/** English word-play of the hyphened shape: a syllable said twice, or twice with its vowel changed. */
function reduplicated(first: string, second: string): boolean {
  if (first === second) return true;
  const a = FRAME.exec(first);
  const b = FRAME.exec(second);
  return a !== null && b !== null && a[1] !== '' && a[1] === b[1] && a[2] === b[2];
}

/** Push a NAME span for each two-syllable hyphened Korean given name in mixed-case text. */
export function detectKoreanGivenNames(text: string, lex: Lexicon, push: Push): void {
  if (!text.includes('-')) return;
  for (const m of text.matchAll(HYPHENED)) {
    const [word, first, second] = m;
    const head = first?.toLowerCase();
    if (!head || !second || !SYLLABLE.test(head) || !SYLLABLE.test(second)) continue;
    const low = word.toLowerCase();
    if (inWordLists(lex, second) || inWordLists(lex, low) || inWordLists(lex, low.replace('-', ''))) continue;
    if (reduplicated(head, second) || (second.length === 1 && inWordLists(lex, head))) continue;
    const start = m.index ?? 0;
    push(start, start + word.length, 'NAME');
  }
}
