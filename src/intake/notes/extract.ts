/**
 * Clinician note → mentions and engine observations. Sections, tokens, concept matches over the
 * lexicon's token trie (longest match), then context for every match. Pure and linear in the note
 * length; notes over `MAX_NOTE_CHARS` are refused with an issue rather than processed slowly.
 */
import type { Observation } from '../../core/evidence.js';
import { issue, type Issue, type Result } from '../../core/issues.js';
import type { Sex } from '../../core/model.js';
import type { Flag } from '../fhir/observation.js';
import { findDurations, type Duration } from './durations.js';
import { findReadings, type ReadOptions, type Reading } from './quantities.js';
import { dexamethasoneCortisol } from './dexamethasone-suppression.js';
import { timedGlucose } from './glucose-timing.js';
import { readingsInNoteUnits } from './unit-system.js';
import { derivedBodyMass } from './body-mass.js';
import { derivedOsmolalGap } from './osmolal-gap.js';
import { albuminCorrectedCalcium, derivedAnionGap } from './derived-chemistry.js';
import { panelShorthand } from './panel-shorthand.js';
import { findNormalVitals, type NormalVitalsRule, type NormalVitalsStatement } from './normal-vitals.js';
import { applyContext, defaultContextRules, type CompiledRules, type ContextDecision, type ContextFlags, type Experiencer, type Span, type Target } from './context.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { armDifference, gapAt, isPainQuality, isSetPhrase, radiationAt } from './phrase-rules.js';
import { siteAt } from './site-phrases.js';
import { invertedAt, isInvertedStart } from './inverted-phrases.js';
import { isPredicativeStart, predicativeAt } from './predicative.js';
import { loosePairs, type ReadSoFar } from './loose-pairs.js';
import { coordinatedAfter, coordinatedBefore, type Coordinated } from './coordination.js';
import { addCreatinineRise } from './baseline-change.js';
import { addWeightLoss } from './weight-change.js';
import { addBowelDilatation } from './bowel-dilatation.js';
import { addOvarianMorphology } from './ovarian-morphology.js';
import { addOrganismResults } from './organism-tests.js';
import { addFlaggedLevels } from './flagged-levels.js';
import { addExerciseTestResults } from './exercise-test.js';
import { insertDerivedTarget } from './derived-target.js';
import { applyExposureRules, historicalCounts } from './exposures.js';
import { sizeAt } from './sizes.js';
import { GATE_WORD_NOT_AFTER } from './report-statements.js';
import { imagedElsewhere, namesOtherSite } from './organ-bound.js';
import { qualifiesOtherStructure } from './skin-colour.js';
import { lesionElsewhere, organAt, organLesionAt } from './organ-lesions.js';
import { onStudy } from './study-signs.js';
import { isInfant } from './life-stage.js';
import { afterTimePrefix } from './time-prefix.js';
import { sectionsAndBreaks, type Section, type SectionKind } from './sections.js';
import { phraseForms, tokenize, type Tokens } from './tokenize.js';

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
  /**
   * For a finding set by a value ("Na 118 mmol/L" -> low sodium present): the reading's rule, value and
   * unit. `negated` then means the value made the finding absent (a normal sodium: low sodium absent);
   * negation cues do not apply to measured values ("denies fever; T 39.4" is a fever).
   */
  readonly reading?: MentionReading;
  /**
   * For a finding made absent by a statement with no value ("vital signs are within normal limits",
   * "VSS"): the statement's rule and what it stands for. Such a mention is always `negated` (absent)
   * and never carries a `reading`: no value is made up.
   */
  readonly statement?: MentionStatement;
}

/** The statement behind a mention made absent by "vital signs normal" (no value). */
export interface MentionStatement {
  readonly rule: NormalVitalsRule;
  /** The vital-sign test the statement speaks for (`heart-rate`, `systolic-bp`...). */
  readonly test: string;
  readonly concept: string;
}

/** The value behind a mention set by a reading. */
export interface MentionReading {
  readonly rule: string;
  /** Test id in the shared table (`sodium`, `systolic-bp`...). */
  readonly test: string;
  readonly concept: string;
  readonly flag: Flag;
  readonly value?: number;
  readonly comparator?: string;
  readonly unit?: string;
  readonly ucum?: string;
  readonly converted?: number;
  readonly testUnit?: string;
  readonly result?: string;
}

