/**
 * The context engine, after the ConText algorithm: within each sentence, trigger terms open a scope
 * that runs forward (or backward) over a bounded number of words until a terminating term or the
 * sentence end; a finding inside the scope takes the trigger's category. Pseudo-triggers win by being
 * longer matches, so "no change" never negates. Section headers add their own decisions (family
 * history belongs to relatives, past medical history is historical). Two linear sweeps per sentence,
 * keeping only the nearest open trigger per category, so cost is linear in the note length.
 */
import type { Section, SectionKind } from './sections.js';
import { TOKEN_WORD, phraseForms, type Tokens } from './tokenize.js';
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
}

export function compileRules(rules: readonly TriggerRule[] = TRIGGER_RULES): CompiledRules {
  const trie = new TokenTrie<TriggerRule>();
  for (const r of rules) trie.add(phraseForms(r.phrase), r);
  return { trie };
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

interface Open {
  readonly hit: Hit;
  readonly rule: TriggerRule;
}

const CATEGORIES: readonly ContextCategory[] = ['negated', 'uncertain', 'hypothetical', 'historical', 'family', 'other'];

/**
 * Classify each target. `targets` must be sorted by `first`; each lies within one sentence. Trigger
 * words inside any target are not read as triggers (the concept wins).
 */
export function applyContext(tokens: Tokens, sections: readonly Section[], targets: readonly Target[], rules: CompiledRules = defaultContextRules()): ContextFlags[] {
  const n = tokens.count;
  const inTarget = new Uint8Array(n);
  for (const t of targets) inTarget.fill(1, t.first, t.end);
  // wordsBefore[i] = word tokens before token i: windows are counted in words, not punctuation.
  const wordsBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) wordsBefore[i + 1] = (wordsBefore[i] as number) + (tokens.kind[i] === TOKEN_WORD ? 1 : 0);
  // Bracket depth, reset at each sentence: a cue written inside brackets does not reach outside them.
  const depth = new Int32Array(n);
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

  const found: ContextDecision[][] = targets.map(() => []);
  let ti = 0;
  while (ti < targets.length) {
    const s = tokens.sentence[(targets[ti] as Target).first] as number;
    const sFirst = tokens.sentStart[s] as number;
    const sEnd = tokens.sentStart[s + 1] as number;
    let tj = ti;
    while (tj < targets.length && (targets[tj] as Target).first < sEnd) tj++;
    const hits: Hit[] = [];
    for (let i = sFirst; i < sEnd; ) {
      if (inTarget[i] !== 0) {
        i++;
        continue;
      }
      const m = rules.trie.longestAt(tokens.norm, i, sEnd, inTarget);
      if (m) {
        hits.push({ first: i, end: m.end, rules: m.values });
        i = m.end;
      } else i++;
    }
    if (hits.length > 0) sweep(tokens, wordsBefore, depth, hits, targets, ti, tj, found);
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
    const decisions = found[k] as ContextDecision[];
    const cat = section ? SECTION_CONTEXT[section.kind] : undefined;
    if (section && cat) {
      decisions.push({ ruleId: `section.${section.kind}`, category: cat, trigger: tokens.text.slice(section.headerStart, section.headerEnd), span: { start: section.headerStart, end: section.headerEnd } });
    }
    out.push(flagsFrom(decisions));
  }
  return out;
}

function sweep(tokens: Tokens, wordsBefore: Int32Array, depth: Int32Array, hits: readonly Hit[], targets: readonly Target[], from: number, to: number, found: ContextDecision[][]): void {
  const decide = (k: number, o: Open): void => {
    const h = o.hit;
    const span = { start: tokens.start[h.first] as number, end: tokens.end[h.end - 1] as number };
    (found[k] as ContextDecision[]).push({ ruleId: o.rule.id, category: o.rule.category as ContextCategory, trigger: tokens.text.slice(span.start, span.end), span });
  };
  const terminate = (open: Open[], r: TriggerRule): Open[] => (r.ends ? open.filter((o) => !(r.ends as readonly string[]).includes(o.rule.category)) : []);
  // Open cues expire once a target lies beyond their window; the window bounds how many stay open.
  // For each category the nearest applicable cue decides.
  const apply = (k: number, open: Open[], distance: (o: Open) => number, reaches: (o: Open) => boolean): Open[] => {
    const live = open.filter((o) => distance(o) < o.rule.window);
    const done = new Set<string>();
    for (let x = live.length - 1; x >= 0; x--) {
      const o = live[x] as Open;
      if (done.has(o.rule.category) || !reaches(o)) continue;
      done.add(o.rule.category);
      decide(k, o);
    }
    return live;
  };
  // Forward: walk left to right, merging hits and targets by position.
  let open: Open[] = [];
  let h = 0;
  for (let k = from; k < to; k++) {
    const t = targets[k] as Target;
    for (; h < hits.length && (hits[h] as Hit).first < t.first; h++) {
      const hit = hits[h] as Hit;
      for (const r of hit.rules) {
        if (r.category === 'terminate') open = terminate(open, r);
        else if (r.category !== 'pseudo' && r.direction !== 'backward') open.push({ hit, rule: r });
      }
    }
    open = apply(k, open, (o) => (wordsBefore[t.first] as number) - (wordsBefore[o.hit.end] as number), (o) => (depth[t.first] as number) >= (depth[o.hit.first] as number));
  }
  // Backward: right to left.
  open = [];
  h = hits.length - 1;
  for (let k = to - 1; k >= from; k--) {
    const t = targets[k] as Target;
    for (; h >= 0 && (hits[h] as Hit).first >= t.end; h--) {
      const hit = hits[h] as Hit;
      for (const r of hit.rules) {
        if (r.category === 'terminate') open = terminate(open, r);
        else if (r.category !== 'pseudo' && r.direction !== 'forward') open.push({ hit, rule: r });
      }
    }
    open = apply(k, open, (o) => (wordsBefore[o.hit.first] as number) - (wordsBefore[t.end] as number), () => true);
  }
}

function flagsFrom(decisions: readonly ContextDecision[]): ContextFlags {
  const has = new Set<ContextCategory>();
  for (const d of decisions) has.add(d.category);
  const experiencer: Experiencer = has.has('family') ? 'family' : has.has('other') ? 'other' : 'patient';
  const ordered = [...decisions].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.span.start - b.span.start);
  return {
    negated: has.has('negated'),
    uncertain: has.has('uncertain'),
    hypothetical: has.has('hypothetical'),
    historical: has.has('historical'),
    experiencer,
    decisions: ordered,
  };
}
