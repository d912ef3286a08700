/**
 * A weekday written right before a found date joins its span (issue 14, twentieth pass; docs/privacy.md: "a weekday
 * written beside a date is taken into the date's span"), for every date shape: "Fri 04-Dec-2026", "Sun 2026-12-06".
 */
import type { CaseMode } from './letter-case.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// Title case only, in a mixed-case note: the nursing gold leaves "monday 8/28" and "FRIDAY 9/17" (shorthand schedules in
// lower-case and capitals notes) out of the date, and there a weekday's case says nothing.
const WEEKDAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?[ \t]{1,2}$/;

/** Push a DATE span over each found date and the weekday right before it. */
export function detectWeekdayDates(text: string, found: readonly PhiSpan[], push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const s of found) {
    if (s.type !== 'DATE') continue;
    const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start));
    if (w) push(s.start - w[0].length, s.end, 'DATE');
  }
}