/** Something recognised in the note that did not become a finding of the model, and why. */
export interface Unmapped {
  readonly kind: 'reading' | 'duration' | 'statement';
  readonly span: Span;
  readonly text: string;
  readonly rule: string;
  /** The concept the model has no finding for (a reading that was judged). */
  readonly concept?: string;
  readonly present?: boolean;
  /** `not-in-model` (the concept has no finding), `not-judged` (unit, range or value problem: see rule). A written statement ("left axis deviation") is `not-in-model`, `present` false when negated. */
  readonly reason: 'not-in-model' | 'not-judged';
}

export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly findings: readonly Observation[];
  /** Every value read (vital signs, laboratory results), with its rule, unit and what it means. */
  readonly readings: readonly Reading[];
  /** Durations and onset ("for 3 weeks", "since yesterday") with their value in days. */
  readonly durations: readonly Duration[];
  /** Readings and durations recognised but not in the model (or not judged), listed rather than dropped. */
  readonly unmapped: readonly Unmapped[];
}

export interface ExtractOptions {
  readonly rules?: CompiledRules;
  /** Patient sex and age, for reference ranges of values (unknown sex: the widest interval). */
  readonly sex?: Sex;
  readonly age?: number;
  /** Read values and durations (default true). */
  readonly readings?: boolean;
  /** Read two-word findings said in other words (`loose-pairs.ts`; default true). */
  readonly loosePairs?: boolean;
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
  // No non-space character (the same white space as `trim`), without copying the note.
  if (!/\S/.test(text)) out.push(issue('empty', path, 'note is empty', 'warning'));
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
  const { sections, breaks } = sectionsAndBreaks(text);
  const tokens = tokenize(text, breaks);
  const mask = headerMask(tokens, sections);

  const { targets, entries } = matchConcepts(tokens, mask, lexicon);
  // Values and durations; readings get context too (one pass over the merged, ordered targets).
  const readings = options.readings === false ? [] : addFlaggedLevels(tokens, lexicon.levels, derivedReadings(tokens, findReadings(tokens, mask, readOptions(options)), options));
  // Durations are read always: the exposure rules date a procedure by them (reported only with readings).
  const allDurations = findDurations(tokens);
  const durations = options.readings === false ? [] : allDurations;
  addArmDifference(tokens, readings, lexicon, targets, entries);
  addCreatinineRise(tokens, readings, lexicon, targets, entries);
  addWeightLoss(tokens, readings, lexicon, targets, entries);
  addExerciseTestResults(tokens, lexicon, targets, entries);
  addBowelDilatation(tokens, lexicon, targets, entries);
  addOvarianMorphology(tokens, lexicon, targets, entries);
  addOrganismResults(tokens, lexicon, targets, entries);
  applyExposureRules(tokens, sections, lexicon, targets, entries, allDurations);
  const loose = options.loosePairs === false ? undefined : addLoosePairs(tokens, mask, lexicon, targets, entries, readings);
  const statements = options.readings === false ? [] : findNormalVitals(tokens, readings);
  const { flags, readingFlags, statementFlags } = contextOf(tokens, sections, targets, readings, statements, options.rules ?? defaultContextRules());

