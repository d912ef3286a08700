/**
 * A lone year in a letter-style note is no one's date (issue 14, precision; deid-years2, session 42). Safe Harbor
 * (45 CFR 164.514(b)(2)(i)(C)) keeps years. This code reports a bare year only in a record that carries other PHI
 * (`reportedSpans`), because the nursing-note standard (the i2b2/n2c2 convention the nursing dev gold follows) marks
 * such years: in ward shorthand a year beside a name narrows who the person is ("S/P CABG 1957"). The letters, forms
 * and lists the detector also reads follow Safe Harbor instead: their years ("CABG 2019", "since 2021", "Hep C Ab
 * positive 2023") are kept in the open. The two kinds of text are told apart by the measure the detector already uses
 * for its learned tagger's lane (tagger-lane.ts, `unlistedShare`): the share of a note's words that no dictionary
 * holds (names, codes and other languages score high; ward shorthand and dictionary prose low). A mixed-case note whose
 * share is above `LETTER_STYLE_ABOVE` is letter-style; ward shorthand in capitals or lower case never is. The bound is
 * read off the ward side, whose convention must hold: no mixed-case nursing dev note scores above .20 (550 notes, the
 * highest .200, the 99th percentile .167), so every one of them keeps the nursing convention. (The tagger's own lane,
 * `TAGGER_STYLE_MIN` .25, was set for what the tagger reads well, not for this boundary.) In a letter-style note a
 * four-digit YEAR span is dropped, unless it is the year of a date whose other parts the detector did not read: a day
 * number (1-31) among the four words before it on its line, before any clause end ("2 Dis 2026", "Disiembre 3, 2026", "8 di Dizembru di 2026": a month word in a language no list
 * holds), or a digit group right after it (the year is the head of a longer number: "matricule 1958 0417 224 81").
 * The style is read with the built-in lists, as the tagger's lane reads it, so the lists loaded at run time do not
 * move it. `DetectOptions.everyYear` (`--redact-years`) keeps these years. Cost: the note's words are read once, only
 * in a mixed-case note that holds a four-digit YEAR span.
 */
import { DAY } from './date-fields.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { unlistedShare } from './tagger-lane.js';
import { isFourDigitYear } from './document-years.js';
import type { PhiSpan } from './types.js';

// A day of the month on its own, perhaps with the comma or point a date writes after it ("3,", "2.").
const DAY_WORD = new RegExp(`^${DAY}[.,]?$`);
// A word that closes a clause: what stands before it belongs to another clause, not to this year's date.
const CLAUSE_END = /[.!?;:]$/;
/** How many words before the year a date's day may stand ("3 de dezembre de 2026"). */
const DAY_WORDS = 4;
/** A mixed-case note is letter-style when its unlisted-word share is above this (see the module header). */
export const LETTER_STYLE_ABOVE = 0.2;

/** Whether the note is letter-style by the tagger lane's measure, `unlistedShare` (see the module header). */
export function letterStyle(text: string, mode: CaseMode, builtIn: Lexicon): boolean {
  return mode === 'mixed' && unlistedShare(text, builtIn) > LETTER_STYLE_ABOVE;
}

/** Whether the year at `start` (four digits) is the year of a date or of a longer number (see the module header). */
export function yearOfDate(text: string, start: number): boolean {
  if (/^[ \t]\d/.test(text.slice(start + 4, start + 6))) return true;
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 80), start);
  const words = line.split(/[ \t]+/).filter((w) => w !== '');
  for (let k = words.length - 1; k >= Math.max(0, words.length - DAY_WORDS); k--) {
    const w = words[k] ?? '';
    if (DAY_WORD.test(w)) return true;
    if (CLAUSE_END.test(w)) return false;
  }
  return false;
}

/** The spans without the lone four-digit YEAR spans of a letter-style note (see the module header). */
export function dropLetterYears(spans: readonly PhiSpan[], text: string, mode: CaseMode, builtIn: Lexicon): PhiSpan[] {
  if (mode !== 'mixed') return [...spans];
  const lone = spans.filter((s) => isFourDigitYear(s, text) && !yearOfDate(text, s.start));
  if (lone.length === 0 || !letterStyle(text, mode, builtIn)) return [...spans];
  return spans.filter((s) => !lone.includes(s));
}
