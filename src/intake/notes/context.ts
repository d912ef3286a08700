/**
 * The context engine, after the ConText algorithm: within each sentence, trigger terms open a scope
 * that runs forward (or backward) over a bounded number of words until a terminating term or the
 * sentence end; a finding inside the scope takes the trigger's category. Pseudo-triggers win by being
 * longer matches, so "no change" never negates. Section headers add their own decisions (family
 * history belongs to relatives, past medical history is historical). Two linear sweeps per sentence,
 * keeping only the nearest open trigger per category, so cost is linear in the note length.
 */
import { dashAnswerAt, fieldNumbers } from './fields.js';
import type { Section, SectionKind } from './sections.js';
import { TOKEN_WORD, phraseForms, tokenize, type Tokens } from './tokenize.js';
import { TokenTrie } from './trie.js';
import { TRIGGER_RULES, type ContextCategory, type TriggerRule } from './triggers.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Experiencer = 'patient' | 'family' | 'other';

/** Why a finding got a context flag: the rule, its category and the text and span that fired it. */
export interface ContextDecision {
  readonly ruleId: string;
  readonly category: ContextCategory;
  /** The trigger as written in the note (or the section header). */
  readonly trigger: string;
  readonly span: Span;
}

export interface ContextFlags {
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly hypothetical: boolean;
  readonly historical: boolean;
  readonly experiencer: Experiencer;
  readonly decisions: readonly ContextDecision[];
}

/** A target to classify: tokens [first, end) of one sentence. */
export interface Target {
  readonly first: number;
  readonly end: number;
}

export interface CompiledRules {
  readonly trie: TokenTrie<TriggerRule>;
  /**
   * Cues written in an inflected form ("presents", "reports", "states"): the word as written in the note
   * (lower case) that each of the cue's words must be, or undefined where any form of the word will do.
   * Words meet the trie in their normal form, which strips a final s, so without this the verb "presents"
   * would be read in the adjective "present" and "reports" in the noun "report".
   */
  readonly surface: ReadonlyMap<TriggerRule, readonly (string | undefined)[]>;
}

/** Compile trigger rules into the matcher the context engine uses. */
export function compileRules(rules: readonly TriggerRule[] = TRIGGER_RULES): CompiledRules {
  const trie = new TokenTrie<TriggerRule>();
  const surface = new Map<TriggerRule, (string | undefined)[]>();
  for (const r of rules) {
    trie.add(phraseForms(r.phrase), r);
    const exact = inflectedWords(r.phrase);
    if (exact) surface.set(r, exact);
  }
  return { trie, surface };
}

/** The lower-case words of a phrase whose normal form differs from them (undefined if none does). */
function inflectedWords(phrase: string): (string | undefined)[] | undefined {
  const t = tokenize(phrase);
  let any = false;
  const out: (string | undefined)[] = [];
  for (let k = 0; k < t.count; k++) {
    const lower = phrase.slice(t.start[k], t.end[k]).toLowerCase();
    const inflected = t.kind[k] === TOKEN_WORD && lower !== t.norm[k] && t.norm[k] !== '<year>';
    out.push(inflected ? lower : undefined);
    any ||= inflected;
  }
  return any ? out : undefined;
}

/** The rules of a trie match whose inflected words are written in the note as the cue writes them. */
function surfaceMatch(tokens: Tokens, rules: CompiledRules, first: number, values: readonly TriggerRule[]): readonly TriggerRule[] {
  let kept: TriggerRule[] | undefined;
  for (let v = 0; v < values.length; v++) {
    const r = values[v] as TriggerRule;
    const exact = rules.surface.get(r);
    const ok = exact === undefined || exact.every((w, k) => w === undefined || tokens.text.slice(tokens.start[first + k], tokens.end[first + k]).toLowerCase().replace(/\u2019/g, "'") === w);
    if (ok) kept?.push(r);
    else kept ??= values.slice(0, v);
  }
  return kept ?? values;
}

let defaultRules: CompiledRules | undefined;
export function defaultContextRules(): CompiledRules {
  defaultRules ??= compileRules();
  return defaultRules;
}

/** Sections whose content is read in a given context unless the text says otherwise. */
const SECTION_CONTEXT: Partial<Record<SectionKind, ContextCategory>> = { fh: 'family', pmh: 'historical' };

interface Hit {
  readonly first: number;
  readonly end: number;
  readonly rules: readonly TriggerRule[];
}

/** Per-note arrays the sweeps read: word counts, bracket depth, and the field numbers of the sentence. */
interface Scope {
  readonly wordsBefore: Int32Array;
  readonly depth: Int32Array;
  /** Field number of token fieldBase + k at index k (see fields.ts), computed when a negation first needs it. */
  fields: Int32Array | undefined;
  readonly fieldBase: number;
  readonly fieldEnd: number;
}