  const mentions: MutableMention[] = [];
  const unmapped: Unmapped[] = [];
  // The terms of the current span whose gate is open, reused from span to span.
  const open: LexiconEntry[] = [];
  let si = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as Target;
    const start = tokens.start[t.first] as number;
    const end = tokens.end[t.end - 1] as number;
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= start) si++;
    const f = flags[k];
    const list = entries[k];
    if (!f || !list) continue;
    // A loose reading names no past finding: the history is left to its exact words.
    if (f.historical && loose?.has(t)) continue;
    // "pre-pregnancy": the time before the state, not the state (time-prefix.ts).
    if (afterTimePrefix(tokens, t.first)) continue;
    const span = { start, end };
    const matched = text.slice(start, end);
    const section = (sections[si] as Section).kind;
    open.length = 0;
    for (const entry of list) {
      if (entry.gate && (entry.gateNamed === true || section !== 'results') && !gateOpen(tokens, t.first, entry.gate)) continue;
      if (entry.written && !entry.written.test(matched)) continue;
      if (entry.siteBound === true && namesOtherSite(tokens, t.end)) continue;
      // "pale stools", "pale, swollen retina": the colour of another structure, not the skin sign (skin-colour.ts).
      if (entry.skinColour === true && qualifiesOtherStructure(tokens, t.first)) continue;
      // An infant's "irritability" is the model's irritable infant, no older person's temper (life-stage.ts).
      if (entry.infantAs !== undefined && isInfant(options.age)) {
        for (const e of openAs(lexicon, tokens, t.first, entry.infantAs, open)) mentions.push(termMention(e, span, matched, section, f));
        continue;
      }
      if (entry.notOnStudy === true && onStudy(tokens, t.first)) {
        // A shape-led term on a study reads the study's sign of that shape where no organ is named (study-signs.ts).
        if (entry.onStudyAs !== undefined && organAt(tokens, t.first, t.end) === undefined) {
          for (const e of openAs(lexicon, tokens, t.first, entry.onStudyAs, open)) mentions.push(termMention(e, span, matched, section, f));
        }
        continue;
      }
      if (entry.site !== undefined && entry.gate && (imagedElsewhere(tokens, t.first, entry.gate, entry.site) || lesionElsewhere(tokens, t.first, t.end, entry.site))) continue;
      if (entry.organLesion === true && !organLesionAt(tokens, t.first, t.end, entry.findingId)) continue;
      // A negated member of a group says only that member is absent (`LexiconEntry.member`).
      if (entry.member === true && f.negated) continue;
      if (entry.concept !== undefined) {
        unmapped.push({ kind: 'statement', span, text: matched, rule: `statement.${entry.concept}`, concept: entry.concept, present: !f.negated, reason: 'not-in-model' });
        continue;
      }
      // One mention per finding (and value) at a span, even when several terms of it match there; only terms whose
      // gate is open count (a closed gated term does not hide the same finding's ungated term: "sinus bradycardia").
      if (sameFindingOpen(open, entry)) continue;
      open.push(entry);
      mentions.push(termMention(entry, span, matched, section, f));
    }
  }
  readingMentions(text, sections, readings, readingFlags, lexicon, mentions, unmapped);
  statementMentions(sections, statements, statementFlags, lexicon, mentions);
  for (const d of durations) {
    const ids = lexicon.concepts.get(`duration-${d.class}`);
    if (!ids) unmapped.push({ kind: 'duration', span: d.span, text: d.text, rule: d.rule, concept: `duration-${d.class}`, present: true, reason: 'not-in-model' });
  }
  dropNamesInsideReadings(mentions, readings);
  const findings = toObservations(mentions, lexicon);
  return { ok: true, value: { mentions, findings, readings, durations, unmapped }, issues };
}

/** Is a term of the same finding (and value) as `entry` already open at this span? (A loop, not a closure per entry.) */
function sameFindingOpen(open: readonly LexiconEntry[], entry: LexiconEntry): boolean {
  for (const p of open) if (p.findingId === entry.findingId && p.valueId === entry.valueId) return true;
  return false;
}

/**
 * The entries a matched term is read as in place of its own (a substitution rule: an infant's state word, a shape on a
 * study): the named term's entries whose gate is open at the match, each opened at most once per finding (into `open`).
 */
function openAs(lexicon: Lexicon, tokens: Tokens, first: number, name: string, open: LexiconEntry[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const e of sizeEntries(lexicon.trie, name) ?? []) {
    if ((e.gate && !gateOpen(tokens, first, e.gate)) || sameFindingOpen(open, e)) continue;
    open.push(e);
    out.push(e);
  }
  return out;
}

/**
 * The mention of a matched term, in the interface's key order; `valueId` only when the entry has one (two
 * literals, not a conditional spread, which copies an object per mention).
 */
function termMention(entry: LexiconEntry, span: Span, text: string, section: SectionKind, f: ContextFlags): MutableMention {
  const { negated, uncertain, hypothetical, historical, experiencer } = f;
  return entry.valueId !== undefined
    ? { findingId: entry.findingId, valueId: entry.valueId, span, text, term: entry.term, section, negated, uncertain, hypothetical, historical, experiencer, rules: f.decisions, used: false }
    : { findingId: entry.findingId, span, text, term: entry.term, section, negated, uncertain, hypothetical, historical, experiencer, rules: f.decisions, used: false };
}

/**
 * Two-word findings said in other words (`loose-pairs.ts`), merged into the targets by first token (both
 * lists are in that order); findings the note already names are not read again. Returns the loose targets.
 */
