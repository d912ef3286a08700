/**
 * Exposures a history states (smoking, medicines, animals, recent surgery ...) are read by stated rules,
 * not per case: (1) an exposure term inside a longer known term (a condition name of the model, or a
 * general compound such as "smoking cessation") yields to it: "diabetes insipidus" is no diabetes;
 * (2) an allergy statement names an allergen, not an exposure ("not allergic to cats"); (3) time: a
 * lifetime exposure (smoking, asbestos, a stated disease) counts when former, since its risk outlasts it
 * (US Surgeon General 2014: a former smoker keeps much of the excess risk of lung cancer and COPD); a
 * current exposure (a medicine) does not count once stopped, nor when only planned or to be avoided;
 * recent surgery counts within 4 weeks (the Wells criteria's window) and not when dated earlier, the time
 * taken from the note's durations (`durations.ts`: "5 days ago", "last week", "within the past 2 weeks");
 * (4) a procedure the patient underwent ("underwent knee surgery", "s/p appendectomy") reads as surgery.
 * Which findings are exposures, and which time rule applies, is the model's knowledge (a finding's
 * `exposure` field, docs/model-format.md "Exposures"; history findings are lifetime exposures by default),
 * so this module names no finding. Works on concept targets (token spans) before context is applied. Pure.
 */
import type { FindingExposure } from '../../core/model.js';
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import { daysSinceEvent, type Duration } from './durations.js';
import { FormBits } from './form-ids.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Section } from './sections.js';
import { TOKEN_WORD, phraseForms, type Tokens } from './tokenize.js';
import { TokenTrie } from './trie.js';

/** The model term a procedure the patient underwent is read as (tokenized once, not per note). */
const RECENT_SURGERY_TERM = phraseForms('recent surgery');
/** Wells criteria: surgery or immobilisation within the past 4 weeks. */
const RECENT_DAYS = 28;

const ALLERGY_BEFORE = ['allergic to', 'allergy to', 'allergies to', 'allergic reaction to', 'hypersensitivity to', 'intolerant to', 'intolerant of', 'intolerance to', 'anaphylaxis to', 'allergies', 'allergic'];
const ALLERGY_AFTER = ['allergy', 'allergies', 'allergic', 'intolerance', 'hypersensitivity', 'induced anaphylaxis'];
/** A stop verb before the drug; "previously" only as "previously on / took" ("saw him previously and prescribed NSAIDs" is current use). */
const ENDED_BEFORE = ['stopped', 'stop', 'discontinued', 'discontinue', 'quit', 'ceased', 'previously on', 'formerly on', 'previously took', 'previously taking',
  'previously used', 'used to take', 'no longer', 'completed', 'finished', 'off', 'withdrawn from', 'tapered off', 'came off', 'weaned off'];
const ENDED_AFTER = ['was stopped', 'were stopped', 'was discontinued', 'were discontinued', 'was withdrawn', 'has been stopped', 'has been discontinued', 'in the past'];
/** Bare "stopped" right after the drug ("aspirin stopped"), not after a following clause ("ibuprofen daily and stopped aspirin"). */
const ENDED_RIGHT_AFTER = ['stopped', 'discontinued', 'previously'];
const PLAN_BEFORE = ['will start', 'will begin', 'will be started', 'will take', 'plan to', 'plans to', 'planned', 'plan', 'to start', 'to begin', 'avoid', 'avoids', 'avoiding', 'avoided', 'recommend', 'recommended', 'advised', 'should', 'consider', 'instead of', 'alternative to', 'refuses', 'refused', 'declined'];
const OLD_BEFORE = ['history of', 'hx of', 'h/o', 'previous', 'prior', 'remote', 'past', 'as a child', 'childhood'];
const OLD_AFTER = ['as a child', 'in childhood', 'in <year>', 'at age', 'at the age of', 'when he was', 'when she was', 'as a teenager', 'decades ago', 'many years ago', 'years ago', 'year ago', 'last year'];
const SURGERY_CUES = ['underwent', 'underwent a', 'underwent an', 's/p', 'status post', 'had', 'had a', 'had an', 'after', 'after a', 'after an', 'following', 'following a', 'following an', 'post'];
const SURGERY_HEADS = new Set(['surgery', 'operation', 'replacement', 'repair', 'arthroscopy', 'laparoscopy', 'laparotomy', 'fixation', 'amputation', 'arthroplasty', 'section', 'bypass', 'cabg', 'procedure']);
/** `SURGERY_HEADS` read per token by form id (every token of four letters or more asks it). */
const SURGERY_HEAD_BITS = FormBits.of(SURGERY_HEADS);
const SURGERY_SUFFIX = /(?:ectomy|otomy|ostomy|plasty|pexy|orrhaphy)$/;

