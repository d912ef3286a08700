/**
 * Ages over 89 written in the letters' other languages (issue 14, out of domain): a number of 90-119 followed by that
 * language's word for years ("95 Jahre", "92 lata", "96 років", "91歳", "95-vuotias"), or after its word for age
 * ("věk 96", "yaş 91", "usia 92", "Alter: 94").
 * Sources, general and not read from a note (the word lists live in `years-words.ts`): the years words are the
 * Unicode CLDR duration-year unit patterns, long and short forms with a word of two letters or more (one Cyrillic
 * letter and its full stop; German "J" as a capital), as Node's ICU 78 prints them
 * (`new Intl.NumberFormat(lang, { style: 'unit', unit: 'year', unitDisplay })`) for 34 languages; the age adjectives,
 * the CJK age counters and the age nouns are those languages' ordinary grammar (dictionary forms).
 * A years word of 90-119 is an age: no human span of that length is anything but an age, except in the past ("vor 95
 * Jahren", "95 anni fa"), which the plural forms after a preposition and the "ago" words leave out.
 */
import { measureBefore, NOT_AGE_AFTER } from './identifiers.js';
import type { Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';
import { AGE_NOUNS, AGE_NOUNS_OTHER_SCRIPTS, YEARS_BEFORE_WORDS, YEARS_WORDS } from './years-words.js';

const AGE = '(?:9\\d|1[01]\\d)';
// The number, then a space, a hyphen or nothing, then a years word or an age adjective, then no letter.
// The detector reads accent-folded text (fold.ts), so the words are folded the same way ("år" is read as "ar").
const YEARS_AFTER = new RegExp(`(?<![\\d.,/])${AGE}(?=[ \\t\\-]?(${YEARS_WORDS})(?![\\p{L}]))`, 'giu');
// Folded years words that are also English words or abbreviations: taken in lower case only ("95 år", not "95 AR"):
// also Icelandic "ára", Igbo "afọ", Welsh "oed" and romanised Hindi "saal", written lower case after a number, whose
// capitals are clinical abbreviations (ARA, angiotensin receptor antagonist; AFO, ankle-foot orthosis; OED) or the
// German noun "Saal" (a hall, "OP 95 Saal 3") (review-deid8).
const LOWER_ONLY = new Set(['ar', 'ev', 'nam', 'let', 'lat', 'ani', 'ans', 'jr', 'an', 'sal', 'ara', 'afo', 'oed', 'saal']);
// One Latin letter after a number is clinical shorthand (a temperature's route, "T 98 R.", "temp 96 r.", litres, grams):
// the one-letter short forms of CLDR (Polish and Czech "l.", Slovak "r.", Croatian "g.") are left out, and German "J."
// is taken only as written, a capital.
const CAPITAL_ONLY = new Set(['j', 'j.']);
// A preposition or "ago" word around the years: a span in the past or a duration, not an age ("vor 95 Jahren" is no
// CLDR form; "95 anni fa", "95 lat temu", "hace 95 años", "il y a 95 ans", "há 95 anos", "95 yıl önce", "95 év óta").
const PAST_BEFORE = /(?:\b(?:hace|há|ha|il[ \t]y[ \t]a|depuis|da|for|desde|since|od|po|przez|za|před|pred|через|за|по)|\bprzed)[ \t]+$/iu;
const PAST_AFTER = /^[ \t\-]?[\p{L}.]+[ \t]*(?:fa|ago|temu|önce|óta|назад|тому|lalu|trước|前|전)(?![\p{L}])|^[ \t]?[年년][ \t]?[\d月월]/iu;
// An age noun of the same languages before the number ("Alter: 94", "věk 96", "yaş 91", "usia 92 tahun", "edad 93",
// "wiek 95", "l. 92", "lat 95" as Polish forms write it, "etos 96" in Greek written in Latin letters, "อายุ 91"; the
// list in `years-words.ts`), or a years word written before it ("miaka 93", "shekaru 93").
const AGE_NOUN_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${AGE_NOUNS}|${YEARS_BEFORE_WORDS}|etos|aet(?:at)?\\.?|lat|l\\.)|${AGE_NOUNS_OTHER_SCRIPTS})[ \\t]*[:=.\\-]?[ \\t]*$`, 'iu');

// The English abbreviation ETA (estimated time of arrival) in capitals is not the folded Italian "età" ("ETA 90").
const ETA_BEFORE = /(?<![\p{L}])ETA[ \t]*[:=.\-]?[ \t]*$/u;
// The English word after a years word that is also English ("sats 92 let nurse know"): the text is English there.
const NEXT_WORD = /^[ \t]+([a-z]+)/;
// A capitalised word after an English preposition, right before the number with no colon, is a place's name, not an age
// label ("Transferred to Alder 102": a ward; "Alder: 95", "alder 95" of a Danish form stay ages) (review-deid10).
const PLACE_BEFORE = /(?<![\p{L}])(?:to|at|from|on|onto|into|via)[ \t]+\p{Lu}\p{Ll}+[ \t]*$/u;

/**
 * Push each age over 89 written with another language's years word, age adjective or age noun (`lex`: a years word
 * that is also an English word is no years word before an English word, review-deid5).
 */
export function detectAgesAbroad(text: string, lex: Lexicon, push: Push): void {
  if (!/(?:9\d|1[01]\d)/.test(text)) return;
  YEARS_AFTER.lastIndex = 0;
  for (let m = YEARS_AFTER.exec(text); m; m = YEARS_AFTER.exec(text)) {
    const end = m.index + m[0].length;
    const word = m[1] ?? '';
    if (LOWER_ONLY.has(word.toLowerCase()) && word !== word.toLowerCase()) continue;
    if (LOWER_ONLY.has(word) && lex.common.has(NEXT_WORD.exec(text.slice(end + word.length + 1, end + word.length + 24))?.[1] ?? '')) continue;
    if (CAPITAL_ONLY.has(word.toLowerCase()) && word[0] !== 'J') continue;
    if (PAST_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || PAST_AFTER.test(text.slice(end, end + 24))) continue;
    // A vital sign's or a ward place's value with a years word after it ("SpO2 95 lat", "Bed 92 lata"): no age.
    if (measureBefore(text.slice(Math.max(0, m.index - 16), m.index), lex)) continue;
    push(m.index, end, 'AGE');
  }
  const numbers = /(?<![\d.,/])(?:9\d|1[01]\d)(?![\d]|[.,/]\d)/g;
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    if (!AGE_NOUN_BEFORE.test(before) || ETA_BEFORE.test(before)) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (NOT_AGE_AFTER.test(text.slice(end, end + 12)) || /^[ \t]*(?:mg|ml|mmhg|cm|kg|g\b|l\b|%|\/)/i.test(text.slice(end, end + 8))) continue;
    push(m.index, end, 'AGE');
  }
}