/** Do two tokens of the scope's sentence lie in one field of a list? */
function sameField(tokens: Tokens, scope: Scope, a: number, b: number): boolean {
  scope.fields ??= fieldNumbers(tokens, scope.fieldBase, scope.fieldEnd);
  return scope.fields[a - scope.fieldBase] === scope.fields[b - scope.fieldBase];
}

interface Open {
  readonly hit: Hit;
  readonly rule: TriggerRule;
}

const CATEGORIES: readonly ContextCategory[] = ['negated', 'uncertain', 'hypothetical', 'historical', 'family', 'other'];
const CATEGORY_BIT: Record<ContextCategory, number> = { negated: 1, uncertain: 2, hypothetical: 4, historical: 8, family: 16, other: 32 };
const NO_DECISIONS: readonly ContextDecision[] = Object.freeze([]);
const PLAIN: ContextFlags = Object.freeze({ negated: false, uncertain: false, hypothetical: false, historical: false, experiencer: 'patient', decisions: NO_DECISIONS });

/**
 * Classify each target. `targets` must be sorted by `first`; each lies within one sentence. Trigger
 * words inside any target are not read as triggers (the concept wins).
 */
export function applyContext(tokens: Tokens, sections: readonly Section[], targets: readonly Target[], rules: CompiledRules = defaultContextRules()): ContextFlags[] {
  const n = tokens.count;
  // The three per-token arrays share one buffer: a typed array's own backing store costs more than filling it.
  const buffer = new ArrayBuffer(4 * (2 * n + 1) + n);
  const inTarget = new Uint8Array(buffer, 4 * (2 * n + 1), n);
  for (const t of targets) inTarget.fill(1, t.first, t.end);
  // wordsBefore[i] = word tokens before token i: windows are counted in words, not punctuation.
  const wordsBefore = new Int32Array(buffer, 0, n + 1);
  for (let i = 0; i < n; i++) wordsBefore[i + 1] = (wordsBefore[i] as number) + (tokens.kind[i] === TOKEN_WORD ? 1 : 0);
  // Bracket depth, reset at each sentence: a cue written inside brackets does not reach outside them.
  const depth = new Int32Array(buffer, 4 * (n + 1), n);
  for (let i = 0, d = 0, s = -1; i < n; i++) {
    if (tokens.sentence[i] !== s) {
      s = tokens.sentence[i] as number;
      d = 0;
    }
    const c = tokens.kind[i] === TOKEN_WORD ? '' : (tokens.norm[i] as string);
    if (c === ')' || c === ']' || c === '}') d = Math.max(0, d - 1);
    depth[i] = d;
    if (c === '(' || c === '[' || c === '{') d++;
  }

  const found: (ContextDecision[] | undefined)[] = new Array<ContextDecision[] | undefined>(targets.length);
  let ti = 0;
  while (ti < targets.length) {
    const s = tokens.sentence[(targets[ti] as Target).first] as number;
    const sFirst = tokens.sentStart[s] as number;
    const sEnd = tokens.sentStart[s + 1] as number;
    let tj = ti;
    while (tj < targets.length && (targets[tj] as Target).first < sEnd) tj++;
    const hits = sentenceHits(tokens, rules, inTarget, sFirst, sEnd);
    if (hits.length > 0) {
      const scope: Scope = { wordsBefore, depth, fields: undefined, fieldBase: sFirst, fieldEnd: sEnd };
      sweep(tokens, scope, hits, targets, ti, tj, found);
    }
    ti = tj;
  }

  // Section context.
  const out: ContextFlags[] = [];
  let si = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as Target;
    const at = tokens.start[t.first] as number;
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= at) si++;
    const section = sections[si];
    let decisions = found[k];
    const cat = section ? SECTION_CONTEXT[section.kind] : undefined;
    if (section && cat) {
      decisions ??= [];
      decisions.push({ ruleId: `section.${section.kind}`, category: cat, trigger: tokens.text.slice(section.headerStart, section.headerEnd), span: { start: section.headerStart, end: section.headerEnd } });
    }
    out.push(decisions ? flagsFrom(decisions) : PLAIN);
  }
  return out;
}

