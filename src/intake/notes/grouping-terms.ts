/**
 * Grouping findings: a finding that stands for any of several abnormalities of one study or system ("abnormal blood
 * film": blasts, schistocytes, spherocytes ...; "CT head abnormal": infarct, mass, oedema ...; HPO's "Abnormality of
 * ..." classes). Its terms that name one of those abnormalities are its members. By the ontology's true-path rule
 * (Gene Ontology Consortium; HPO's negated annotations, Köhler S et al., Nucleic Acids Res 2021;49:D1207), a present
 * child makes its parent present but an absent child says nothing of the parent: "no schistocytes" leaves blasts on
 * the same film possible. So a negated member marks nothing absent (`LexiconEntry.member`, as the ECG statement
 * groups of `report-statements.ts` do); the finding's own wording ("no abnormality on CT head", "normal film") still
 * does.
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

/** The entry marked a member when its term (`forms`) names one member of a grouping finding (see the header). */
export function asGroupMember<E extends { readonly findingId: string; readonly valueId?: string; readonly member?: boolean }>(forms: readonly string[], entry: E, grouping: ReadonlyMap<string, readonly string[]>): E {
  const name = entry.member === true || entry.valueId !== undefined ? undefined : grouping.get(entry.findingId);
  return name !== undefined && isMemberTerm(forms, name) ? { ...entry, member: true } : entry;
}
