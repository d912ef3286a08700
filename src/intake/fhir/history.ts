/**
 * Condition, MedicationStatement and AllergyIntolerance become history findings where the model has
 * a finding for them (by code, ICD-10 ancestor, or name). Status is respected: refuted or not-taken
 * gives the finding absent, entered-in-error and unconfirmed entries are not used, and an inactive
 * or resolved condition counts only for findings of kind `history` ("history of ...").
 */
import { childPath, issue, type Issue } from '../../core/index.js';
import { matchCoded, type FindingIndex } from './match.js';
import { SYSTEMS, codeIn, codings, isRecord, labels, str, type Json } from './shape.js';

export interface HistoryRead {
  /** Findings and whether present; empty with `unmapped` when the model has no finding for it. */
  readonly findings: readonly { readonly id: string; readonly present: boolean }[];
  readonly by?: 'code' | 'name';
  readonly unmapped?: boolean;
  readonly ignored?: string;
  readonly issues: Issue[];
}

const ACTIVE = new Set(['active', 'recurrence', 'relapse']);
const INACTIVE = new Set(['inactive', 'remission', 'resolved']);
const NOT_ESTABLISHED = new Set(['unconfirmed', 'provisional', 'differential']);

/** SNOMED CT displays end in a semantic tag ("Fever (finding)", "Asthma (disorder)"). */
const SEMANTIC_TAG = /\s*\((finding|disorder|situation|symptom|observable entity|morphologic abnormality|clinical finding|event|navigational concept)\)\s*$/i;

/** A label without its SNOMED CT semantic tag, and the tag. */
export function stripSemanticTag(label: string): { text: string; tag?: string } {
  const m = SEMANTIC_TAG.exec(label);
  return m ? { text: label.slice(0, m.index), tag: (m[1] as string).toLowerCase() } : { text: label };
}

function match(index: FindingIndex, cc: unknown, nameVariants: (label: string) => string[]): ReturnType<typeof matchCoded> {
  const names = labels(cc).flatMap((l) => {
    const t = stripSemanticTag(l).text;
    return t === l ? [l, ...nameVariants(l)] : [l, t, ...nameVariants(t)];
  });
  return matchCoded(index, codings(cc).map((c) => c.coding), names);
}

export interface ConditionOptions {
  /**
   * Where the condition falls in the index episode: `current` (onset in the episode: active at that
   * time whatever the exported status), `history` (earlier, or resolved before it: history findings
   * only). Absent: judged by clinicalStatus alone.
   */
  readonly at?: 'current' | 'history';
  /** Finding ids a clinical phrase names (the notes lexicon), for SNOMED findings no code or name matches. */
  readonly phrase?: (text: string) => readonly string[];
}

/** A "(finding)"-tagged or symptom label read as a clinical phrase ("Sore throat symptom (finding)"). */
function phraseMatch(cc: unknown, phrase: ((text: string) => readonly string[]) | undefined): ReturnType<typeof matchCoded> {
  if (!phrase) return undefined;
  const ids = new Set<string>();
  for (const l of labels(cc)) {
    const { text, tag } = stripSemanticTag(l);
    if (tag !== 'finding' && tag !== 'symptom' && !/\bsymptoms?\b/i.test(text)) continue;
    for (const id of phrase(text)) ids.add(id);
    if (ids.size > 0) break;
  }
  return ids.size > 0 ? { ids: [...ids].sort(), by: 'name' } : undefined;
}

function result(m: ReturnType<typeof matchCoded>, present: boolean, onlyHistory: boolean, index: FindingIndex, issues: Issue[]): HistoryRead {
  if (!m) return { findings: [], unmapped: true, issues };
  const ids = onlyHistory ? m.ids.filter((id) => index.kind.get(id) === 'history') : m.ids;
  if (ids.length === 0) return { findings: [], ignored: 'inactive, and the model has no history finding for it', issues };
  return { findings: ids.map((id) => ({ id, present })), by: m.by, issues };
}