/** The trigger hits of the sentence [sFirst, sEnd), longest first; words inside targets are no triggers. */
function sentenceHits(tokens: Tokens, rules: CompiledRules, inTarget: Uint8Array, sFirst: number, sEnd: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = sFirst; i < sEnd; ) {
    if (inTarget[i] !== 0) {
      i++;
      continue;
    }
    let m = rules.trie.longestIn(tokens, i, sEnd, inTarget);
    // Every answer word that negates ("no", "none", "negative", "never", "denies") is itself a cue, so only a hit is checked.
    // A colon cue's words start one before the note's (its ":" stands for the dash), so its written forms are checked from i - 1.
    let cueFirst = i;
    if (m && dashAnswerAt(tokens, i, sFirst)) {
      const colon = colonCueAt(tokens, rules, inTarget, i, sEnd);
      if (colon) [m, cueFirst] = [colon, i - 1];
    }
    const values = m ? surfaceMatch(tokens, rules, cueFirst, m.values) : undefined;
    if (m && values && values.length > 0) {
      hits.push({ first: i, end: m.end, rules: values });
      i = m.end;
    } else i++;
  }
  return hits;
}

/** An answer after a dash ("Fever - no") read as the colon cue it stands for (": no"), if there is one. */
function colonCueAt(tokens: Tokens, rules: CompiledRules, inTarget: Uint8Array, i: number, sEnd: number): { end: number; values: readonly TriggerRule[] } | undefined {
  const limit = Math.min(sEnd, i + rules.trie.maxLength);
  const forms = [':', ...tokens.norm.slice(i, limit)];
  const m = rules.trie.longestAt(forms, 0, forms.length, Uint8Array.from([0, ...inTarget.subarray(i, limit)]));
  return m ? { end: i + m.end - 1, values: m.values } : undefined;
}

function decide(tokens: Tokens, found: (ContextDecision[] | undefined)[], k: number, o: Open): void {
  const h = o.hit;
  const span = { start: tokens.start[h.first] as number, end: tokens.end[h.end - 1] as number };
  const d = { ruleId: o.rule.id, category: o.rule.category as ContextCategory, trigger: tokens.text.slice(span.start, span.end), span };
  const list = found[k];
  if (list) list.push(d);
  else found[k] = [d];
}

/** The open cues left after terminating term `r` at `at`; an answer term spares a cue right beside it. */
function terminate(open: Open[], r: TriggerRule, at: Hit, wordsBefore: Int32Array): Open[] {
  const ends = r.ends;
  if (!ends) return r.answer ? open.filter((o) => beside(o.hit, at, wordsBefore)) : [];
  return open.filter((o) => !ends.includes(o.rule.category as ContextCategory) || (r.answer === true && beside(o.hit, at, wordsBefore)));
}

/** Is there no word between two hits? */
function beside(a: Hit, b: Hit, wordsBefore: Int32Array): boolean {
  return a.end <= b.first ? wordsBefore[b.first] === wordsBefore[a.end] : wordsBefore[a.first] === wordsBefore[b.end];
}

/**
 * Open cues expire once a target lies beyond their window (targets only move away, so expiry is
 * final and the window bounds how many stay open). For each category the nearest cue that reaches
 * the target decides.
 */
function applyOpen(tokens: Tokens, found: (ContextDecision[] | undefined)[], k: number, open: Open[], scope: Scope, t: Target, forward: boolean): Open[] {
  const { wordsBefore, depth } = scope;
  let live = open;
  for (const o of open) {
    const distance = forward ? (wordsBefore[t.first] as number) - (wordsBefore[o.hit.end] as number) : (wordsBefore[o.hit.first] as number) - (wordsBefore[t.end] as number);
    if (distance >= o.rule.window) {
      live = open.filter((x) => (forward ? (wordsBefore[t.first] as number) - (wordsBefore[x.hit.end] as number) : (wordsBefore[x.hit.first] as number) - (wordsBefore[t.end] as number)) < x.rule.window);
      break;
    }
  }
  let done = 0;
  for (let x = live.length - 1; x >= 0; x--) {
    const o = live[x] as Open;
    const bit = CATEGORY_BIT[o.rule.category as ContextCategory];
    if ((done & bit) !== 0) continue;
    // A cue inside brackets does not reach a target outside them (forward only).
    if (forward && (depth[t.first] as number) < (depth[o.hit.first] as number)) continue;
    // Backward, a time cue inside brackets dates what the brackets hold: their own earlier value if they hold one.
    if (!forward && (depth[t.first] as number) < (depth[o.hit.first] as number) && datesOwnValue(tokens, depth, o)) continue;
    // A negation answers its own field of a list ("Smoking: no, cough: yes"): it does not reach another.
    if (o.rule.category === 'negated' && !sameField(tokens, scope, forward ? t.first : t.end - 1, forward ? o.hit.end - 1 : o.hit.first)) continue;
    done |= bit;
    decide(tokens, found, k, o);
  }
  return live;
}

/** Time units a historical cue starts with ("months ago", "years ago"): the word before is the cue's own count. */
const CUE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months']);

