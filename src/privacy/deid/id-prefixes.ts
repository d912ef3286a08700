/**
 * An identifier's letter prefix is part of it (issue 14, session 42): many schemes write a number after a group of
 * capitals that belongs to the number, not to its label ("Fayda ID FAN 4417 2209 8813", "HPCSA MP 0734219", "CNI C 0044
 * 1772 05", "A-number A 212-441-773", Mongolia's register number "УБ79041512"). The number rules find the digits and
 * leave the prefix readable; a reader who sees it learns the identifier's series (ICAO Doc 9303 and the national
 * schemes print such a prefix as the number's first characters). This step, run with the other growth steps on a
 * note's spans, grows a found identifier whose first character is a digit over:
 * - a prefix joined to it: one to three capitals right before the digits, at a word's start ("H544-4417");
 * - a prefix after a space, when a label stands right before that prefix: one to four capitals after the scheme's
 *   acronym or a numbering word ("GEMS GEM 441822091", "ref. CAD 0412"). Without such a label the capitals before a
 *   number are most often the label itself ("NID 1993 4417", "NHS 943 476 5919"), which the gold leaves out, so they stay.
 * A generic label ("ID", "SN", "MRN", "NHS", "REF", "NO") and a repeated label ("SGK SGK 5581...") are never taken as a
 * prefix. `detect.ts` runs this in mixed-case notes only (in capitals, capitals mark nothing) and after the label
 * spans are dropped.
 */
import type { PhiSpan, PhiType } from './types.js';

// Spans of an identifier's number (a phone only for the joined form and after a label: "CNI C 0044 1772 05" is read as
// a phone by its grouping).
const GROWN: ReadonlySet<PhiType> = new Set<PhiType>(['ID', 'MRN', 'SSN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'VEHICLE', 'PHONE']);
// One to three capitals joined to the digits, opening their word (not after a letter, digit, hyphen or full stop).
const JOINED = /(?<![\p{L}\p{N}\-.'\u2019/])\p{Lu}{1,3}$/u;
// A label, one space, one to four capitals, one space: the label is an acronym of three to six capitals or a word that
// numbers ("number", "no.", "nr.", "ref", "ID", "#"), perhaps with a colon. Two capitals before a scheme's acronym are as
// often a province's or country's code ("NL MCP 551 ..."), which makes the acronym the label.
const SPACED = /(?<![\p{L}\p{N}\-.'\u2019/])(\p{Lu}{3,6}|[\p{L}-]*(?:number|numbers|no\.|nr\.|ref\.?|ID)|#):?[ \t](\p{Lu}{1,4})[ \t]$/u;
// Generic labels and words that name what the number is, never a scheme's series.
const GENERIC = new Set(['ID', 'NO', 'NR', 'SN', 'S', 'N', 'REF', 'MRN', 'NHS', 'UR', 'DOB', 'TEL', 'PH', 'FAX', 'BED', 'RM', 'NUM', 'NBR', 'CARD', 'CODE', 'REG', 'LIC', 'PIN', 'TO', 'OF', 'AT', 'ON', 'IN', 'BY', 'FOR', 'AND', 'OR', 'THE', 'AM', 'PM', 'IV', 'IM', 'PO', 'SC', 'DR', 'MR', 'MRS', 'MS', 'X']);

/** The start a found identifier grows to over its letter prefix, or its own start. */
function prefixStart(text: string, s: PhiSpan): number {
  if (!GROWN.has(s.type) || !/\d/.test(text[s.start] ?? '')) return s.start;
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  const joined = JOINED.exec(before);
  if (joined) return GENERIC.has(joined[0]) ? s.start : s.start - joined[0].length;
  const spaced = SPACED.exec(before);
  const group = spaced?.[2];
  if (!spaced || group === undefined || GENERIC.has(group) || group === spaced[1]) return s.start;
  return s.start - group.length - 1;
}

/** Grow identifier spans over a letter prefix that belongs to the number (see the header); other spans pass unchanged. */
export function identifierPrefixes(spans: readonly PhiSpan[], text: string): readonly PhiSpan[] {
  let out: PhiSpan[] | undefined;
  spans.forEach((s, i) => {
    const start = prefixStart(text, s);
    if (start === s.start) return;
    out ??= [...spans];
    out[i] = { ...s, start };
  });
  // The same array when nothing grew, so the caller merges only when a span changed.
  return out ?? (spans as PhiSpan[]);
}