const cueTries = new Map<readonly string[], TokenTrie<true>>();
function cueTrie(list: readonly string[]): TokenTrie<true> {
  let t = cueTries.get(list);
  if (!t) {
    t = new TokenTrie<true>();
    for (const p of list) t.add(phraseForms(p), true);
    cueTries.set(list, t);
  }
  return t;
}

/** Does a cue of `list` end within `words` tokens before token `at` (same sentence from `from`)? */
function cueBefore(tokens: Tokens, list: readonly string[], from: number, at: number, words: number): boolean {
  const trie = cueTrie(list);
  for (let s = Math.max(from, at - words - 3); s < at; s++) {
    const m = trie.longestIn(tokens, s, at);
    if (m && at - m.end <= words) return true;
  }
  return false;
}

/** Does a cue of `list` start within `words` tokens after token `at` (before `to`)? */
function cueAfter(tokens: Tokens, list: readonly string[], at: number, to: number, words: number): boolean {
  const trie = cueTrie(list);
  for (let s = at; s < Math.min(to, at + words + 1); s++) if (trie.longestIn(tokens, s, to)) return true;
  return false;
}

/** Index of the first duration starting at or after token `at` (durations sorted by first token). */
function firstFrom(durations: readonly Duration[], at: number): number {
  let lo = 0;
  let hi = durations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((durations[mid] as Duration).first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Days since the event of the first dating duration (durations.ts) starting in tokens [from, to) and
 * ending by `end`, or undefined.
 */
function datedIn(durations: readonly Duration[], from: number, to: number, end: number): number | undefined {
  for (let k = firstFrom(durations, from); k < durations.length; k++) {
    const d = durations[k] as Duration;
    if (d.first >= to) break;
    if (d.end > end) continue;
    const days = daysSinceEvent(d, RECENT_DAYS);
    if (days !== undefined) return days;
  }
  return undefined;
}

/** How the model says a history states this finding as an exposure (its `exposure` field). */
function exposureOf(lexicon: Lexicon, id: string): FindingExposure | undefined {
  return lexicon.findings.get(id)?.exposure;
}

/** Does a historical mention of this finding count (history findings and the lifetime exposures)? */
export function historicalCounts(lexicon: Lexicon, id: string): boolean {
  return lexicon.findings.get(id)?.kind === 'history' || exposureOf(lexicon, id) === 'lifetime';
}

interface ExposureFacts {
  /** The findings read as exposures: kind `history`, or marked with an exposure field by the model. */
  readonly ids: ReadonlySet<string>;
  /** Does the model have a recent-procedure exposure (the finding "recent surgery" reads as)? */
  readonly recentProcedure: boolean;
}
const exposureFacts = new WeakMap<Lexicon['findings'], ExposureFacts>();

/** The exposure facts of a lexicon, collected once per lexicon (this runs for every note). */
function factsOf(lexicon: Lexicon): ExposureFacts {
  let facts = exposureFacts.get(lexicon.findings);
  if (!facts) {
    const ids = new Set<string>();
    let recentProcedure = false;
    for (const [id, f] of lexicon.findings) {
      if (f.kind === 'history' || f.exposure !== undefined) ids.add(id);
      if (f.exposure === 'recent-procedure') recentProcedure = true;
    }
    exposureFacts.set(lexicon.findings, (facts = { ids, recentProcedure }));
  }
  return facts;
}

/** Does any entry name an exposure? (A plain loop: this runs for every concept target of every note.) */
function namesExposure(exposures: ReadonlySet<string>, list: readonly LexiconEntry[]): boolean {
  for (const e of list) if (exposures.has(e.findingId)) return true;
  return false;
}

/**
 * The strictly longer known terms (condition name or general compound) covering [first, end): undefined
 * when none, else the exposures they imply (kept).
 */
function shieldOf(lexicon: Lexicon, tokens: Tokens, t: Target, sFirst: number): ReadonlySet<string> | undefined {
  const trie = lexicon.shields;
  if (!trie) return undefined;
  let out: Set<string> | undefined;
  for (let s = Math.max(sFirst, t.first - trie.maxLength + 1); s <= t.first; s++) {
    const m = trie.longestIn(tokens, s, tokens.count);
    if (!m || m.end < t.end || (s === t.first && m.end === t.end)) continue;
    out ??= new Set<string>();
    for (const v of m.values) for (const id of v) out.add(id);
  }
  return out;
}

/** Does the stated rule keep this exposure at this target? */
function keeps(exposure: FindingExposure | undefined, tokens: Tokens, durations: readonly Duration[], t: Target, sStart: number, sEnd: number, inPmh: boolean): boolean {
  // Cues before the term stay in its clause: "allergic to sulfa drugs; he takes ibuprofen" takes ibuprofen.
  let sFirst = t.first;
  while (sFirst > sStart && tokens.norm[sFirst - 1] !== ';') sFirst--;
  // "Family history of diabetes": the finding name "history of diabetes" must not swallow the family cue.
  if (t.first > sFirst && (tokens.norm[t.first - 1] === 'family' || tokens.norm[t.first - 1] === 'fh')) return false;
  if (cueBefore(tokens, ALLERGY_BEFORE, sFirst, t.first, 6) || cueAfter(tokens, ALLERGY_AFTER, t.end, sEnd, 1)) return false;
  if ((exposure === 'current' || exposure === 'course') && cueBefore(tokens, PLAN_BEFORE, sFirst, t.first, 5)) return false;
  if (exposure === 'current' && (cueBefore(tokens, ENDED_BEFORE, sFirst, t.first, 4) || cueAfter(tokens, ENDED_AFTER, t.end, sEnd, 3) || cueAfter(tokens, ENDED_RIGHT_AFTER, t.end, sEnd, 0))) return false;
  if (exposure === 'recent-procedure') {
    // The time the note gives it ("5 days ago", "last week", "within the past 2 weeks"), after the term or before it.
    const days = datedIn(durations, t.end, Math.min(sEnd, t.end + 8), sEnd) ?? datedIn(durations, Math.max(sFirst, t.first - 6), t.first, t.first);
    if (days !== undefined) return days <= RECENT_DAYS;
    if (inPmh || cueBefore(tokens, OLD_BEFORE, sFirst, t.first, 4) || cueAfter(tokens, OLD_AFTER, t.end, sEnd, 4)) return false;
  }
  return true;
}

/** A procedure the patient underwent: a surgery head word within 3 words after a cue ("underwent", "s/p", "had a"). */
function surgeryTargets(tokens: Tokens, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (!factsOf(lexicon).recentProcedure) return;
  const cues = cueTrie(SURGERY_CUES);
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.norm[i] as string;
    // Every head has 4 letters or more: most tokens ("a", "of", "and") stop at the length test.
    if (w.length < 4 || tokens.kind[i] !== TOKEN_WORD || !(SURGERY_HEAD_BITS.at(tokens, i) !== 0 || (w.length > 6 && w.charCodeAt(w.length - 1) === 121 /* y */ && SURGERY_SUFFIX.test(w)))) continue;
    const s = tokens.sentence[i] as number;
    const sFirst = tokens.sentStart[s] as number;
    let cue = -1;
    for (let j = Math.max(sFirst, i - 6); j < i && cue < 0; j++) {
      const m = cues.longestIn(tokens, j, i);
      if (m && i - m.end <= 3) cue = j;
    }
    if (cue < 0) continue;
    insertDerivedTarget(RECENT_SURGERY_TERM, { first: i, end: i + 1 }, lexicon, targets, entries);
  }
}

/**
 * Apply the exposure rules to concept targets in place (`entries` parallel to `targets`): add procedure
 * targets, then drop exposure entries the rules reject (and targets left empty). `durations` are the
 * note's (`findDurations`): they date a procedure.
 */
export function applyExposureRules(tokens: Tokens, sections: readonly Section[], lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[], durations: readonly Duration[]): void {
  surgeryTargets(tokens, lexicon, targets, entries);
  let sorted = durations;
  for (let k = 1; k < durations.length; k++) {
    if ((durations[k] as Duration).first < (durations[k - 1] as Duration).first) {
      sorted = [...durations].sort((a, b) => a.first - b.first);
      break;
    }
  }
  const exposures = factsOf(lexicon).ids;
  let si = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as Target;
    const list = entries[k] as readonly LexiconEntry[];
    if (!namesExposure(exposures, list)) continue;
    const start = tokens.start[t.first] as number;
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= start) si++;
    const section = (sections[si] as Section).kind;
    const s = tokens.sentence[t.first] as number;
    const sFirst = tokens.sentStart[s] as number;
    const sEnd = tokens.sentStart[s + 1] as number;
    const shield = shieldOf(lexicon, tokens, t, sFirst);
    const keep = (e: LexiconEntry): boolean => !exposures.has(e.findingId) || ((!shield || shield.has(e.findingId)) && section !== 'allergies' && keeps(exposureOf(lexicon, e.findingId), tokens, sorted, t, sFirst, sEnd, section === 'pmh'));
    // Most lists keep every entry: test first, copy only when one goes.
    if (list.every(keep)) continue;
    const kept = list.filter(keep);
    if (kept.length > 0) entries[k] = kept;
    else {
      targets.splice(k, 1);
      entries.splice(k, 1);
      k--;
    }
  }
}
