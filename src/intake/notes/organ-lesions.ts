/**
 * A lesion word in an imaging report is a finding of the organ its clause names. Reports write the organ and the
 * lesion apart ("Transvaginal ultrasound: uterus 16 x 11 cm with three intramural masses", "CT: 3 cm mass in the
 * head of the pancreas", "US: solid nodule in the right thyroid lobe"), while the model names each imaging finding
 * by organ and lesion together ("thyroid nodule on ultrasound", "ovarian cyst, fibroid or adnexal mass on pelvic
 * ultrasound", "abdominal or pelvic mass on imaging" with "pancreatic mass", "liver lesion", "renal mass").
 * The grammar: the general lesion nouns of radiology reports (mass, lesion, nodule, tumour, cyst: the Fleischner
 * Society glossary's "mass" and "nodule", Hansell DM et al., Radiology 2008;246:697-722; RadLex's lesion class,
 * RID38780) in a sentence that names an imaging study are sited by the nearest organ word of their clause (its
 * anatomy: the organ, its adjective, or the compartment word, e.g. "intramural", "intrauterine").
 * - An organ group that has a model finding (`ORGAN_LESIONS`) reads the lesion as that finding.
 * - A result part that its phrase sites in a body region ("mass" of "… on CT head", of "… on chest X-ray") is not
 *   read where the nearest organ word of its clause belongs to another region (`lesionElsewhere`): the "mass in
 *   the head of the pancreas" is no CT head finding. The same rule as `organ-bound.ts`'s `imagedElsewhere`, for
 *   the organ written beside the lesion instead of beside the modality.
 */
import { isUltrasoundAbbreviation } from './study-signs.js';
import { phraseForms, type Tokens } from './tokenize.js';

/** One organ group: the model finding its lesions are, the body region it lies in, its organ words and lesion words. */
export interface OrganLesion {
  readonly finding: string;
  readonly region: string;
  readonly organs: readonly string[];
  readonly lesions: readonly string[];
  /** Study words (normalised) that must be named in the sentence or the one before: the finding's own modality. */
  readonly studies: readonly string[];
}

const ULTRASOUND = ['ultrasound', 'sonography', 'sonogram', 'usg', 'tvus', 'doppler', 'duplex'];
const ANY_STUDY = [...ULTRASOUND, 'ct', 'mri', 'scan', 'tomography', 'imaging', 'mrcp', 'eus'];
const SOLID = ['mass', 'lesion', 'nodule', 'tumour', 'tumor'];

/**
 * The organ groups with a model finding for their lesions, each with the modality its finding names. A cyst is a
 * lesion of the pelvic organs' finding (its own synonyms: "ovarian cyst", "multiple ovarian cysts"), not of the
 * abdominal organs' (a simple liver or kidney cyst is no mass).
 */
export const ORGAN_LESIONS: readonly OrganLesion[] = [
  { finding: 'thyroid-us-nodule', region: 'neck', organs: ['thyroid', 'isthmus'], lesions: SOLID, studies: ULTRASOUND },
  { finding: 'us-pelvic-mass', region: 'abdomen', organs: ['uterus', 'uterine', 'intrauterine', 'ovary', 'ovarian', 'adnexa', 'adnexae', 'adnexal', 'endometrium', 'endometrial', 'myometrium', 'myometrial', 'intramural', 'submucosal', 'subserosal'], lesions: [...SOLID, 'cyst'], studies: ULTRASOUND },
  { finding: 'imaging-abdominal-mass', region: 'abdomen', organs: ['liver', 'hepatic', 'pancreas', 'pancreatic', 'kidney', 'renal', 'adrenal', 'spleen', 'splenic', 'colon', 'colonic', 'caecum', 'cecum', 'caecal', 'cecal', 'retroperitoneal', 'retroperitoneum', 'mesenteric', 'omental'], lesions: SOLID, studies: ANY_STUDY },
  { finding: 'mammogram-abnormal', region: 'breast', organs: ['breast'], lesions: SOLID, studies: [...ULTRASOUND, 'mammography', 'mammogram', 'tomosynthesis', 'mri'] },
].map((g) => ({ ...g, organs: g.organs.flatMap((w) => phraseForms(w)), lesions: g.lesions.flatMap((w) => phraseForms(w)), studies: g.studies.flatMap((w) => phraseForms(w)) }));

