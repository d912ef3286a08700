/**
 * Clinician note → mentions and engine observations. Sections, tokens, concept matches over the
 * lexicon's token trie (longest match), then context for every match. Pure and linear in the note
 * length; notes over `MAX_NOTE_CHARS` are refused with an issue rather than processed slowly.
 */
import type { Observation } from '../../core/evidence.js';
import { issue, type Issue, type Result } from '../../core/issues.js';
import { applyContext, defaultContextRules, type CompiledRules, type ContextDecision, type Experiencer, type Span, type Target } from './context.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { findSections, sectionBreaks, type Section, type SectionKind } from './sections.js';
import { tokenize, type Tokens } from './tokenize.js';

/** Largest note accepted, in characters (JS string length): 10 MiB. */
export const MAX_NOTE_CHARS = 10 * 1024 * 1024;

/** One place a finding is named in a note, with how the note qualifies it. */
export interface Mention {
  readonly findingId: string;
  /** For a value of a categorical or multi-choice finding. */
  readonly valueId?: string;
  /** Character offsets into the note (JS string indices), end exclusive. */
  readonly span: Span;
  /** The note text at `span`. */
  readonly text: string;
  /** The lexicon term that matched. */
  readonly term: string;
  readonly section: SectionKind;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly hypothetical: boolean;
  readonly historical: boolean;
  readonly experiencer: Experiencer;
  /** Every context rule that fired on this mention, with its trigger text and span. */
  readonly rules: readonly ContextDecision[];
  /** Whether this mention became (part of) an observation. */
  readonly used: boolean;
}

export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly findings: readonly Observation[];
}

export interface ExtractOptions {
  readonly rules?: CompiledRules;
}

/** Sentinel for tokens inside section headers, which are never concepts. */
function headerMask(tokens: Tokens, sections: readonly Section[]): Uint8Array {
  const mask = new Uint8Array(tokens.count);
  let t = 0;
  for (const s of sections) {
    if (s.headerEnd <= s.headerStart) continue;
    while (t < tokens.count && (tokens.start[t] as number) < s.headerStart) t++;
    while (t < tokens.count && (tokens.start[t] as number) < s.headerEnd) mask[t++] = 1;
  }
  return mask;
}

/** Check a note before processing: type, size, and signs of binary or mis-decoded text (warnings). */
export function checkNote(text: unknown, path = '$'): Issue[] {
  if (typeof text !== 'string') return [issue('type', path, 'a note must be a text string')];
  if (text.length > MAX_NOTE_CHARS) return [issue('too-large', path, `note is ${text.length} characters; the limit is ${MAX_NOTE_CHARS}`)];
  const out: Issue[] = [];
  if (text.trim().length === 0) out.push(issue('empty', path, 'note is empty', 'warning'));
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) {
    out.push(issue('encoding', path, 'note contains control or replacement characters (binary data or not UTF-8?); they were treated as spaces or letters', 'warning'));
  }
  return out;
}

/**
 * Find the model's findings in a clinician note and read their context.
 *
 * Observations: a binary finding mentioned affirmed, current and of the patient gives `present: true`;
 * negated gives `present: false`. If a note both affirms and negates a finding, the affirmation wins
 * (a positive statement is the more specific one, e.g. "denied fever at home, febrile in clinic").
 * Uncertain, hypothetical and family/other mentions never become observations; historical ones only
 * for findings of kind `history`. Values of categorical findings (when the lexicon has them): the
 * first affirmed value; of multi-choice findings: every affirmed value.
 */