function addLoosePairs(tokens: Tokens, mask: Uint8Array, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[], readings: readonly Reading[]): Set<Target> | undefined {
  if (!lexicon.pairs || lexicon.pairs.size === 0) return undefined;
  const soFar = (): ReadSoFar => {
    // The findings named so far, built when first asked (only once a pair's words agree with a term; most notes
    // never get there). `entries` does not change while `loosePairs` runs, so it holds what it held at the call.
    let named: Set<string> | undefined;
    const known = (): Set<string> => {
      if (named) return named;
      named = new Set<string>();
      for (const list of entries) for (const e of list) named.add(e.findingId);
      return named;
    };
    // One buffer for both (a typed array's own backing store costs more than filling it).
    const both = new Uint8Array(2 * tokens.count);
    const covered = both.subarray(0, tokens.count);
    for (const t of targets) covered.fill(1, t.first, t.end);
    const measured = both.subarray(tokens.count);
    for (const r of readings) measured.fill(1, r.first, r.end);
    return { known, covered, measured };
  };
  const found = loosePairs(tokens, mask, lexicon.pairs, soFar);
  if (found.length === 0) return undefined;
  const out = new Set<Target>();
  const t0 = targets.slice();
  const e0 = entries.slice();
  targets.length = 0;
  entries.length = 0;
  let a = 0;
  for (const f of found) {
    while (a < t0.length && (t0[a] as Target).first <= f.target.first) { targets.push(t0[a] as Target); entries.push(e0[a] as readonly LexiconEntry[]); a++; }
    targets.push(f.target);
    out.add(f.target);
    entries.push([f.entry]);
  }
  for (; a < t0.length; a++) { targets.push(t0[a] as Target); entries.push(e0[a] as readonly LexiconEntry[]); }
  return out;
}

/** The value reader's options (sex, age), set field by field: conditional spreads cost a slow object copy per note. */
function readOptions(options: ExtractOptions): ReadOptions {
  const out: { -readonly [K in keyof ReadOptions]: ReadOptions[K] } = {};
  if (options.sex) out.sex = options.sex;
  if (options.age !== undefined) out.age = options.age;
  return out;
}

const ARM_DIFFERENCE_TERM = phraseForms('blood pressure difference between arms');

/** The values read plus those the note implies: timed glucose, dexamethasone cortisol, gaps, BMI, corrected calcium, shorthand panels. */
function derivedReadings(tokens: Tokens, read: readonly Reading[], options: ExtractOptions): readonly Reading[] {
  const timed = dexamethasoneCortisol(tokens, timedGlucose(tokens, readingsInNoteUnits(read, options.sex, options.age)));
  const bmi = derivedBodyMass(derivedOsmolalGap(tokens, timed), options.sex, options.age);
  return derivedAnionGap(albuminCorrectedCalcium(panelShorthand(tokens, bmi, options.sex, options.age), tokens.text));
}

/** Two BP readings, one per arm, far apart: the lexicon's "blood pressure difference between arms", in token order. */
function addArmDifference(tokens: Tokens, readings: readonly Reading[], lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (readings.length < 2) return;
  const span = armDifference(tokens, readings);
  if (!span) return;
  insertDerivedTarget(ARM_DIFFERENCE_TERM, span, lexicon, targets, entries);
}

/**
 * Concept recognition: the longest lexicon match at each token, left to right, within a sentence; a
 * result phrase with modifiers between its words; pain radiation; pain qualities are skipped.
 */
