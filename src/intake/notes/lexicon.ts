/**
 * The concept lexicon of one knowledge model: every way a note may name one of the model's findings.
 * Built from finding names and synonyms, optionally value names, and our synonym/abbreviation groups
 * (`synonyms.ts`), then compiled into a token trie. Pure: no I/O; build once per model and reuse.
 */
import type { FindingExposure, FindingKind, KnowledgeModel, ValueType } from '../../core/model.js';
import { conceptFindings } from '../fhir/match.js';
import { buildShields, type ShieldValue } from './exposure-shields.js';
import { FormBits } from './form-ids.js';
import { MONITORING_WORDS, REPORT_STATEMENTS, type ReportStatement } from './report-statements.js';
import { addPairTerm, type PairIndex, type ReadonlyPairIndex } from './loose-pairs.js';
import { organGate, regionOf } from './organ-bound.js';
import { isSkinColourWord } from './skin-colour.js';
import { isStudySignWord, studySignTerm } from './study-signs.js';
import { infantTerms, type InfantTerm } from './life-stage.js';
import { asGroupMember, groupingNames, studyResultNames } from './grouping-terms.js';
import { SITE_START_WORDS } from './site-words.js';
import { ORGAN_LESIONS } from './organ-lesions.js';
import { organismIndex, type OrganismIndex } from './organism-names.js';
import { levelIndex, type LevelIndex } from './flagged-levels.js';
import { SIZE_WORDS } from './sizes.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { phraseForms } from './tokenize.js';
import { TokenTrie } from './trie.js';

export type TermSource = 'name' | 'synonym' | 'value' | 'abbreviation' | 'statement';

/** One surface form of a finding (or of one value of a categorical / multi-choice finding). */
export interface LexiconEntry {
  readonly findingId: string;
  readonly valueId?: string;
  /** The term as written in the model or our list. */
  readonly term: string;
  readonly source: TermSource;
  /**
   * For a part of a result phrase ("consolidation" from "consolidation on chest X-ray"): it counts only
   * when its sentence or the one before names the modality (one of these normalised words), or in a
   * results section.
   */
  readonly gate?: readonly string[];
  /** The gate opens only where its word is written: a results section alone does not open it. */
  readonly gateNamed?: boolean;
  /** The term counts only where the note's matched words fit this as written ("ectopics", not "ectopic"). */
  readonly written?: RegExp;
  /**
   * A written ECG or imaging statement the model has no finding for (`report-statements.ts`): its concept.
   * It is recognised and listed as not in the model, never a mention; `findingId` is then `~` + concept.
   */
  readonly concept?: string;
  /**
   * The term names one member of a finding that groups several statements of the ECG list
   * (`report-statements.ts`: "ectopy" of `holter-arrhythmia`, "LBBB" of `ecg-conduction-abnormality`): negated,
   * it says only that member is absent ("Holter: no ectopy" is no word on pauses or AV block), so it marks
   * nothing absent; affirmed, it makes the group present.
   */
  readonly member?: boolean;
  /** A bare lesion term (`organ-bound.ts`): not read where the words right after it site it in another lumen. */
  readonly siteBound?: boolean;
  /**
   * For a part of a result phrase whose modality names a body region ("mass" of "… on CT head"): that region
   * (`organ-bound.ts`); the part is not read where the modality is named with another region only.
   */
  readonly site?: string;
  /** A bare sign word of a finding that is no imaging result (`study-signs.ts`): not read where its clause names an imaging study. */
  readonly notOnStudy?: boolean;
  /** For a shape-led `notOnStudy` term: the radiological sign term it reads on a study ("target sign", `studySignTerm`). */
  readonly onStudyAs?: string;
  /** A bare lesion word read as an organ's imaging finding only where its clause names that organ on its study (`organ-lesions.ts`). */
  readonly organLesion?: boolean;
  /** A skin sign's colour adjective (`skin-colour.ts`): not read where the noun it qualifies names another structure. */
  readonly skinColour?: boolean;
  /** A word that names an infant finding's state: in a patient under two, read as that finding's name instead (`life-stage.ts`). */
  readonly infantAs?: string;
}

/** A result phrase whose last word may come after modifier words (`phrase-rules.ts`). */
export interface GapTerm {
  readonly lead: readonly string[];
  readonly last: string;
  readonly entry: LexiconEntry;
}