export function extractFindings(text: string, lexicon: Lexicon, options: ExtractOptions = {}): Result<Extraction> {
  const issues = checkNote(text);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const sections = findSections(text);
  const tokens = tokenize(text, sectionBreaks(sections, text));
  const mask = headerMask(tokens, sections);

  // Concept recognition: longest match at each token, left to right, within a sentence.
  const targets: Target[] = [];
  const entries: (readonly LexiconEntry[])[] = [];
  const { trie } = lexicon;
  for (let s = 0; s < tokens.sentences; s++) {
    const sEnd = tokens.sentStart[s + 1] as number;
    for (let i = tokens.sentStart[s] as number; i < sEnd; ) {
      if (mask[i] !== 0 || !trie.startsWith(tokens.norm[i] as string)) {
        i++;
        continue;
      }
      const m = trie.longestAt(tokens.norm, i, sEnd, mask);
      if (!m) {
        i++;
        continue;
      }
      targets.push({ first: i, end: m.end });
      entries.push(m.values);
      i = m.end;
    }
  }
  const flags = applyContext(tokens, sections, targets, options.rules ?? defaultContextRules());

  const mentions: MutableMention[] = [];
  let si = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as Target;
    const start = tokens.start[t.first] as number;
    const end = tokens.end[t.end - 1] as number;
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= start) si++;
    const f = flags[k];
    const list = entries[k];
    if (!f || !list) continue;
    const span = { start, end };
    const matched = text.slice(start, end);
    const section = (sections[si] as Section).kind;
    for (let e = 0; e < list.length; e++) {
      const entry = list[e] as LexiconEntry;
      // One mention per finding (and value) at a span, even when several terms of it match there.
      if (e > 0 && list.slice(0, e).some((p) => p.findingId === entry.findingId && p.valueId === entry.valueId)) continue;
      mentions.push({
        findingId: entry.findingId,
        ...(entry.valueId !== undefined ? { valueId: entry.valueId } : {}),
        span,
        text: matched,
        term: entry.term,
        section,
        negated: f.negated,
        uncertain: f.uncertain,
        hypothetical: f.hypothetical,
        historical: f.historical,
        experiencer: f.experiencer,
        rules: f.decisions,
        used: false,
      });
    }
  }
  const findings = toObservations(mentions, lexicon);
  return { ok: true, value: { mentions, findings }, issues };
}

type MutableMention = { -readonly [K in keyof Mention]: Mention[K] };

function eligible(m: Mention, lexicon: Lexicon): boolean {
  if (m.uncertain || m.hypothetical || m.experiencer !== 'patient') return false;
  return !m.historical || lexicon.findings.get(m.findingId)?.kind === 'history';
}

/** Derive observations and mark the mentions they came from as used. */
function toObservations(mentions: MutableMention[], lexicon: Lexicon): Observation[] {
  const byFinding = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (!eligible(m, lexicon)) return;
    const list = byFinding.get(m.findingId) ?? [];
    list.push(i);
    byFinding.set(m.findingId, list);
  });
  const used = { add: (i: number): void => void ((mentions[i] as MutableMention).used = true) };
  const out: { index: number; obs: Observation }[] = [];
  for (const [id, idx] of byFinding) {
    const def = lexicon.findings.get(id);
    if (!def) continue;
    const ms = idx.map((i) => [i, mentions[i] as Mention] as const);
    if (def.valueType === 'binary') {
      const affirmed = ms.filter(([, m]) => !m.negated && m.valueId === undefined);
      const negated = ms.filter(([, m]) => m.negated && m.valueId === undefined);
      const chosen = affirmed.length > 0 ? affirmed : negated;
      if (chosen.length === 0) continue;
      for (const [i] of chosen) used.add(i);
      out.push({ index: def.index, obs: { id, present: affirmed.length > 0 } });
    } else if (def.valueType === 'multi') {
      const affirmed = ms.filter(([, m]) => !m.negated && m.valueId !== undefined);
      if (affirmed.length === 0) continue;
      for (const [i] of affirmed) used.add(i);
      out.push({ index: def.index, obs: { id, values: [...new Set(affirmed.map(([, m]) => m.valueId as string))].sort() } });
    } else {
      const first = ms.find(([, m]) => !m.negated && m.valueId !== undefined);
      if (!first) continue;
      used.add(first[0]);
      out.push({ index: def.index, obs: { id, value: first[1].valueId as string } });
    }
  }
  out.sort((a, b) => a.index - b.index);
  return out.map((o) => o.obs);
}
