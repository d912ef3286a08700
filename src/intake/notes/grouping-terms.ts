/**
 * Grouping findings: a finding that stands for any of several abnormalities of one study or system ("abnormal blood
 * film": blasts, schistocytes, spherocytes ...; "CT head abnormal": infarct, mass, oedema ...; HPO's "Abnormality of
 * ..." classes). Its terms that name one of those abnormalities are its members. By the ontology's true-path rule
 * (Gene Ontology Consortium; HPO's negated annotations, Köhler S et al., Nucleic Acids Res 2021;49:D1207), a present
 * child makes its parent present but an absent child says nothing of the parent: "no schistocytes" leaves blasts on
 * the same film possible. So a negated member marks nothing absent (`LexiconEntry.member`, as the ECG statement
 * groups of `report-statements.ts` do); the finding's own wording ("no abnormality on CT head", "normal film") still
 * does.
 * A study result named "<result> on <study>" ("cholecystitis on ultrasound") is read from the signs its terms list
 * (gallbladder wall thickening, pericholecystic fluid, a sonographic Murphy sign, stones): each such sign is one child
 * of the result (Tokyo Guidelines 2018, Yokoe M et al., J Hepatobiliary Pancreat Sci 2018;25:41, list them as
 * alternative imaging criteria), so the same rule holds: a term that does not name the result itself is a member
 * (`studyResultNames`, `namesResult`).
 */
import { phraseForms } from './tokenize.js';

/** Word forms that name the group itself rather than one member of it (normalised). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['abnormal', 'abnormality', 'abnormally', 'normal']);

/** A model finding as this rule sees it: its name and concept codes. */
export interface GroupingCandidate {
  readonly name: string;
  readonly codes?: readonly { readonly code: string }[];
}

/** True when the finding's name or a concept code calls it an abnormality (a grouping finding, see the header). */
export function isGroupingFinding(f: GroupingCandidate): boolean {
  const words = [f.name, ...(f.codes ?? []).map((c) => c.code.replace(/-/g, ' '))].flatMap((s) => phraseForms(s));
  return words.some((w) => w === 'abnormal' || w === 'abnormality');
}

/**
 * True when a term of a grouping finding (its normalised forms) names one member, not the group: neither the
 * finding's own name (`nameForms`) nor a wording with an abnormality word ("abnormal EEG", "EEG abnormalities").
 */
export function isMemberTerm(forms: readonly string[], nameForms: readonly string[]): boolean {
  if (forms.length === nameForms.length && forms.every((w, i) => w === nameForms[i])) return false;
  return !forms.some((w) => GROUP_WORDS.has(w));
}

/**
 * Each grouping finding's id with its name's normalised forms, but for the findings in `listed`: the ECG and imaging
 * statement groups, whose members the statement list names one by one (`report-statements.ts`), keep that rule.
 */
export function groupingNames(findings: readonly (GroupingCandidate & { readonly id: string })[], listed: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const f of findings) if (!listed.has(f.id) && isGroupingFinding(f)) out.set(f.id, phraseForms(f.name));
  return out;
}

/** A model finding as the study-result rule sees it. */
export interface StudyResultCandidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** How many leading letters two words share to count as one stem ("cavity", "cavitating"). */
const STEM = 5;
const stem = (w: string): string => w.slice(0, STEM);

/**
 * Each imaging finding named "<result> on <study>" with the content words of its name (normalised, three letters or
 * more: the result's and the study's, so a verdict on the study, "positive stress test", names the result), but for
 * the findings in `skip` (grouping findings and statement groups keep their own rule).
 */
export function studyResultNames(findings: readonly StudyResultCandidate[], skip: (id: string) => boolean): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const f of findings) {
    if (f.kind !== 'imaging' || skip(f.id)) continue;
    const forms = phraseForms(f.name);
    const on = forms.lastIndexOf('on');
    if (on <= 0) continue;
    const words = forms.filter((w, i) => i !== on && w.length >= 3 && /^[a-z]/.test(w));
    if (words.length > 0) out.set(f.id, words);
  }
  return out;
}

/**
 * True when a term (normalised forms) names the study result itself, not one of its signs: it shares a word stem
 * with the name ("pleural fluid" of "pleural effusion", "cavity" of "cavitating lung lesion", "positive stress test"
 * of "... on stress testing") or writes the initials of consecutive name words ("LVH", "AF").
 */
export function namesResult(forms: readonly string[], result: readonly string[]): boolean {
  const stems = new Set(result.map(stem));
  if (forms.some((w) => stems.has(stem(w)))) return true;
  const initials = result.map((w) => w[0]).join('');
  return forms.some((w) => w.length >= 2 && /^[a-z]+$/.test(w) && initials.includes(w));
}

/**
 * The entry marked a member when its term (`forms`) names one member of a grouping finding, or one sign of a study
 * result (`results`, from `studyResultNames`): see the header.
 */
export function asGroupMember<E extends { readonly findingId: string; readonly valueId?: string; readonly member?: boolean }>(forms: readonly string[], entry: E, grouping: ReadonlyMap<string, readonly string[]>, results?: ReadonlyMap<string, readonly string[]>): E {
  if (entry.member === true || entry.valueId !== undefined) return entry;
  const name = grouping.get(entry.findingId);
  if (name !== undefined) return isMemberTerm(forms, name) ? { ...entry, member: true } : entry;
  const result = results?.get(entry.findingId);
  return result !== undefined && !namesResult(forms, result) ? { ...entry, member: true } : entry;
}