export interface LexiconFinding {
  readonly id: string;
  readonly valueType: ValueType;
  readonly kind: FindingKind;
  /** How a history states this exposure (the model's `exposure`), when it is one besides the history kind. */
  readonly exposure?: FindingExposure;
  /** Position in the model, for a stable output order. */
  readonly index: number;
}

export interface Lexicon {
  readonly modelId: string;
  readonly modelVersion: string;
  readonly findings: ReadonlyMap<string, LexiconFinding>;
  /** Number of distinct surface forms. */
  readonly terms: number;
  /** Concept id (`fever`, `sodium-low`...) -> the model's binary findings for it, for values read from notes. */
  readonly concepts: ReadonlyMap<string, readonly string[]>;
  /** @internal the matcher. */
  readonly trie: TokenTrie<LexiconEntry>;
  /** @internal result phrases whose last word may follow modifiers, by first word (`phrase-rules.ts`). */
  readonly gapped: ReadonlyMap<string, readonly GapTerm[]>;
  /** @internal first words of terms: bit 1 a trie phrase starts with it, bit 2 a gapped phrase, bit 4 a size word, bit 8 a complaint a site phrase starts with (one lookup per token). */
  readonly starts: ReadonlyMap<string, number>;
  /** @internal `starts` read per token by form id. */
  readonly startBits: FormBits;
  /** @internal longer known terms (condition names, general compounds) an exposure term yields to (`exposures.ts`). */
  readonly shields?: TokenTrie<ShieldValue>;
  /** @internal two-content-word symptom and sign terms by each word's stem, for the loose reading (`loose-pairs.ts`). */
  readonly pairs?: ReadonlyPairIndex<LexiconEntry>;
  /** @internal the organisms the model's organism findings name, for positive results (`organism-tests.ts`). */
  readonly organisms?: OrganismIndex;
  /** @internal the analytes of the model's HPO level terms, for values the note flags (`flagged-levels.ts`). */
  readonly levels?: LevelIndex;
}

export interface LexiconOptions {
  /**
   * Also recognise value names of categorical, ordinal and multi-choice findings (e.g. "recent surgery"
   * as a value of "risk factors"). Off by default: short value names such as "chest" are too ambiguous
   * on their own.
   */
  readonly includeValues?: boolean;
  /** Use our synonym and abbreviation groups (default true). */
  readonly synonymGroups?: boolean;
}

function key(forms: readonly string[]): string {
  return forms.join(' ');
}

/** Modality words of result phrases, and other ways notes name the same modality. */
const MODALITY_WORDS: Readonly<Record<string, readonly string[]>> = {
  x: ['x', 'ray', 'xray', 'cxr', 'radiograph', 'film', 'radiography'], ray: ['x', 'ray', 'xray', 'cxr', 'radiograph', 'film'],
  ct: ['ct', 'cta', 'ctpa', 'scan', 'tomography'], mri: ['mri', 'mr', 'scan'], ultrasound: ['ultrasound', 'sonography', 'sonogram', 'usg', 'tvus', 'scan', 'doppler', 'duplex'],
  doppler: ['doppler', 'duplex', 'ultrasound'], ecg: ['ecg', 'ekg', 'electrocardiogram', 'lead'], echocardiogram: ['echo', 'echocardiogram', 'tte', 'tee'], echo: ['echo', 'echocardiogram', 'tte', 'tee'],
  imaging: ['ct', 'cta', 'x', 'ray', 'xray', 'cxr', 'ultrasound', 'mri', 'scan', 'imaging', 'film', 'radiograph'], endoscopy: ['endoscopy', 'egd', 'ogd', 'scope'],
  colonoscopy: ['colonoscopy', 'scope'], eeg: ['eeg'], spirometry: ['spirometry', 'pft', 'fev1'], dxa: ['dxa', 'dexa'], monitoring: ['holter', 'monitor'],
};

/** A part of a result phrase: its words, and the modality and body region that gate it when the phrase names them (only set when present). */
export interface ResultPart {
  readonly part: string;
  readonly gate?: readonly string[];
  readonly site?: string;
}

/**
 * Parts of a result phrase that a report writes on their own: "consolidation on chest X-ray" ->
 * "consolidation" (gated on the modality), "dilated appendix with fat stranding" -> "dilated
 * appendix", "fat stranding". One general rule over the model's own result vocabulary.
 */
