/**
 * Personal names written in the Brahmic scripts of South Asia (issue 14, letters): Devanagari (Hindi, Marathi,
 * Nepali), Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam and Sinhala. None of these scripts has
 * capitals and no word list of the de-identifier holds their names, so the list rules and the capital-letter grammar
 * cannot see them. What marks them is what stands before them on a form or in a note: a name label in the script's own
 * language ("नाम:", "নাম:", "பெயர்:"), a patient, role or kinship noun, an honorific (Shri, Shrimati, Thiru), or the same
 * nouns in English ("Patient: ...", "mother ..."). The words after the cue are the name up to the field's end: a
 * punctuation mark, a digit, a Latin letter, the next label, an age noun or a function word of the language. After a
 * noun without a colon the run must end at punctuation, a digit, a Latin letter or the line's end, so a noun's next
 * words in a sentence stay. The cue itself stays outside the span. Pure.
 */
import { LATIN_CUES } from './caseless-names.js';
import { INDIC_PERSON_NOUNS as PERSONS } from './person-nouns.js';
import type { PushSpan } from './types.js';
import { AGE_NOUNS_OTHER_SCRIPTS } from './years-words.js';

// The word for "name" in each language, the label of a name field (Wiktionary, translations of "name"): Hindi and
// Nepali नाम, Marathi नाव, Bengali নাম, Punjabi ਨਾਮ/ਨਾਂ, Gujarati નામ, Oriya ନାମ, Tamil பெயர், Telugu పేరు, Kannada
// ಹೆಸರು, Malayalam പേര്, Sinhala නම/නාමය. A compound label ("रोगी का नाम", "পিতার নাম") ends on the same word. Read only
// before a colon: Marathi नाव is also Hindi for "boat".
const LABELS = ['नाम', 'नाव', 'নাম', 'ਨਾਮ', 'ਨਾਂ', 'નામ', 'ନାମ', 'பெயர்', 'పేరు', 'ಹೆಸರು', 'പേര്', 'නාමය', 'නම'];
// Honorifics written before a name (Wikipedia, "Indian honorifics", "Sri (honorific)", "Tamil honorifics"): Shri,
// Shrimati, Sushri, Kumari; Tamil Thiru, Thirumathi, Selvi. Sinhala ශ්‍රී is left out: it opens "Sri Lanka".
const HONORIFICS = ['श्रीमती', 'श्रीमान', 'श्री', 'सुश्री', 'कुमारी', 'শ্রীমতী', 'শ্রী', 'কুমারী', 'ਸ਼੍ਰੀਮਤੀ', 'ਸ਼੍ਰੀ', 'ਸ੍ਰੀ', 'શ્રીમતી', 'શ્રી',
  'ଶ୍ରୀମତୀ', 'ଶ୍ରୀ', 'திருமதி', 'திரு', 'செல்வி', 'శ్రీమతి', 'శ్రీ', 'ಶ್ರೀಮತಿ', 'ಶ್ರೀ', 'ശ്രീമതി', 'ശ്രീ'];
// Function words that cannot stand in a name (the case markers, postpositions, conjunctions and copulas of each
// language's grammar), and the form values a name field may hold instead of a name (male, female, unknown, self).
const NOT_NAME = new Set([
  'का', 'की', 'के', 'को', 'ने', 'से', 'में', 'पर', 'है', 'हैं', 'था', 'थी', 'थे', 'और', 'या', 'भी', 'नहीं', 'हो', 'तथा', 'एवं',
  'द्वारा', 'लिए', 'साथ', 'बाद', 'आणि', 'चा', 'ची', 'चे', 'ला', 'र', 'मा', 'ले', 'छ', 'এর', 'কে', 'তে', 'থেকে', 'এবং', 'ও', 'না',
  'আছে', 'ছিল', 'হয়', 'জন্য', 'ਦਾ', 'ਦੀ', 'ਦੇ', 'ਨੂੰ', 'ਨੇ', 'ਤੋਂ', 'ਵਿੱਚ', 'ਅਤੇ', 'ਹੈ', 'અને', 'નો', 'ની', 'નું', 'ને', 'માં', 'છે',
  'ଓ', 'ଏବଂ', 'மற்றும்', 'இல்லை', 'మరియు', 'ಮತ್ತು', 'ഒപ്പം', 'കൂടെ', 'සහ',
  'पुरुष', 'महिला', 'स्त्री', 'अज्ञात', 'स्वयं', 'পুরুষ', 'মহিলা', 'অজ্ঞাত', 'ஆண்', 'பெண்', 'పురుషుడు', 'స్త్రీ',
  ...LABELS, ...HONORIFICS, ...PERSONS, ...AGE_NOUNS_OTHER_SCRIPTS.split('|'),
]);

