/**
 * Date shapes the main date patterns (patterns.ts) do not read, as general forms rather than strings from any note
 * (issue 14, nursing notes): holidays named by a person or a cause ("Mother's Day", "Veterans Day", "Good Friday")
 * and religious holidays; a day and a month abbreviation without a year ("14-Mar", "Mar-14", "14MAR"); dotted dates
 * through the one dotted-date reader (dotted-dates.ts), which decides day or month first by the note's cues. Each
 * fires only where the parts are a real month and day, and never inside a longer run of dotted numbers (blood gases
 * are written "7.45.34.7").
 */
import { detectDottedDates } from './dotted-dates.js';
import type { PhiType } from './types.js';

type Push = (start: number, end: number, type: PhiType) => void;

const MON = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)';
const HOLIDAYS = new RegExp(
  "\\b(?:mother'?s|father'?s|veteran'?s|president'?s|presidents'|columbus|mlk|martin luther king(?: jr\\.?)?|st\\.? patrick'?s|saint patrick'?s|boxing|patriots'?)[ \\t]day\\b" +
  "|\\b(?:good friday|palm sunday|ash wednesday|easter sunday|hanukk?ah|chanukah|passover|yom kippur|rosh hashanah?|ramadan|eid|kwanzaa|diwali)\\b", 'gi');
// A day and a month abbreviation, either order, joined by a dash or written together: 14-Mar, Mar-14, 14MAR.
const DAY_MONTH = new RegExp(`(?<![\\w/.-])(?:(\\d{1,2})-?${MON}|${MON}-(\\d{1,2}))(?![\\w/-]|\\.\\d)`, 'gi');

const validDay = (d: string | undefined): boolean => d !== undefined && Number(d) >= 1 && Number(d) <= 31;

/** Push DATE spans for the shapes above. */
export function detectMoreDates(text: string, push: Push): void {
  for (const m of text.matchAll(HOLIDAYS)) push(m.index, m.index + m[0].length, 'DATE');
  for (const m of text.matchAll(DAY_MONTH)) {
    if (validDay(m[1] ?? m[2])) push(m.index, m.index + m[0].length, 'DATE');
  }
  detectDottedDates(text, push);
}