export function resultPhraseParts(term: string): ResultPart[] {
  const m = /^(.+?)\s+(?:on|in)\s+(?:an?\s+|the\s+)?((?:chest\s+|transvaginal\s+|pelvic\s+|upper\s+)?[a-z-]+(?:\s+[a-z]+)?)$/i.exec(term);
  let core = term;
  let gate: string[] | undefined;
  let site: string | undefined;
  if (m) {
    const words = phraseForms(m[2] as string);
    const g = [...new Set(words.flatMap((w) => MODALITY_WORDS[w] ?? []))];
    if (g.length > 0) {
      core = m[1] as string;
      gate = g;
      site = regionOf(words);
    }
  }
  const parts = core.split(/,\s*|\s+or\s+|\s+with\s+|\s+and\s+/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 1 && !gate) return [];
  const out: ResultPart[] = [];
  for (const part of parts) {
    if (gate) out.push({ part, gate, ...(site !== undefined ? { site } : {}) });
    else if (phraseForms(part).length >= 2) out.push({ part });
  }
  return out;
}

/**
 * Build the lexicon for a model. Deterministic: the same model gives the same lexicon.
 *
 * @example
 * const lex = buildLexicon(model);
 * const r = extractFindings('Denies SOB. Febrile to 39.', lex);
 */