// A letter of these scripts (U+0900-U+0DFF: Devanagari to Sinhala) with its vowel signs and viramas, and the zero-width
// joiners their conjuncts use; digits and the danda are no letters.
const LETTER = '(?:(?=[\\u0900-\\u0dff])[\\p{L}\\p{M}]|[\\u200c\\u200d])';
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
// A cue, then the first letter of the value. Group 1: a label (its colon required); group 2: an honorific; group 3: a
// person noun, Indic or English, with group 4 its colon if one follows.
const CUE = new RegExp(`(?<![\\p{L}\\p{M}])(?:(${alternation(LABELS)})[ \\t]*[:：]|(${alternation(HONORIFICS)})(?![\\p{L}\\p{M}])\\.?|` +
  `(${alternation(PERSONS)}|(?<![A-Za-z])(?:${LATIN_CUES.join('|')}))(?![\\p{L}\\p{M}])\\.?([ \\t]*[:：])?)[ \\t]*(?=${LETTER})`, 'giu');
const WORD_AT = new RegExp(`${LETTER}+`, 'uy');
// Where a run stops at a field's end: anything but a blank and a letter of these scripts.
const HARD_END = new RegExp(`^(?![ \\t]*${LETTER})`, 'u');

/** Which of the twelve-odd script blocks a letter stands in (each script has its own 128 code points). */
const block = (s: string): number => Math.floor((s.codePointAt(0) ?? 0) / 0x80);

/** Push a NAME span for each South Asian name a label, a person noun or an honorific marks (see the header). */
export function detectIndicNames(text: string, push: PushSpan): void {
  if (!/[\u0900-\u0dff]/.test(text)) return;
  for (const m of text.matchAll(CUE)) {
    const start = (m.index ?? 0) + m[0].length;
    // After a noun without a colon the value must close its field; after a label, an honorific or a colon a name may
    // be followed by the next label or a sentence's function word.
    const loose = m[1] !== undefined || m[2] !== undefined || m[4] !== undefined;
    const end = nameRun(text, start, loose);
    if (end > start) push(start, end, 'NAME');
  }
}

/** The end of the name that opens at `start` (one to four words of one script), or `start` when there is none. */
function nameRun(text: string, start: number, loose: boolean): number {
  let at = start;
  let end = start;
  let words = 0;
  for (;;) {
    WORD_AT.lastIndex = at;
    const w = WORD_AT.exec(text)?.[0];
    if (w === undefined || block(w) !== block(text.slice(start, start + 1))) break;
    const after = at + w.length;
    // A function word, an age noun or another cue ends the name; so does the next field's label.
    if (NOT_NAME.has(w) || /^[ \t]*[:：]/.test(text.slice(after, after + 3))) break;
    end = after;
    words += 1;
    if (!/^[ \t](?=\S)/.test(text.slice(end, end + 2))) break;
    at = end + 1;
  }
  if (words === 0 || words > 4 || (!loose && words > 3)) return start;
  // A run that stops where a letter of the script follows is a clause's words, unless a label, honorific or colon cued it.
  if (!HARD_END.test(text.slice(end, end + 4)) && (!loose || words === 4)) return start;
  return end;
}
