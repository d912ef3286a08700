/**
 * The pattern rules and every date reader, in the order the detector runs them (issue 14). One list serves the
 * detector's first step (`detect.ts`) and the second pass over a copy of the text with other scripts' digits as ASCII
 * (`script-digit-dates.ts`), so a date reader added to one is read by both. Pure.
 */
import { detectCalendarDates } from './calendar-dates.js';
import { detectCldrDates } from './cldr-dates.js';
import { detectIcuDates } from './icu-dates.js';
import { detectIcuPartialDates } from './icu-partial-dates.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { detectLiteralDates } from './literal-dates.js';
import { detectMonthSlotDates } from './month-slot-dates.js';
import { detectMoreDates } from './more-dates.js';
import { detectPatterns } from './patterns.js';
import type { PushSpan as Push } from './types.js';

/** Push the spans of the pattern rules (numbers, contacts, dates) and of every date reader, in order. */
export function detectPatternsAndDates(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  detectPatterns(text, push, mode);
  detectMoreDates(text, push, mode);
  detectCldrDates(text, push);
  detectIcuDates(text, push);
  detectIcuPartialDates(text, lex, push, mode);
  detectLiteralDates(text, push);
  detectMonthSlotDates(text, lex, push, mode);
  // Other calendars' dates (Solar Hijri, Hijri, Buddhist era, their month names).
  detectCalendarDates(text, push, mode, lex);
}
