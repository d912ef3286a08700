/**
 * Phone numbers written right after a person's name with no phone word (issue 14, session 41): a contact line names
 * the person, then the number ("daughter Seija Kostamo 070-441 72 93;", "Son Manpreet 98140 22091.", "Treatment
 * supporter: Londiwi (sister), 7604 8821.", "女儿 周丽华, 139 1744 8261"). The name the name rules found is the evidence
 * that a phone word gives in `phone-words.ts`; the number must still have a telephone number's shape.
 * The shape, from general sources and not read from a note: ITU-T E.164 (a national significant number of at most 15
 * digits with its country code) and the national numbering plans' lengths with their trunk prefixes, as ITU-T E.123
 * writes them for people, in groups: 8 to 12 digits in two or more groups of 2 to 5 digits joined by one space or
 * hyphen (a trunk 0 or 8 and a bracketed area code allowed: Sweden's 070-441 72 93, Russia's 8 (8352) 44-17-29), or 8
 * to 15 after "+" and a country code. The number closes its clause (a stop, comma, semicolon, closing bracket, spaced
 * dash or the end of the line).
 * Refused: one unbroken run of digits unless after "+" or an 11-digit one after its trunk 0 (a record or national
 * number is written unbroken more often than a phone), a date in
 * groups (day-first or year-first), two clock times or two years ("0800 1200", "1933 2026"), a value with its unit,
 * a number another rule already read (a record or identity number after a name keeps its type), and a number a
 * further number follows. Pure; a text with no two digit groups is skipped unread.
 */
import { phoneLength } from './phone-words.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// Between the name and the number: a space or two, a comma, or the person's role in brackets ("Londiwi (sister), ").
const GAP = /^(?:[ \t]{1,2}|,[ \t]{1,2}|[ \t]?\(\p{Ll}[\p{Ll} ]{1,18}\),?[ \t]{1,2})(?=[+\d]|\(\d)/u;
// The number: "+" and a country code perhaps, a trunk digit before a bracketed area code perhaps, then digit groups
// joined by one space or hyphen.
// Unbroken, only as E.164 writes it after "+", or as an 11-digit national number after its trunk 0 (the United Kingdom's
// 07700900123, Nigeria's and Indonesia's mobiles): one run of 10 digits is the length of many record numbers.
const NUMBER = /^(?:(?:\+\d{1,3}[ \t-]?)?(?:\d[ \t]?(?=\())?(?:\(\d{2,5}\)[ \t]?)?\d{1,5}(?:[ \t-]\d{2,5}){1,5}|\+\d{8,15}|0\d{10})(?!\d)/;
// The number closes its clause.
const CLOSES = /^(?:[ \t]*(?:[,;)\r\n]|\.(?!\d)|$)|[ \t]+[-\u2013\u2014][ \t])/;
// ... and no unit, letter, decimal or further number follows it.
const NOT_AFTER = /^(?:[\p{L}\p{N}\/%°]|[.,]\d|[ \t]*[,;][ \t]*\d)/u;
// Dates written in groups: day-first (02 12 2026, 02-12-2026) or year-first (2026-12-02).
const GROUPED_DATE = /^(?:(?:0?[1-9]|[12]\d|3[01])[ \t-](?:0?[1-9]|1[0-2])[ \t-](?:19|20)\d\d|(?:19|20)\d\d[ \t-](?:0?[1-9]|1[0-2])[ \t-](?:0?[1-9]|[12]\d|3[01]))$/;
// Two four-digit groups that are clock times or years.
const TIMES_OR_YEARS = /^(?:(?:[01]\d|2[0-3])[0-5]\d[ \t-](?:[01]\d|2[0-3])[0-5]\d|(?:19|20)\d\d[ \t-](?:19|20)\d\d)$/;
// How far a name's role in brackets and the longest number may reach.
const WINDOW = 48;

/** Push PHONE spans for numbers in a telephone number's shape right after a NAME span in `found` (module header). */
export function detectNamePhones(text: string, found: readonly PhiSpan[], push: Push): void {
  if (!/\d[ \t-]\d\d/.test(text)) return;
  const seen = new Set<number>();
  for (const s of found) {
    if (s.type !== 'NAME' || seen.has(s.end)) continue;
    seen.add(s.end);
    const window = text.slice(s.end, s.end + WINDOW);
    const gap = GAP.exec(window);
    if (!gap) continue;
    const v = NUMBER.exec(window.slice(gap[0].length))?.[0];
    if (v === undefined) continue;
    const start = s.end + gap[0].length;
    const end = start + v.length;
    const after = text.slice(end, end + 8);
    if (!CLOSES.test(after) || NOT_AFTER.test(after)) continue;
    if (!phoneLength(v)) continue;
    if (GROUPED_DATE.test(v) || TIMES_OR_YEARS.test(v)) continue;
    if (found.some((f) => f.type !== 'ZIP' && f.type !== 'NAME' && f.start < end && start < f.end)) continue;
    push(start, end, 'PHONE');
  }
}