/** Organ words of regions with no group here, so a lesion beside them is sited there ("lung mass", "brain lesion"). */
const OTHER_ORGANS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Not "lobe" or "hilum": the liver, thyroid and kidney have them too.
  chest: ['lung', 'pulmonary', 'mediastinum', 'mediastinal', 'pleura', 'pleural'],
  head: ['brain', 'cerebral', 'cerebellar', 'intracranial', 'periventricular', 'frontal', 'parietal', 'temporal', 'occipital', 'pituitary'],
}).flatMap(([region, words]) => words.flatMap((w) => phraseForms(w)).map((w): [string, string] => [w, region])));

/** Each organ word (normalised) and the group it names. */
const ORGAN_OF: ReadonlyMap<string, OrganLesion> = new Map(ORGAN_LESIONS.flatMap((g) => g.organs.map((w): [string, OrganLesion] => [w, g])));

/** The lesion words of any group (normalised). */
export const LESION_WORDS: ReadonlySet<string> = new Set(ORGAN_LESIONS.flatMap((g) => g.lesions));

/** Tokens searched on each side of the lesion word for its organ. */
const ORGAN_REACH = 16;

/**
 * The index of the token nearest tokens [first, end) within `reach` tokens of its clause for which `wanted` holds:
 * back to a semicolon (and to a comma with `backToComma`) or the sentence start, forward to a comma, a semicolon or
 * the sentence end; the nearer side wins, the one after on a tie. Undefined where the clause holds none.
 */
export function nearestInClause(tokens: Tokens, first: number, end: number, reach: number, wanted: (w: string) => boolean, backToComma: boolean): number | undefined {
  const s = tokens.sentence[first] as number;
  const from = Math.max(tokens.sentStart[s] as number, first - reach);
  const to = Math.min(tokens.sentStart[s + 1] as number, end + reach);
  let before: number | undefined;
  for (let i = first - 1; i >= from && tokens.norm[i] !== ';' && !(backToComma && tokens.norm[i] === ','); i--) if (wanted(tokens.norm[i] as string)) { before = i; break; }
  let after: number | undefined;
  for (let i = end; i < to && tokens.norm[i] !== ';' && tokens.norm[i] !== ','; i++) if (wanted(tokens.norm[i] as string)) { after = i; break; }
  return after !== undefined && (before === undefined || after - end <= first - 1 - before) ? after : before;
}

/**
 * The region and group of the organ word nearest the lesion at tokens [first, end) in its clause: back to a
 * semicolon or the sentence start, forward to a comma, semicolon or the sentence end; the nearer side wins, the
 * one after on a tie ("mass in the head of the pancreas"). Undefined where the clause names no organ.
 */
export function organAt(tokens: Tokens, first: number, end: number): { readonly region: string; readonly group?: OrganLesion } | undefined {
  const at = nearestInClause(tokens, first, end, ORGAN_REACH, organWord, false);
  if (at === undefined) return undefined;
  const w = tokens.norm[at] as string;
  const group = ORGAN_OF.get(w);
  return group ? { region: group.region, group } : { region: OTHER_ORGANS.get(w) as string };
}

function organWord(w: string): boolean {
  return ORGAN_OF.has(w) || OTHER_ORGANS.has(w);
}

/**
 * Does the sentence of token `at`, or the one before, name one of the group's studies? "US" counts as ultrasound
 * only written in capitals (lower case it is the pronoun).
 */
export function studyNamed(tokens: Tokens, at: number, group: OrganLesion): boolean {
  const s = tokens.sentence[at] as number;
  const from = tokens.sentStart[Math.max(0, s - 1)] as number;
  const to = tokens.sentStart[s + 1] as number;
  const us = group.studies.includes('ultrasound');
  for (let i = from; i < to; i++) {
    if (group.studies.includes(tokens.norm[i] as string)) return true;
    if (us && isUltrasoundAbbreviation(tokens, i)) return true;
  }
  return false;
}

/** Is the lesion at tokens [first, end) a lesion of `finding`'s organ group, on its study? */
export function organLesionAt(tokens: Tokens, first: number, end: number, finding: string): boolean {
  const o = organAt(tokens, first, end);
  return o?.group !== undefined && o.group.finding === finding && studyNamed(tokens, first, o.group);
}

/** Is a lesion part sited in `region` written beside an organ of another region (see the header)? */
export function lesionElsewhere(tokens: Tokens, first: number, end: number, region: string): boolean {
  if (end - first !== 1 || !LESION_WORDS.has(tokens.norm[first] as string)) return false;
  const o = organAt(tokens, first, end);
  return o !== undefined && o.region !== region;
}
