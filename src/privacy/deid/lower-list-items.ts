/**
 * A lower-case word after a proper name and a list mark is no second name (issue 14, thirty-second session,
 * over-redaction). The word rules read a list after a found name (", X", "& X", "/X", "and X") and take its next item
 * as a name when that word is on no English or clinical list, so what a note says next of the person or place is
 * reported as a name whenever it is written in another language or is a rarer word: "<name>, violista, 24 a.",
 * "<name>, née le ...", "<name>, cédula 001-...", "<name>, carboplatin and ...", "<hospital>, primljen 28.11.2026".
 * Latin-script orthography capitalises every word of a proper name but its particles (The Chicago Manual of Style, 17th
 * ed., 2017, 8.1-8.3; the same rule role-heads.ts `lowerCaseHead` reads on a span's head), so in a note written with
 * capitals a span all of whose words open in lower case, right after a list mark that follows a capitalised NAME or
 * LOCATION span, is dropped. A span with a capitalised word stays (it was trimmed to it before: "née Lacombe" keeps
 * "Lacombe"); so does any span in a note without case (caseMode 'lower' or 'upper'), and a lower-case name after
 * another lower-case one ("jurge, mwengi").
 */
import type { PhiSpan } from './types.js';

// A list mark, alone with its spaces, between the span before and this one (a comma, an ampersand, a slash or "and").
const LIST_MARK = /^[ \t]*(?:,|&|\/|and)[ \t]*$/;
// Every word opens with a lower-case letter (after the accent fold): no capital, no digit opens a word of the span.
const ALL_LOWER = /^\p{Ll}[^\s]*(?:\s+\p{Ll}[^\s]*)*$/u;
// The span before opens with a capital and is a name or a place.
const PROPER_BEFORE = new Set(['NAME', 'LOCATION']);
// The list mark is short: more text between the spans than this is no list.
const MAX_GAP = 6;

/** Whether `s` is a NAME span of lower-case words right after a list mark that follows a capitalised name or place. */
function lowerListItem(s: PhiSpan, before: PhiSpan | undefined, text: string): boolean {
  if (s.type !== 'NAME' || before === undefined || !PROPER_BEFORE.has(before.type)) return false;
  if (s.start - before.end > MAX_GAP || s.start < before.end) return false;
  if (!/^\p{Lu}/u.test(text.slice(before.start, before.start + 1))) return false;
  return LIST_MARK.test(text.slice(before.end, s.start)) && ALL_LOWER.test(text.slice(s.start, s.end));
}

/**
 * The spans (sorted by start) without the lower-case NAME items of a list after a capitalised name or place (see the
 * module header); in a note without case, the spans as they are.
 */
export function dropLowerListItems(spans: readonly PhiSpan[], text: string, mixed: boolean): PhiSpan[] {
  if (!mixed) return [...spans];
  const out: PhiSpan[] = [];
  let before: PhiSpan | undefined;
  for (const s of spans) {
    if (!lowerListItem(s, before, text)) out.push(s);
    if (before === undefined || s.end > before.end) before = s;
  }
  return out;
}