function matchConcepts(tokens: Tokens, mask: Uint8Array, lexicon: Lexicon): { targets: Target[]; entries: (readonly LexiconEntry[])[] } {
  const targets: Target[] = [];
  const entries: (readonly LexiconEntry[])[] = [];
  const { trie, gapped, starts, startBits } = lexicon;
  for (let s = 0; s < tokens.sentences; s++) {
    const sEnd = tokens.sentStart[s + 1] as number;
    for (let i = tokens.sentStart[s] as number; i < sEnd; ) {
      if (mask[i] !== 0) {
        i++;
        continue;
      }
      const norm = tokens.norm[i] as string;
      const bits = startBits.at(tokens, i);
      const m = (bits & 1) !== 0 ? trie.longestIn(tokens, i, sEnd, mask) : undefined;
      const g = (bits & 2) !== 0 ? gapAt(gapped, tokens, i, sEnd, mask, starts) : undefined;
      const r = norm.length > 6 && norm.charCodeAt(0) === 114 /* r */ ? radiationAt(trie, tokens, i, sEnd) : undefined;
      const z = (bits & 4) !== 0 ? sizeAt(tokens, i) : undefined;
      const zv = z ? sizeEntries(trie, z.term) : undefined;
      const st = (bits & 8) !== 0 ? siteAt(trie, tokens, i, sEnd, mask) : undefined;
      // "swelling of the left knee": the complaint read at its site (site-phrases.ts); else "enlargement
      // of the posterior fossa": the structure first, as the lexicon writes it (inverted-phrases.ts).
      const phrase = st ?? (isInvertedStart(tokens, i, sEnd) ? invertedAt(trie, tokens, i, sEnd, mask) : undefined) ?? (isPredicativeStart(tokens, i, sEnd) ? predicativeAt(trie, tokens, i, sEnd, mask) : undefined);
      if (phrase && !zv && (!g || phrase.end > g.end) && (!m || phrase.end > m.end)) {
        targets.push({ first: i, end: phrase.end });
        entries.push(phrase.values);
        i = phrase.end;
        continue;
      }
      if (zv && (!m || m.end === i + 1)) {
        // "aorta 6.1 cm": the structure word, graded by its size, reads as the enlarged finding.
        targets.push({ first: i, end: i + 1 });
        entries.push(zv);
        i++;
      } else if (g && (!m || g.end > m.end)) {
        i = pushCoordinated(trie, tokens, { first: i, end: g.end, values: g.values }, sEnd, mask, targets, entries);
      } else if (m && !isPainQuality(tokens, i, m.end, sEnd) && !isSetPhrase(tokens, i, m.end, sEnd)) {
        i = pushCoordinated(trie, tokens, { first: i, end: m.end, values: m.values }, sEnd, mask, targets, entries);
      } else if (r) {
        targets.push({ first: r.first, end: r.end });
        entries.push(r.values);
        i = r.end;
      } else i = m ? m.end : i + 1;
    }
  }
  return { targets, entries };
}

/**
 * A matched term with the findings coordinated with it (coordination.ts): "knee and ankle pain" also
 * reads "knee pain", "elevated ESR and CRP" also "elevated CRP". Returns the token after the last read.
 */
function pushCoordinated(trie: Lexicon['trie'], tokens: Tokens, term: Coordinated, sEnd: number, mask: Uint8Array, targets: Target[], entries: (readonly LexiconEntry[])[]): number {
  const last = targets[targets.length - 1];
  const before = coordinatedBefore(trie, tokens, term, last ? last.end : 0, mask);
  if (before) {
    targets.push({ first: before.first, end: before.end });
    entries.push(before.values);
  }
  targets.push({ first: term.first, end: term.end });
  entries.push(term.values);
  let at = term.end;
  for (let after = coordinatedAfter(trie, tokens, term, at, sEnd, mask); after; after = coordinatedAfter(trie, tokens, term, at, sEnd, mask)) {
    targets.push({ first: after.first, end: after.end });
    entries.push(after.values);
    at = after.end;
  }
  return at;
}

const sizeTerms = new WeakMap<object, Map<string, readonly LexiconEntry[] | null>>();

/** Lexicon entries of a size rule's term (cached per trie); undefined when the model lacks it. */
function sizeEntries(trie: Lexicon['trie'], term: string): readonly LexiconEntry[] | undefined {
  let byTerm = sizeTerms.get(trie);
  if (!byTerm) sizeTerms.set(trie, (byTerm = new Map()));
  let v = byTerm.get(term);
  if (v === undefined) {
    const forms = phraseForms(term);
    const m = trie.longestAt(forms, 0, forms.length);
    v = m && m.end === forms.length ? m.values : null;
    byTerm.set(term, v);
  }
  return v ?? undefined;
}

/** Tokens around a gated term searched for its modality. */
const GATE_WINDOW = 60;

/**
 * Is a modality named in this sentence or the one before ("CXR: ... consolidation")? A gate word that the
 * word before it makes another device ("glucose monitor", `GATE_WORD_NOT_AFTER`) names none.
 */
function gateOpen(tokens: Tokens, at: number, gate: readonly string[]): boolean {
  const s = tokens.sentence[at] as number;
  // Bounded window, so a long unbroken sentence full of report words stays linear.
  const from = Math.max(tokens.sentStart[Math.max(0, s - 1)] as number, at - GATE_WINDOW);
  const to = Math.min(tokens.sentStart[s + 1] as number, at + GATE_WINDOW);
  for (let i = from; i < to; i++) {
    const w = tokens.norm[i] as string;
    if (gate.includes(w) && !(i > 0 && GATE_WORD_NOT_AFTER.get(w)?.has(tokens.norm[i - 1] as string))) return true;
  }
  return false;
}

