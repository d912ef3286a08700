/**
 * A run of years is a chronology, not a person's dates (issue 14, precision; deid-years, session 42). Safe Harbor
 * (45 CFR 164.514(b)(2)(i)(C)) keeps years; this code reports a bare year only in a record that carries other PHI
 * (`reportedSpans`), where a year beside a name may narrow who the person is ("CABG 1992"). A timeline, a list of years
 * or a line of audit or study years writes its years one after another, each a few words from the next ("penicillin
 * 1928, insulin 1921, the NHS 1948", "years alone: 1991, 1999, 2016", "data 2018 to 2025; pump started 2020, replaced
 * 2024"): the years date the list's items, not one person. So a four-digit YEAR span is dropped when its year stands in
 * a run of at least three four-digit years, each within three words of the next, on one line and with no sentence end
 * between. Two years are not enough: a history writes an event's two dates that way ("S/P CABG 1957, 1971", which the
 * nursing-note standard marks). A run's other items may be older years (1500-2099); only YEAR spans are dropped. A
 * year inside a numeric date (12/03/1990, 1990-03-12) or after a range's dash is no item of its own. Shapes only, no
 * word list. The scan runs only on a note that holds a four-digit YEAR span.
 */
import { isFourDigitYear } from './document-years.js';
import type { PhiSpan } from './types.js';

// A four-digit year standing on its own: not part of a longer number, a numeric date, a clock time or a decimal. The
// Gregorian range of the letters' timelines (1500-2099, as in year-lists.ts): "smallpox 1796, rabies 1885, polio 1955".
const YEAR_ITEM = /(?<![\p{N}/.:\-])(?:1[5-9]|20)\d\d(?![\p{N}/:]|[.,]\p{N})/gu;
// A word between two years: letters or digits, with their inner hyphens, slashes, dots and apostrophes.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019\-/.]*/gu;
// What ends the run: a new line, or a sentence end (a full stop, question or exclamation mark before a space).
const BREAK = /\n|[.!?](?:\s|$)/;
/** The fewest years a run needs to be a chronology. */
const MIN_RUN = 3;
/** The most words between two years of one run. */
const MAX_WORDS = 3;

/** The start offsets of the years of `text` that stand in a run of years (see the module header). */
export function yearRunStarts(text: string): Set<number> {
  const at = [...text.matchAll(YEAR_ITEM)].map((m) => m.index);
  const out = new Set<number>();
  let first = 0;
  for (let i = 1; i <= at.length; i++) {
    const prev = at[i - 1] ?? 0;
    const next = at[i];
    const gap = next === undefined ? '' : text.slice(prev + 4, next);
    const linked = next !== undefined && !BREAK.test(gap) && (gap.match(WORD) ?? []).length <= MAX_WORDS;
    if (linked) continue;
    if (i - first >= MIN_RUN) for (let k = first; k < i; k++) out.add(at[k] ?? -1);
    first = i;
  }
  return out;
}

/** The spans without the four-digit YEAR spans whose year stands in a run of years (see the module header). */
export function dropYearRuns(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  const years = spans.filter((s) => isFourDigitYear(s, text));
  if (years.length === 0) return [...spans];
  const runs = yearRunStarts(text);
  return runs.size === 0 ? [...spans] : spans.filter((s) => !(years.includes(s) && runs.has(s.start)));
}
