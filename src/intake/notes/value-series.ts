/**
 * A series of one test's values written under one name: "Platelets 265 x10^9/L on day 1, now 88 x10^9/L on
 * day 7", "hCG 6,450 IU/L on Monday, 1,210 IU/L today", "FSH 84 IU/L, repeated 5 weeks later 91 IU/L". The
 * later values carry the same unit and are joined to the first only by words of time and change (now, today,
 * repeat, rising to, on day 7, 3 weeks later, on admission); any other word (another test's name, a specimen,
 * "ref", a range) ends the series. A comma alone does not join: a bare list of numbers may be other things.
 * This module finds where the later numbers start; the value reader reads and judges each as the test's own
 * value (rule `qty.<test>.series`). Pure and linear in the words scanned.
 */

/** Words of time and change that join a later value of the same test to the one before. */
const JOIN_WORDS: ReadonlySet<string> = new Set([
  'now', 'today', 'tonight', 'currently', 'then', 'later', 'subsequently', 'since', 'repeat', 'repeated', 'rechecked', 'recheck',
  'follow-up', 'rising', 'rose', 'risen', 'falling', 'fell', 'fallen', 'dropping', 'dropped', 'down', 'up', 'increasing', 'increased',
  'decreasing', 'decreased', 'declining', 'declined', 'improving', 'improved', 'worsening', 'worsened', 'climbing', 'climbed',
  'peaking', 'peaked', 'trending', 'to', 'from', 'at', 'on', 'by', 'after', 'before', 'was', 'is', 'and', 'still', 'previously',
  'previous', 'earlier', 'last', 'this', 'morning', 'evening', 'night', 'yesterday', 'ago', 'admission', 'arrival', 'discharge',
  'presentation', 'booking', 'baseline', 'a', 'an', 'the', 'of', 'next', 'same', 'day', 'days', 'week', 'weeks', 'wk', 'wks',
  'month', 'months', 'year', 'years', 'h', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten',
]);

/** Marks between the words of a series (a bracket opens an earlier value: "Hb 6.8 g/dL (14.6 g/dL a week ago)"). */
const JOIN_MARKS = /[ \t]*[,;()]?[ \t]*/y;
const WORD = /([A-Za-z][A-Za-z-]*)[ \t]*/y;
/** A number inside the join ("on day 7", "28 weeks", "at 3 h"): a time, so a time word must follow it. */
const TIME_NUMBER = /(\d{1,3})[ \t]*(?=[A-Za-z])/y;
/** Where a later value may start: a digit (or a comparator before one). */
const VALUE_START = /(?:<=|>=|≤|≥|<|>)?[ \t]*\d/y;

/** At most this many words between two values of one series. */
const MAX_JOIN_WORDS = 6;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const DIGITS = /[\d,.]+/y;

/**
 * The later values of a series whose first value ends at `at` (scanning before `limit`): `readSame(start)`
 * reads a value starting there and returns its end when it has the series' unit, else -1 (that number is then
 * part of the join, as "168" in "28 weeks 168; today 112 x10^9/L"). Returns each accepted value's [start, end).
 * A join must hold at least one word of time or change.
 */
export function seriesValues(text: string, at: number, limit: number, readSame: (start: number) => number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  let i = at;
  let words = 0;
  while (i < limit && words <= MAX_JOIN_WORDS) {
    const mark = sticky(JOIN_MARKS, text, i);
    if (mark) i += mark[0].length;
    if (i >= limit) break;
    if (words > 0 && sticky(VALUE_START, text, i)) {
      const end = readSame(i);
      if (end > i) {
        out.push([i, end]);
        i = end;
        words = 0;
        continue;
      }
      const d = sticky(DIGITS, text, i);
      if (!d) break;
      i += d[0].length;
      words++;
      continue;
    }
    const num = sticky(TIME_NUMBER, text, i);
    const w = sticky(WORD, text, num ? i + num[0].length : i);
    if (!w || !JOIN_WORDS.has((w[1] as string).toLowerCase())) break;
    i += (num ? num[0].length : 0) + w[0].length;
    words++;
  }
  return out;
}