export function buildLexicon(model: Pick<KnowledgeModel, 'id' | 'version' | 'findings'> & Partial<Pick<KnowledgeModel, 'conditions' | 'likelihoods'>>, options: LexiconOptions = {}): Lexicon {
  const trie = new TokenTrie<LexiconEntry>();
  const seen = new Set<string>();
  const infant = infantTerms(model.findings);
  // A negated term naming one member of a grouping finding marks nothing absent (grouping-terms.ts).
  const grouping = groupingNames(model.findings, STATEMENT_GROUPS);
  // A negated sign of a study result ("no pericholecystic fluid" of cholecystitis on ultrasound) likewise (grouping-terms.ts);
  // for the model's own terms only: a statement phrase or a synonym group's form is a wording of the finding itself.
  const results = studyResultNames(model.findings, (id) => grouping.has(id) || STATEMENT_GROUPS.has(id));
  const add = (term: string, given: Omit<LexiconEntry, 'term'>): void => {
    const forms = phraseForms(term);
    if (forms.length === 0) return;
    const entry = asGroupMember(forms, withInfantTerm(forms, withWordRules(forms, given, findings.get(given.findingId)?.kind), infant), grouping, given.source === 'name' || given.source === 'synonym' ? results : undefined);
    const k = `${key(forms)}|${entry.findingId}|${entry.valueId ?? ''}${entry.gate ? '|gated' : ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    trie.add(forms, { ...entry, term });
  };
  // Group lookup: normalised form -> groups containing it.
  const groups = new Map<string, (readonly string[])[]>();
  if (options.synonymGroups !== false) {
    for (const g of SYNONYM_GROUPS) {
      for (const form of g) {
        const k = key(phraseForms(form));
        const list = groups.get(k) ?? [];
        list.push(g);
        groups.set(k, list);
      }
    }
  }
  const findings = new Map<string, LexiconFinding>();
  const gapped = new Map<string, GapTerm[]>();
  const pairs: PairIndex<LexiconEntry> = new Map();
  model.findings.forEach((f, index) => {
    findings.set(f.id, { id: f.id, valueType: f.valueType, kind: f.kind, ...(f.exposure ? { exposure: f.exposure } : {}), index });
    const own = [f.name, ...(f.synonyms ?? [])];
    own.forEach((t, i) => add(t, { findingId: f.id, source: i === 0 ? 'name' : 'synonym' }));
    // Each term tokenised once for the pair index and the synonym groups.
    const ownForms = own.map((t) => phraseForms(t));
    if (f.valueType === 'binary' && (f.kind === 'symptom' || f.kind === 'sign')) own.forEach((t, i) => addPairTerm(pairs, ownForms[i]!, { findingId: f.id, term: t, source: i === 0 ? 'name' : 'synonym' }));
    for (const forms of ownForms) {
      for (const g of groups.get(key(forms)) ?? []) for (const form of g) add(form, { findingId: f.id, source: 'abbreviation' });
    }
    if (f.kind === 'imaging') {
      // Parts of report phrases, after the whole terms so an exact term is never replaced by a part.
      for (const t of own) {
        const parts = resultPhraseParts(t);
        for (const { part, ...where } of parts) add(part, { findingId: f.id, source: 'synonym', ...where });
        // "non-compressible left common femoral vein": the phrase's last word may follow modifiers.
        for (const { part, ...where } of parts.length > 0 ? parts : [{ part: t }]) addGapped(gapped, part, asGroupMember(phraseForms(part), { findingId: f.id, term: part, source: 'synonym', ...where }, grouping, results));
      }
    }
    if (options.includeValues && f.valueType !== 'binary') {
      for (const v of f.values) {
        if (v.id === f.defaultValue) continue;
        add(v.name, { findingId: f.id, valueId: v.id, source: 'value' });
      }
    }
  });
  addReportStatements(trie, add, findings);
  for (const g of ORGAN_LESIONS) if (findings.has(g.finding)) for (const w of g.lesions) add(w, { findingId: g.finding, source: 'statement', organLesion: true });
  const starts = new Map<string, number>();
  for (const w of trie.firstForms()) starts.set(w, 1);
  for (const w of gapped.keys()) starts.set(w, (starts.get(w) ?? 0) | 2);
  for (const w of SIZE_WORDS) starts.set(w, (starts.get(w) ?? 0) | 4);
  for (const w of SITE_START_WORDS) starts.set(w, (starts.get(w) ?? 0) | 8);
  const shields = buildShields(model.conditions, model.likelihoods);
  const organisms = organismIndex(model.findings);
  const levels = levelIndex(model.findings);
  const concepts = conceptFindings(model.findings);
  if (levels) for (const [k, ids] of levels.concepts) if (!concepts.has(k)) concepts.set(k, [...ids]);
  return { modelId: model.id, modelVersion: model.version, findings, terms: trie.size, trie, gapped, starts, startBits: new FormBits(starts), concepts, shields, pairs, ...(organisms ? { organisms } : {}), ...(levels ? { levels } : {}) };
}

/**
 * Written ECG and imaging statements (`report-statements.ts`), after the model's own terms: a phrase the
 * model already reads ungated keeps its reading; else the statement gives the findings it stands for that
 * the model has, ungated (or behind the statement's own gate), or, with none, an entry that lists it as
 * recognised but not in the model. An arrhythmia statement also gives its `monitored` findings where the
 * sentence names ambulatory monitoring.
 */
function addReportStatements(trie: TokenTrie<LexiconEntry>, add: (term: string, entry: Omit<LexiconEntry, 'term'>) => void, findings: ReadonlyMap<string, LexiconFinding>): void {
  for (const st of REPORT_STATEMENTS) {
    const ids = st.findings.filter((id) => findings.has(id));
    const monitored = (st.monitored ?? []).filter((id) => findings.has(id));
    const written = st.written ? { written: st.written } : {};
    for (const phrase of st.phrases) {
      addStatementPhrase(trie, add, st, phrase, ids, written);
      for (const id of monitored) add(phrase, { findingId: id, source: 'statement', gate: MONITORING_WORDS, gateNamed: true, ...written });
    }
  }
}

/** One wording of a statement (see `addReportStatements`). */
function addStatementPhrase(trie: TokenTrie<LexiconEntry>, add: (term: string, entry: Omit<LexiconEntry, 'term'>) => void, st: ReportStatement, phrase: string, ids: readonly string[], written: Pick<LexiconEntry, 'written'>): void {
  const forms = phraseForms(phrase);
  const m = trie.longestAt(forms, 0, forms.length);
  const have = m && m.end === forms.length ? m.values : undefined;
  if (have?.some((e) => e.gate === undefined)) return;
  const gated = { ...(st.gate ? { gate: st.gate, gateNamed: true } : {}), ...written };
  if (ids.length > 0) for (const id of ids) add(phrase, { findingId: id, source: 'statement', ...gated });
  else if (!have) add(phrase, { findingId: `~${st.concept}`, concept: st.concept, source: 'statement', ...gated });
}

/**
 * Findings that several statements of the ECG and imaging list stand for, each statement for that finding alone (a
 * group: `ecg-conduction-abnormality` for pauses, premature complexes, escape rhythms and bundle-branch blocks;
 * `holter-arrhythmia` for every monitored arrhythmia), with the normalised wordings of those statements: its
 * members (`LexiconEntry.member`). A statement that stands for two findings ("hydropneumothorax") names both
 * whole, so it makes no group: the pneumothorax sign stays the one statement of `cxr-pneumothorax`.
 */
const GROUP_MEMBERS: ReadonlySet<string> = (() => {
  const single = (st: ReportStatement): string[] => [...(st.findings.length === 1 ? st.findings : []), ...(st.monitored?.length === 1 ? st.monitored : [])];
  const concepts = new Map<string, Set<string>>();
  for (const st of REPORT_STATEMENTS) for (const id of single(st)) (concepts.get(id) ?? concepts.set(id, new Set()).get(id)!).add(st.concept);
  const out = new Set<string>();
  for (const st of REPORT_STATEMENTS) {
    for (const id of single(st)) if ((concepts.get(id)?.size ?? 0) > 1) for (const p of st.phrases) out.add(`${key(phraseForms(p))}|${id}`);
  }
  return out;
})();

/** The findings that have statement-group members (`GROUP_MEMBERS`). */
const STATEMENT_GROUPS: ReadonlySet<string> = new Set([...GROUP_MEMBERS].map((k) => k.slice(k.lastIndexOf('|') + 1)));

/**
 * An entry with the reading rules its words carry: an ungated bare lesion term is gated on the organ it must be
 * named with and bound to no other site after it (`organ-bound.ts`); a wording of one member of a statement group
 * is marked a member; a bare sign word of a finding of another kind than imaging (`kind`) is not read on a study
 * (`study-signs.ts`); a skin sign's one-word colour adjective is marked to be read only of the skin (`skin-colour.ts`).
 */
function withWordRules<E extends { readonly findingId: string; readonly gate?: readonly string[]; readonly member?: boolean; readonly notOnStudy?: boolean; readonly onStudyAs?: string; readonly skinColour?: boolean }>(forms: readonly string[], entry: E, kind?: FindingKind): E {
  const gate = entry.gate ? undefined : organGate(forms);
  const member = GROUP_MEMBERS.has(`${key(forms)}|${entry.findingId}`);
  const notOnStudy = kind !== undefined && kind !== 'imaging' && isStudySignWord(forms);
  const skinColour = kind === 'sign' && isSkinColourWord(forms);
  if (!gate && !member && !notOnStudy && !skinColour) return entry;
  const onStudyAs = notOnStudy ? studySignTerm(forms) : undefined;
  return { ...entry, ...(gate ? { gate, gateNamed: true, siteBound: true } : {}), ...(member ? { member: true } : {}), ...(notOnStudy ? { notOnStudy: true } : {}), ...(onStudyAs !== undefined ? { onStudyAs } : {}), ...(skinColour ? { skinColour: true } : {}) };
}

/** An entry of a one-word term that names an infant finding's state (`life-stage.ts`), marked with that finding's name. */
function withInfantTerm<E extends { readonly findingId: string }>(forms: readonly string[], entry: E, infant: ReadonlyMap<string, InfantTerm>): E {
  const t = forms.length === 1 ? infant.get(forms[0] as string) : undefined;
  return t === undefined || t.findingId === entry.findingId ? entry : { ...entry, infantAs: t.name };
}

/** Words that are no result phrase's head: a phrase led by one is not matched across a gap. */
const NO_GAP_LEAD = new Set(['on', 'in', 'of', 'the', 'a', 'an', 'no', 'with']);

/** A two- to four-word result phrase (no "on/in" modality part) whose last word may follow modifiers. */
function addGapped(gapped: Map<string, GapTerm[]>, term: string, entry: LexiconEntry): void {
  const forms = phraseForms(term);
  if (forms.length < 2 || forms.length > 4 || forms.some((w) => w === 'on' || w === 'in' || w.length < 2) || NO_GAP_LEAD.has(forms[0] as string)) return;
  entry = withWordRules(forms, entry);
  const lead = forms.slice(0, -1);
  const last = forms[forms.length - 1] as string;
  const list = gapped.get(lead[0] as string) ?? [];
  if (!list.some((g) => g.entry.findingId === entry.findingId && g.last === last && g.lead.join(' ') === lead.join(' '))) list.push({ lead, last, entry });
  gapped.set(lead[0] as string, list);
}
