/**
 * A series of one test's values written under one name: "Platelets 265 x10^9/L on day 1, now 88 x10^9/L on
 * day 7", "troponin 12 ng/L, rising to 240 ng/L at 3 h", "FSH 84 IU/L, repeated 5 weeks later 91 IU/L". The
 * later values carry the same unit and are joined to the first by a word of sequence or change (now, today,
 * then, repeat, rising to), with times and small words around it (on day 7, 3 weeks later, on admission); any
 * other word (another test's name, a specimen, "ref", a range, "from") ends the series. A comma or a time alone
 * does not join: a bare list of numbers may be other things, a timed value another protocol's. A word of
 * sequence before a mark belongs to the value before it ("4.2 mmol/L today, 6.8 mmol/L yesterday"), and a number
 * straight after a word of direction is a difference ("down 100 x10^9/L"): neither is a later value.
 * This module finds where the later numbers start; the value reader reads and judges each as the test's own
 * value (rule `qty.<test>.series`). Pure and linear in the words scanned.
 */

import { sticky } from './sticky.js';

/** Words that make the later value a later or changed measurement; a join needs one of them. */
const SEQUENCE_WORDS: ReadonlySet<string> = new Set([
  'now', 'today', 'tonight', 'currently', 'then', 'later', 'subsequently', 'repeat', 'repeated', 'rechecked', 'recheck', 'follow-up',
  'rising', 'rose', 'risen', 'falling', 'fell', 'fallen', 'dropping', 'dropped', 'down', 'up', 'increasing', 'increased',
  'decreasing', 'decreased', 'declining', 'declined', 'improving', 'improved', 'worsening', 'worsened', 'climbing', 'climbed',
  'peaking', 'peaked', 'trending', 'still',
]);

/**
 * Words of direction: a number written straight after one (or after "by") is a difference, not a value: "down 8 kg",
 * "fell by 100 x10^9/L", "up 0.8 mg/dL". A value comes after "to", "at", "now" ("rising to 240 ng/L").
 */
const DIFFERENCE_BEFORE: ReadonlySet<string> = new Set([
  'by', 'up', 'down', 'rising', 'rose', 'risen', 'falling', 'fell', 'fallen', 'dropping', 'dropped', 'increasing', 'increased',
  'decreasing', 'decreased', 'declining', 'declined', 'climbing', 'climbed',
]);

/**
 * Other words a join may hold: times and small words. A time alone ("1 hour 194 mg/dL") does not join: it may be
 * a protocol's timed value (an OGTT's, `glucose-timing.ts`). "from" is not here: "down from 170 lb", "up from a
 * baseline of 1.1" write an earlier value, which the baseline and weight rules read.
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'to', 'at', 'on', 'in', 'by', 'after', 'before', 'was', 'is', 'and', 'previously', 'previous', 'earlier', 'last', 'this',
  'morning', 'evening', 'night', 'yesterday', 'ago', 'admission', 'arrival', 'discharge', 'presentation', 'booking', 'a', 'an',
  'the', 'of', 'next', 'same', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'year', 'years', 'h', 'hr',
  'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
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

const DIGITS = /[\d,.]+/y;

/**
 * The later values of a series whose first value ends at `at` (scanning before `limit`): `readSame(start)`
 * reads a value starting there and returns its end when it has the series' unit, else -1 (that number is then
 * part of the join, as "168" in "28 weeks 168; today 112 x10^9/L"). Returns each accepted value's [start, end).
 * A join must hold a word of sequence or change (now, then, repeat, rising).
 */
export function seriesValues(text: string, at: number, limit: number, readSame: (start: number) => number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  let i = at;
  let words = 0;
  let sequence = false;
  let last = '';
  while (i < limit && words <= MAX_JOIN_WORDS) {
    const mark = sticky(JOIN_MARKS, text, i);
    if (mark) {
      i += mark[0].length;
      // A word before a mark tells of the value before it ("4.2 mmol/L today, 6.8 mmol/L yesterday"): the join
      // restarts after the mark, so its word of sequence must come after it.
      if (mark[0].trim() !== '') {
        sequence = false;
        last = '';
      }
    }
    if (i >= limit) break;
    // Straight after a word of direction a number is a difference; it is passed over as a number of the join.
    if (sequence && !DIFFERENCE_BEFORE.has(last) && sticky(VALUE_START, text, i)) {
      const end = readSame(i);
      if (end > i) {
        out.push([i, end]);
        i = end;
        words = 0;
        sequence = false;
        continue;
      }
    }
    const num = sticky(TIME_NUMBER, text, i);
    const w = sticky(WORD, text, num ? i + num[0].length : i);
    const word = w ? (w[1] as string).toLowerCase() : '';
    const seq = !num && SEQUENCE_WORDS.has(word);
    if (w && (seq || TIME_WORDS.has(word))) {
      sequence ||= seq;
      last = word;
      i += (num ? num[0].length : 0) + w[0].length;
      words++;
      continue;
    }
    // A number without the series' unit inside the join ("28 weeks 168; today 112 x10^9/L"), after a join word.
    const d = words > 0 ? sticky(DIGITS, text, i) : null;
    if (!d) break;
    last = '';
    i += d[0].length;
    words++;
  }
  return out;
}