/**
 * Whether a historical cue written inside brackets follows a number of its own brackets, an earlier value with
 * its date ("Na 118 mmol/L (135 a month ago)", "Hb 100 g/L (baseline 140 two years ago)"): the cue dates that
 * value, as an apposition's words qualify the apposition (the brackets set off a comparison), and not the reading
 * before the brackets. The count of the cue itself ("three", "2" in "(2 years ago)") is no value: with nothing
 * else inside, "Stroke (2 years ago)" stays past history.
 */
function datesOwnValue(tokens: Tokens, depth: Int32Array, o: Open): boolean {
  if (o.rule.category !== 'historical') return false;
  const d = depth[o.hit.first] as number;
  let i = o.hit.first - (CUE_UNITS.has(tokens.norm[o.hit.first] as string) ? 2 : 1);
  for (; i >= 0 && (depth[i] as number) >= d && tokens.norm[i] !== '('; i--) {
    if (/^\d/.test(tokens.norm[i] as string)) return true;
  }
  return false;
}

/**
 * Cues that are adjectives, read both ways ("pulses absent", "absent pulses"). Written at the head of a list
 * item and before the words it qualifies ("broad notched R in I, aVL, V6, absent septal q waves"), one is
 * attributive and does not reach back over the list to the items before it; written after a finding
 * ("crackles, wheeze absent"), or before words that place it ("…, absent in both feet"), it does.
 */
const ATTRIBUTIVE: ReadonlySet<string> = new Set(['absent']);
/** Words after an adjective cue that keep it predicative: where or when the thing is absent. */
const PREDICATIVE_NEXT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'to', 'over', 'throughout', 'bilaterally', 'both', 'and', 'or', 'since', 'today', 'now', 'distally', 'peripherally']);

/** Is cue `hit` attributive: at the head of its sentence or list item, and followed by a word it qualifies? */
function attributive(tokens: Tokens, hit: Hit): boolean {
  const before = hit.first - 1;
  if (before >= 0 && tokens.sentence[before] === tokens.sentence[hit.first] && tokens.kind[before] === TOKEN_WORD) return false;
  const next = hit.end;
  return next < tokens.count && tokens.sentence[next] === tokens.sentence[hit.first] && tokens.kind[next] === TOKEN_WORD && !PREDICATIVE_NEXT.has(tokens.norm[next] as string);
}

function sweep(tokens: Tokens, scope: Scope, hits: readonly Hit[], targets: readonly Target[], from: number, to: number, found: (ContextDecision[] | undefined)[]): void {
  // Forward: walk left to right, merging hits and targets by position.
  let open: Open[] = [];
  let h = 0;
  for (let k = from; k < to; k++) {
    const t = targets[k] as Target;
    for (; h < hits.length && (hits[h] as Hit).first < t.first; h++) {
      const hit = hits[h] as Hit;
      for (const r of hit.rules) {
        if (r.category === 'terminate') {
          if (r.direction !== 'backward') open = terminate(open, r, hit, scope.wordsBefore);
        } else if (r.category !== 'pseudo' && r.direction !== 'backward') open.push({ hit, rule: r });
      }
    }
    if (open.length > 0) open = applyOpen(tokens, found, k, open, scope, t, true);
  }
  // Backward: right to left.
  open = [];
  h = hits.length - 1;
  for (let k = to - 1; k >= from; k--) {
    const t = targets[k] as Target;
    for (; h >= 0 && (hits[h] as Hit).first >= t.end; h--) {
      const hit = hits[h] as Hit;
      for (const r of hit.rules) {
        if (r.category === 'terminate') open = terminate(open, r, hit, scope.wordsBefore);
        else if (r.category !== 'pseudo' && r.direction !== 'forward' && !(ATTRIBUTIVE.has(r.phrase) && attributive(tokens, hit))) open.push({ hit, rule: r });
      }
    }
    if (open.length > 0) open = applyOpen(tokens, found, k, open, scope, t, false);
  }
}

function flagsFrom(decisions: ContextDecision[]): ContextFlags {
  let has = 0;
  for (const d of decisions) has |= CATEGORY_BIT[d.category];
  const experiencer: Experiencer = has & CATEGORY_BIT.family ? 'family' : has & CATEGORY_BIT.other ? 'other' : 'patient';
  if (decisions.length > 1) decisions.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.span.start - b.span.start);
  return {
    negated: (has & CATEGORY_BIT.negated) !== 0,
    uncertain: (has & CATEGORY_BIT.uncertain) !== 0,
    hypothetical: (has & CATEGORY_BIT.hypothetical) !== 0,
    historical: (has & CATEGORY_BIT.historical) !== 0,
    experiencer,
    decisions,
  };
}