/** Context for concept targets and readings in one pass over the merged, ordered targets. */
function contextOf(tokens: Tokens, sections: readonly Section[], targets: readonly Target[], readings: readonly Reading[], statements: readonly NormalVitalsStatement[], rules: CompiledRules): { flags: ContextFlags[]; readingFlags: ContextFlags[]; statementFlags: ContextFlags[] } {
  if (readings.length === 0 && statements.length === 0) return { flags: applyContext(tokens, sections, targets, rules), readingFlags: [], statementFlags: [] };
  // Readings then statements, each list in text order; merged with the targets by first token below.
  const others: Target[] = readings.length === 0 ? [] : readings.map((r) => ({ first: r.first, end: r.end }));
  if (statements.length > 0) {
    for (const s of statements) others.push({ first: s.first, end: s.end });
    const order = others.map((_, i) => i).sort((a, b) => (others[a] as Target).first - (others[b] as Target).first || a - b);
    const sorted = order.map((i) => others[i] as Target);
    const all = mergedContext(tokens, sections, targets, sorted, rules);
    const byOther: ContextFlags[] = new Array<ContextFlags>(others.length);
    order.forEach((i, k) => { byOther[i] = all.others[k] as ContextFlags; });
    return { flags: all.flags, readingFlags: byOther.slice(0, readings.length), statementFlags: byOther.slice(readings.length) };
  }
  const all = mergedContext(tokens, sections, targets, others, rules);
  return { flags: all.flags, readingFlags: all.others, statementFlags: [] };
}

/** Context of concept targets and other spans (sorted by first token) in one pass over the merged, ordered list. */
function mergedContext(tokens: Tokens, sections: readonly Section[], targets: readonly Target[], others: readonly Target[], rules: CompiledRules): { flags: ContextFlags[]; others: ContextFlags[] } {
  const merged: Target[] = [];
  const from: number[] = [];
  let a = 0;
  let b = 0;
  while (a < targets.length || b < others.length) {
    const ta = targets[a];
    const rb = others[b];
    if (ta && (!rb || ta.first <= rb.first)) {
      merged.push(ta);
      from.push(a++);
    } else if (rb) {
      merged.push(rb);
      from.push(-1 - b++);
    }
  }
  const all = applyContext(tokens, sections, merged, rules);
  const flags: ContextFlags[] = new Array<ContextFlags>(targets.length);
  const otherFlags: ContextFlags[] = new Array<ContextFlags>(others.length);
  from.forEach((k, i) => {
    if (k >= 0) flags[k] = all[i] as ContextFlags;
    else otherFlags[-1 - k] = all[i] as ContextFlags;
  });
  return { flags, others: otherFlags };
}

/**
 * Mentions for normal-vitals statements: each concept the statement makes absent that the model has, as
 * an absent (negated) mention naming the statement's span and rule. A negated statement says nothing.
 */
function statementMentions(sections: readonly Section[], statements: readonly NormalVitalsStatement[], flags: readonly ContextFlags[], lexicon: Lexicon, mentions: MutableMention[]): void {
  let si = 0;
  statements.forEach((s, k) => {
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= s.span.start) si++;
    const f = flags[k] as ContextFlags;
    if (f.negated) return;
    for (const a of s.absent) {
      for (const id of lexicon.concepts.get(a.concept) ?? []) {
        mentions.push({
          findingId: id, span: s.span, text: s.text, term: s.rule, section: (sections[si] as Section).kind,
          negated: true, uncertain: f.uncertain, hypothetical: f.hypothetical, historical: f.historical, experiencer: f.experiencer,
          rules: f.decisions, used: false, statement: { rule: s.rule, test: a.test, concept: a.concept },
        });
      }
    }
  });
}

