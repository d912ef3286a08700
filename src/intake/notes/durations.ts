/**
 * Durations and onset in a note: "for 3 weeks", "x 2 days", "over the past six months", "2 days ago",
 * "3-day history", "since yesterday", "since this morning", "last week", "yesterday". Each is read with its value in days and a
 * class (acute up to 3 weeks, subacute up to 3 months, chronic beyond: the usual clinical cut-offs,
 * e.g. for cough). Anchored on the unit word (or "since"), so the cost is one Set lookup per token.
 * An age ("56 year old") or a gestation ("8 weeks pregnant") is not a duration: a duration needs a
 * cue before the number (for, x, past, last, over, within) or after the unit (ago, of, history).
 */
import type { Span } from './context.js';
import { FormBits } from './form-ids.js';
import type { Tokens } from './tokenize.js';

export type DurationClass = 'acute' | 'subacute' | 'chronic';

export interface Duration {
  readonly span: Span;
  readonly text: string;
  /** Length (or time since onset) in days. */
  readonly days: number;
  readonly class: DurationClass;
  /**
   * `duration.for` (a length: "for 3 weeks", "x 2 days"), `duration.within` (a window back from now:
   * "over the past 6 months", "within the last 2 weeks"), `duration.ago` (a time point: "3 days ago",
   * "last week", "yesterday"), `duration.of` ("3-day history"), `duration.since` ("since yesterday").
   */
  readonly rule: string;
  readonly first: number;
  readonly end: number;
}

const UNIT_DAYS: ReadonlyMap<string, number> = new Map(Object.entries({
  minute: 1 / 1440, min: 1 / 1440, hour: 1 / 24, hr: 1 / 24, h: 1 / 24, day: 1, d: 1, night: 1, week: 7, wk: 7, month: 30, mo: 30, mth: 30, year: 365, yr: 365, since: 0,
  // Three-letter plurals keep their s after normalisation (tokenize.ts strips plurals of longer words).
  hrs: 1 / 24, wks: 7, mos: 30, yrs: 365,
}));
/** `UNIT_DAYS`'s words read per token by form id: every token of a note is asked (about 1.5% of reading a note, profiled). */
const UNIT_BITS = FormBits.of(UNIT_DAYS.keys());
const WORD_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  several: 3, few: 3, couple: 2, many: 6, fourteen: 14, twenty: 20, thirty: 30,
}));
const BEFORE = new Set(['for', 'x', 'over', 'approximately', 'about', 'around', 'nearly', 'almost', '~']);
/** Cues of a window that ends now ("the past 2 weeks"): the event lies inside it, so its days are a bound. */
const WITHIN = new Set(['past', 'last', 'within', 'previous', 'preceding', 'recent']);
/** Units read without a number after "last" / "past" ("last week", "the past month"); abbreviations are not. */
const BARE_UNIT = new Set(['hour', 'day', 'night', 'week', 'month', 'year']);
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
    const unit = UNIT_BITS.at(tokens, i) === 0 ? undefined : UNIT_DAYS.get(w);
    if (unit === undefined) {
      if (w === 'yesterday') yesterdayAt(tokens, i, push);
      continue;
    }
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
    if (tokens.sentence[n] !== s) continue;
    if (count === undefined) {
      bareUnit(tokens, n, i, unit, push);
      continue;
    }
    // "a couple of days", "a few weeks"
    if (n > 0 && (tokens.norm[n - 1] === 'a' || tokens.norm[n - 1] === 'the') && (count === 3 || count === 2) && !/^\d/.test(tokens.norm[n] as string)) n--;
    const before = n > 0 && tokens.sentence[n - 1] === s ? (tokens.norm[n - 1] as string) : '';
    const next = i + 1 < tokens.count && tokens.sentence[i + 1] === s ? (tokens.norm[i + 1] as string) : '';
    const afterNext = i + 2 < tokens.count && tokens.sentence[i + 2] === s ? (tokens.norm[i + 2] as string) : '';
    const afterRule = next === 'of' && (afterNext === 'age' || afterNext === 'gestation') ? undefined : AFTER.get(next);
    if (afterRule && next !== 'of' && next !== 'history') push(n, i + 2, count * unit, afterRule);
    else if (BEFORE.has(before)) push(n - 1, i + 1, count * unit, 'duration.for');
    else if (WITHIN.has(before)) push(n - 1, i + 1, count * unit, 'duration.within');
    else if (afterRule) push(n, i + 2, count * unit, afterRule);
  }
  return out;
}

type Push = (first: number, end: number, days: number, rule: string) => void;

/**
 * A unit without a number after "last" or "past": "last week" is a time point ("surgery last week"),
 * "the past month", "over the last year" a window. "Since last night" is the since rule's.
 */
function bareUnit(tokens: Tokens, n: number, i: number, unit: number, push: Push): void {
  const cue = tokens.norm[n] as string;
  if ((cue !== 'last' && cue !== 'past') || !BARE_UNIT.has(tokens.norm[i] as string)) return;
  const s = tokens.sentence[i];
  // "the last day of his trip" is no time from now.
  if (i + 1 < tokens.count && tokens.norm[i + 1] === 'of' && tokens.sentence[i + 1] === s) return;
  let b = n - 1;
  if (b >= 0 && tokens.norm[b] === 'the' && tokens.sentence[b] === s) b--;
  const before = b >= 0 && tokens.sentence[b] === s ? (tokens.norm[b] as string) : '';
  if (before === 'since') return;
  if (before === 'for' || before === 'over' || before === 'in' || before === 'during' || before === 'within') push(b, i + 1, unit, 'duration.within');
  else if (cue === 'past' || b < n - 1) push(b + 1, i + 1, unit, 'duration.within');
  else push(n, i + 1, unit, 'duration.ago');
}

/** "Yesterday" on its own is a time point one day back ("the pain began yesterday"); "since yesterday" is the since rule's. */
function yesterdayAt(tokens: Tokens, i: number, push: Push): void {
  if (i > 0 && tokens.norm[i - 1] === 'since' && tokens.sentence[i - 1] === tokens.sentence[i]) return;
  push(i, i + 1, 1, 'duration.ago');
}

/**
 * The time since an event that a duration dates, in days, for rules with a time window (recent surgery):
 * a time point ("3 days ago", "last week", "since yesterday") gives its days; a window back from now
 * ("within the past 2 weeks") only bounds them, so it dates the event only when the bound is inside
 * `window`; a length ("for 3 days") or a history ("3-day history of") dates no event.
 */
export function daysSinceEvent(d: Duration, window: number): number | undefined {
  if (d.rule === 'duration.ago' || d.rule === 'duration.since') return d.days;
  if (d.rule === 'duration.within' && d.days <= window) return d.days;
  return undefined;
}
