/**
 * Durations and onset in a note: "for 3 weeks", "x 2 days", "over the past six months", "2 days ago",
 * "3-day history", "since yesterday", "since this morning". Each is read with its value in days and a
 * class (acute up to 3 weeks, subacute up to 3 months, chronic beyond: the usual clinical cut-offs,
 * e.g. for cough). Anchored on the unit word (or "since"), so the cost is one Set lookup per token.
 * An age ("56 year old") or a gestation ("8 weeks pregnant") is not a duration: a duration needs a
 * cue before the number (for, x, past, last, over, within) or after the unit (ago, of, history).
 */
import type { Span } from './context.js';
import type { Tokens } from './tokenize.js';

export type DurationClass = 'acute' | 'subacute' | 'chronic';

export interface Duration {
  readonly span: Span;
  readonly text: string;
  /** Length (or time since onset) in days. */
  readonly days: number;
  readonly class: DurationClass;
  /** `duration.for`, `duration.ago`, `duration.of`, `duration.since`. */
  readonly rule: string;
  readonly first: number;
  readonly end: number;
}

const UNIT_DAYS: ReadonlyMap<string, number> = new Map(Object.entries({
  minute: 1 / 1440, min: 1 / 1440, hour: 1 / 24, hr: 1 / 24, h: 1 / 24, day: 1, d: 1, night: 1, week: 7, wk: 7, month: 30, mo: 30, mth: 30, year: 365, yr: 365, since: 0,
}));
const WORD_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  several: 3, few: 3, couple: 2, many: 6, fourteen: 14, twenty: 20, thirty: 30,
}));
const BEFORE = new Set(['for', 'x', 'past', 'last', 'over', 'within', 'previous', 'preceding', 'recent', 'approximately', 'about', 'around', 'nearly', 'almost', '~']);
const AFTER: ReadonlyMap<string, string> = new Map(Object.entries({ ago: 'duration.ago', of: 'duration.of', history: 'duration.of', duration: 'duration.of', prior: 'duration.ago', earlier: 'duration.ago' }));
const SINCE: ReadonlyMap<string, number> = new Map(Object.entries({ yesterday: 1, today: 0.25, tonight: 0.1, morning: 0.25, night: 0.5, evening: 0.3, afternoon: 0.2, week: 7, month: 30, weekend: 3, year: 365 }));

export function durationClass(days: number): DurationClass {
  return days <= 21 ? 'acute' : days <= 90 ? 'subacute' : 'chronic';
}

function numberAt(tokens: Tokens, t: number): number | undefined {
  const w = tokens.norm[t] as string;
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  return WORD_NUMBER.get(w);
}

/** Every duration in a tokenised note, in text order. */
export function findDurations(tokens: Tokens): Duration[] {
  const out: Duration[] = [];
  const text = tokens.text;
  const push = (first: number, end: number, days: number, rule: string): void => {
    const start = tokens.start[first] as number;
    const stop = tokens.end[end - 1] as number;
    out.push({ span: { start, end: stop }, text: text.slice(start, stop), days, class: durationClass(days), rule, first, end });
  };
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.norm[i] as string;
    const unit = UNIT_DAYS.get(w);
    if (unit === undefined) continue;
    if (w === 'since') {
      const s = tokens.sentence[i];
      let j = i + 1;
      if (j < tokens.count && (tokens.norm[j] === 'last' || tokens.norm[j] === 'this') && tokens.sentence[j] === s) j++;
      const key = tokens.norm[j] as string | undefined;
      const days = key !== undefined && tokens.sentence[j] === s ? SINCE.get(key) : undefined;
      if (days !== undefined) push(i, j + 1, days, 'duration.since');
      continue;
    }
    if (i === 0) continue;
    const s = tokens.sentence[i];
    let n = i - 1;
    const count = numberAt(tokens, n);
    if (count === undefined || tokens.sentence[n] !== s) continue;
    // "a couple of days", "a few weeks"
    if (n > 0 && (tokens.norm[n - 1] === 'a' || tokens.norm[n - 1] === 'the') && (count === 3 || count === 2) && !/^\d/.test(tokens.norm[n] as string)) n--;
    const before = n > 0 && tokens.sentence[n - 1] === s ? (tokens.norm[n - 1] as string) : '';
    const next = i + 1 < tokens.count && tokens.sentence[i + 1] === s ? (tokens.norm[i + 1] as string) : '';
    const afterNext = i + 2 < tokens.count && tokens.sentence[i + 2] === s ? (tokens.norm[i + 2] as string) : '';
    const afterRule = next === 'of' && (afterNext === 'age' || afterNext === 'gestation') ? undefined : AFTER.get(next);
    if (afterRule && next !== 'of' && next !== 'history') push(n, i + 2, count * unit, afterRule);
    else if (BEFORE.has(before)) push(n - 1, i + 1, count * unit, 'duration.for');
    else if (afterRule) push(n, i + 2, count * unit, afterRule);
  }
  return out;
}