/** Mentions for readings whose concepts the model has; the rest are listed as unmapped. */
function readingMentions(text: string, sections: readonly Section[], readings: readonly Reading[], flags: readonly ContextFlags[], lexicon: Lexicon, mentions: MutableMention[], unmapped: Unmapped[]): void {
  let si = 0;
  readings.forEach((r, k) => {
    while (si + 1 < sections.length && (sections[si + 1] as Section).headerStart <= r.span.start) si++;
    const f = flags[k] as ContextFlags;
    if (r.outcomes.length === 0) {
      unmapped.push({ kind: 'reading', span: r.span, text: r.text, rule: r.rule, reason: 'not-judged' });
      return;
    }
    // Measured values are facts: negation and uncertainty cues do not apply; time and experiencer do.
    const rules = factDecisions(f.decisions);
    const matched = text.slice(r.span.start, r.span.end);
    for (const o of r.outcomes) {
      const ids = lexicon.concepts.get(o.concept);
      if (!ids || ids.length === 0) {
        unmapped.push({ kind: 'reading', span: r.span, text: r.text, rule: r.rule, concept: o.concept, present: o.present, reason: 'not-in-model' });
        continue;
      }
      const reading = mentionReading(r, o.concept);
      for (const id of ids) {
        mentions.push({
          findingId: id, span: r.span, text: matched, term: r.test, section: (sections[si] as Section).kind,
          negated: !o.present, uncertain: false, hypothetical: f.hypothetical, historical: f.historical, experiencer: f.experiencer, rules, used: false, reading,
        });
      }
    }
  });
}

/** The context decisions that apply to a measured value: all but negation and uncertainty (a loop, once per reading). */
function factDecisions(decisions: readonly ContextDecision[]): ContextDecision[] {
  const out: ContextDecision[] = [];
  for (const d of decisions) if (d.category !== 'negated' && d.category !== 'uncertain') out.push(d);
  return out;
}

type MutableMention = { -readonly [K in keyof Mention]: Mention[K] };

/**
 * The value behind a mention, set field by field in the interface's key order (conditional spreads cost a slow
 * object copy per reading); fields the reading lacks are left out, a comparator also when empty.
 */
function mentionReading(r: Reading, concept: string): MentionReading {
  const out: { -readonly [K in keyof MentionReading]: MentionReading[K] } = { rule: r.rule, test: r.test, concept, flag: r.flag };
  if (r.value !== undefined) out.value = r.value;
  if (r.comparator) out.comparator = r.comparator;
  if (r.unit !== undefined) out.unit = r.unit;
  if (r.ucum !== undefined) out.ucum = r.ucum;
  if (r.converted !== undefined) out.converted = r.converted;
  if (r.testUnit !== undefined) out.testUnit = r.testUnit;
  if (r.result !== undefined) out.result = r.result;
  return out;
}

/**
 * Does [start, end) lie inside some span of spans sorted by start (`starts`) with the running maximum of
 * their ends (`maxEnd`)? Binary search for the last span starting at or before `start`. (A module function,
 * not a closure: a named closure made per call costs a property definition under the dev loader.)
 */
function insideSome(starts: readonly number[], maxEnd: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && end <= (maxEnd[best] as number);
}

/**
 * "Urine ketones trace", "hCG 12" (grey zone), "pregnancy test negative": the test's name inside a
 * reading's span is part of the reading, not an affirmed finding of its own (a negative pregnancy test
 * is no "pregnancy"). What the reading means is carried by the reading's own mentions.
 */
function dropNamesInsideReadings(mentions: MutableMention[], readings: readonly Reading[]): void {
  if (readings.length === 0) return;
  // Spans sorted by start with a running maximum of their ends: a mention lies inside some reading when a
  // reading starting at or before it reaches its end (binary search: value-dense notes stay n log n).
  const starts = readings.map((r) => r.span.start).sort((a, b) => a - b);
  const byStart = [...readings].sort((a, b) => a.span.start - b.span.start);
  const maxEnd: number[] = [];
  for (const r of byStart) maxEnd.push(Math.max(r.span.end, maxEnd[maxEnd.length - 1] ?? 0));
  let w = 0;
  for (const m of mentions) if (m.reading !== undefined || !insideSome(starts, maxEnd, m.span.start, m.span.end)) mentions[w++] = m;
  mentions.length = w;
}

/** Kinds of finding a value reading measures: a current reading decides them over a word mention. */
const MEASURED_KINDS: ReadonlySet<string> = new Set(['sign', 'lab', 'imaging']);

function eligible(m: Mention, lexicon: Lexicon): boolean {
  if (m.uncertain || m.hypothetical || m.experiencer !== 'patient') return false;
  return !m.historical || historicalCounts(lexicon, m.findingId);
}