/** The model findings a Condition stands for (present, or history), or why it was ignored (refuted, entered in error, unmapped). */
export function readCondition(raw: Json, path: string, index: FindingIndex, options: ConditionOptions = {}): HistoryRead {
  const issues: Issue[] = [];
  const clinical = codeIn(raw['clinicalStatus'], [SYSTEMS.conditionClinical], true);
  const verification = codeIn(raw['verificationStatus'], [SYSTEMS.conditionVerification], true);
  if (verification === 'entered-in-error') return { findings: [], ignored: 'entered in error', issues };
  if (verification && NOT_ESTABLISHED.has(verification)) return { findings: [], ignored: `verification status ${verification}`, issues };
  if (!isRecord(raw['code'])) {
    issues.push(issue('required', childPath(path, 'code'), 'Condition has no code', 'warning'));
    return { findings: [], ignored: 'no code', issues };
  }
  const m = match(index, raw['code'], (l) => [`history of ${l}`, `known ${l}`, `diagnosis of ${l}`, `diagnosed with ${l}`]) ?? phraseMatch(raw['code'], options.phrase);
  if (verification === 'refuted') return result(m, false, false, index, issues);
  if (options.at === 'history') return result(m, true, true, index, issues);
  if (options.at === 'current' && (!clinical || ACTIVE.has(clinical) || INACTIVE.has(clinical))) return result(m, true, false, index, issues);
  if (clinical && INACTIVE.has(clinical)) return result(m, true, true, index, issues);
  if (clinical && !ACTIVE.has(clinical)) return { findings: [], ignored: `clinical status ${clinical}`, issues };
  return result(m, true, false, index, issues);
}

const MED_PRESENT = new Set(['active', 'intended', 'on-hold']);

/** The model findings a MedicationStatement stands for, resolving a referenced Medication through `resolve`. */
export function readMedicationStatement(raw: Json, path: string, index: FindingIndex, resolve: (ref: string) => Json | undefined): HistoryRead {
  const issues: Issue[] = [];
  const status = str(raw['status']);
  if (status === 'entered-in-error') return { findings: [], ignored: 'entered in error', issues };
  let cc: unknown = raw['medicationCodeableConcept'];
  if (!isRecord(cc) && isRecord(raw['medicationReference'])) {
    const ref = str(raw['medicationReference']['reference']);
    const med = ref ? resolve(ref) : undefined;
    cc = med ? med['code'] : undefined;
    if (!isRecord(cc)) return { findings: [], ignored: 'medication reference not resolvable in the Bundle', issues };
  }
  if (!isRecord(cc)) {
    issues.push(issue('required', childPath(path, 'medicationCodeableConcept'), 'MedicationStatement has no medication', 'warning'));
    return { findings: [], ignored: 'no medication', issues };
  }
  const m = match(index, cc, (l) => [`taking ${l}`, `${l} use`, `use of ${l}`]);
  if (status === 'not-taken') return result(m, false, false, index, issues);
  if (status && !MED_PRESENT.has(status)) return { findings: [], ignored: `status ${status}`, issues };
  return result(m, true, false, index, issues);
}

/** The model findings an AllergyIntolerance stands for, or why it was ignored. */
export function readAllergy(raw: Json, path: string, index: FindingIndex): HistoryRead {
  const issues: Issue[] = [];
  const clinical = codeIn(raw['clinicalStatus'], [SYSTEMS.allergyClinical], true);
  const verification = codeIn(raw['verificationStatus'], [SYSTEMS.allergyVerification], true);
  if (verification === 'entered-in-error') return { findings: [], ignored: 'entered in error', issues };
  if (verification === 'unconfirmed') return { findings: [], ignored: 'verification status unconfirmed', issues };
  if (!isRecord(raw['code'])) {
    issues.push(issue('required', childPath(path, 'code'), 'AllergyIntolerance has no code', 'warning'));
    return { findings: [], ignored: 'no code', issues };
  }
  const m = match(index, raw['code'], (l) => [`${l} allergy`, `allergy to ${l}`, `allergic to ${l}`]);
  if (verification === 'refuted') return result(m, false, false, index, issues);
  if (clinical && clinical !== 'active') return { findings: [], ignored: `clinical status ${clinical}`, issues };
  return result(m, true, false, index, issues);
}
