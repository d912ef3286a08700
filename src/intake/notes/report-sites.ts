/**
 * Image reports name the organ they image, and their nouns take that organ as their site. Two reading rules
 * follow, both over the model's own vocabulary (no finding ids here):
 *
 * 1. A result phrase that names a site with its modality ("infarct, mass or oedema on CT head", "atrophy on
 *    MRI brain", "mass on chest X-ray") gives its one-word parts ("mass", "oedema", "atrophy") only where the
 *    note names that site too: "CT of the chest shows an anterior mediastinal mass" is no head CT finding.
 *    A part of two or more words ("white matter lesions", "pleural effusion") carries its own qualifier and
 *    keeps the modality gate alone.
 * 2. In a sentence that names an imaging modality before it, a bare head noun of a longer sign or symptom
 *    name ("oedema" of "peripheral oedema", "lesion" of "skin lesion", "node" of "swollen lymph nodes") is
 *    not read as that sign: "MRI: bone marrow oedema" is no ankle swelling, "US: a 4 cm lesion in the
 *    liver" no skin lesion. Whole names stay ("ascites", "splenomegaly", "lymphadenopathy").
 *
 * Pure; the words are normalised forms (`normalizeWord`).
 */
import type { Tokens } from './tokenize.js';

/**
 * Anatomical sites a result phrase may name, with the words a report names each by (the site, its
 * adjective, its parts; "cxr" names the chest).
 */
const SITE_WORDS: Readonly<Record<string, readonly string[]>> = {
  head: ['head', 'brain', 'cranial', 'intracranial', 'cerebral', 'cerebrum', 'skull', 'cranium', 'cerebellum', 'cerebellar'],
  brain: ['head', 'brain', 'cranial', 'intracranial', 'cerebral', 'cerebrum', 'skull', 'cranium', 'cerebellum', 'cerebellar'],
  chest: ['chest', 'cxr', 'thorax', 'thoracic', 'lung', 'pulmonary', 'hilar', 'hilum', 'mediastinal', 'mediastinum', 'pleural'],
  abdomen: ['abdomen', 'abdominal', 'abdo', 'abdominopelvic', 'pelvis'],
  pelvic: ['pelvic', 'pelvis', 'transvaginal', 'tvus', 'uterus', 'uterine', 'ovary', 'ovarian', 'adnexa', 'adnexal', 'endometrial'],
  knee: ['knee'],
  spine: ['spine', 'spinal', 'vertebral', 'vertebra', 'cervical', 'thoracic', 'lumbar', 'lumbosacral', 'sacral', 'cord'],
};

/** The words that name the sites among a result phrase's modality words ("ct head" -> head's words), or undefined. */
export function siteGate(modalityWords: readonly string[]): readonly string[] | undefined {
  const words = [...new Set(modalityWords.flatMap((w) => SITE_WORDS[w] ?? []))];
  return words.length > 0 ? words : undefined;
}

/** Words that name an imaging test (not ECG, EEG or lung function: their reports describe no tissue). */
const IMAGING_WORDS: ReadonlySet<string> = new Set([
  'x', 'xray', 'cxr', 'radiograph', 'radiography', 'film', 'ct', 'cta', 'ctpa', 'tomography', 'mri', 'mr', 'mrcp', 'mra',
  'ultrasound', 'ultrasonography', 'sonography', 'sonogram', 'usg', 'uss', 'tvus', 'doppler', 'duplex', 'echo',
  'echocardiogram', 'echocardiography', 'tte', 'tee', 'imaging', 'scan', 'angiogram', 'angiography', 'mammogram',
  'mammography', 'hrct', 'pet', 'endoscopy', 'egd', 'ogd', 'colonoscopy', 'gastroscopy', 'bronchoscopy',
]);

/** Tokens searched back from a term for its report's modality. */
const REPORT_WINDOW = 40;

/**
 * Does the clause of token `at` name an imaging test before it (within REPORT_WINDOW tokens), or the label
 * that heads it ("MRI:", a sentence of its own ending in a colon)? "US" counts only in capitals (lower case it
 * is the pronoun).
 */
export function inImageReport(tokens: Tokens, at: number): boolean {
  const s = tokens.sentence[at] as number;
  let first = tokens.sentStart[s] as number;
  if (s > 0 && first > 0 && tokens.norm[first - 1] === ':') first = tokens.sentStart[s - 1] as number;
  const from = Math.max(first, at - REPORT_WINDOW);
  // Back from the term to the sentence start; a semicolon ends the report's clause ("Echo not required; no murmur").
  for (let i = at - 1; i >= from; i--) {
    const w = tokens.norm[i] as string;
    if (w === ';') return false;
    if (IMAGING_WORDS.has(w)) return true;
    if (w === 'us' && tokens.text.charCodeAt(tokens.start[i] as number) === 85 && tokens.text.charCodeAt((tokens.start[i] as number) + 1) === 83) return true;
  }
  return false;
}

/** Is one of `words` named within `window` tokens of token `at`, in its sentence or the one before? */
export function siteNamed(tokens: Tokens, at: number, words: readonly string[], window: number): boolean {
  const s = tokens.sentence[at] as number;
  const from = Math.max(tokens.sentStart[Math.max(0, s - 1)] as number, at - window);
  const to = Math.min(tokens.sentStart[s + 1] as number, at + window);
  for (let i = from; i < to; i++) if (words.includes(tokens.norm[i] as string)) return true;
  return false;
}

/**
 * Is a term the bare head noun of its own finding's longer name: one word, equal to the last word of a sign or
 * symptom name of two or more words ("oedema" for "peripheral edema", "lesion" for "skin lesion")?
 */
export function isBareHead(kind: string, nameForms: readonly string[], termForms: readonly string[]): boolean {
  return (kind === 'sign' || kind === 'symptom') && termForms.length === 1 && nameForms.length >= 2 && nameForms[nameForms.length - 1] === termForms[0];
}