/**
 * The mentions (indices, in note order) of one finding that may decide it. A name inside a value's span
 * ("urine ketones negative": the words "urine ketones" also name the finding) is part of that reading: the
 * value decides, the bare name does not add a second answer. A measured sign or result (`measured`) is what
 * the note's current value says: "known hypertension ... blood pressure 125/75 mm Hg" is no raised blood
 * pressure today. The word names a diagnosis or an earlier state; a current reading of the same finding
 * decides (symptoms, which a patient reports, keep theirs). Indices, not copies: this runs per finding.
 */
function chosenMentions(mentions: readonly Mention[], idx: readonly number[], measured: boolean): readonly number[] {
  // Plain loops, no closures or intermediate lists: this runs per finding of every note.
  let valued = false;
  let current = false;
  for (const i of idx) {
    const m = mentions[i] as Mention;
    if (m.reading === undefined) continue;
    valued = true;
    if (!m.historical) current = true;
  }
  if (!valued) return idx;
  const onlyCurrent = measured && current;
  const ms: number[] = [];
  for (const i of idx) {
    const m = mentions[i] as Mention;
    if (m.reading !== undefined ? !onlyCurrent || !m.historical : !onlyCurrent && !insideValued(mentions, idx, m)) ms.push(i);
  }
  return ms;
}

/** Does mention `m` lie inside the span of a valued mention (one with a reading) among `idx`? */
function insideValued(mentions: readonly Mention[], idx: readonly number[], m: Mention): boolean {
  for (const v of idx) {
    const r = mentions[v] as Mention;
    if (r.reading !== undefined && m.span.start >= r.span.start && m.span.end <= r.span.end) return true;
  }
  return false;
}

/** The eligible mentions (indices, in note order) of each finding, by finding id in order of first mention. */
function mentionsByFinding(mentions: readonly Mention[], lexicon: Lexicon): Map<string, number[]> {
  const byFinding = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (!eligible(m, lexicon)) continue;
    const list = byFinding.get(m.findingId);
    if (list) list.push(i);
    else byFinding.set(m.findingId, [i]);
  }
  return byFinding;
}

/**
 * A binary finding from its chosen mentions: present when one affirms it, else absent when one negates it
 * (mentions with a value id say neither); those mentions are marked used. Undefined when none decides.
 */
function binaryPresent(mentions: MutableMention[], ms: readonly number[]): boolean | undefined {
  let affirmed = false;
  for (const i of ms) {
    const m = mentions[i] as MutableMention;
    if (!m.negated && m.valueId === undefined) {
      m.used = true;
      affirmed = true;
    }
  }
  if (affirmed) return true;
  let negated = false;
  for (const i of ms) {
    const m = mentions[i] as MutableMention;
    if (m.negated && m.valueId === undefined) {
      m.used = true;
      negated = true;
    }
  }
  return negated ? false : undefined;
}

/** Derive observations and mark the mentions they came from as used. */
function toObservations(mentions: MutableMention[], lexicon: Lexicon): Observation[] {
  const out: { index: number; obs: Observation }[] = [];
  for (const [id, idx] of mentionsByFinding(mentions, lexicon)) {
    const def = lexicon.findings.get(id);
    if (!def) continue;
    const ms = chosenMentions(mentions, idx, MEASURED_KINDS.has(def.kind));
    if (def.valueType === 'binary') {
      const present = binaryPresent(mentions, ms);
      if (present !== undefined) out.push({ index: def.index, obs: { id, present } });
    } else if (def.valueType === 'multi') {
      const affirmed = ms.filter((i) => !(mentions[i] as Mention).negated && (mentions[i] as Mention).valueId !== undefined);
      if (affirmed.length === 0) continue;
      for (const i of affirmed) (mentions[i] as MutableMention).used = true;
      out.push({ index: def.index, obs: { id, values: [...new Set(affirmed.map((i) => (mentions[i] as Mention).valueId as string))].sort() } });
    } else {
      const first = ms.find((i) => !(mentions[i] as Mention).negated && (mentions[i] as Mention).valueId !== undefined);
      if (first === undefined) continue;
      (mentions[first] as MutableMention).used = true;
      out.push({ index: def.index, obs: { id, value: (mentions[first] as Mention).valueId as string } });
    }
  }
  out.sort((a, b) => a.index - b.index);
  return out.map((o) => o.obs);
}
