/**
 * A sign's bare word written in an imaging report names what the study shows in the tissue it images, not the
 * sign found on examination. "Oedema" alone is read as peripheral oedema (and leg and ankle swelling: HPO
 * HP:0012398, "edema affecting the peripheral tissues, usually the legs", a sign found by pressing the skin);
 * an MRI or CT report writes "oedema" for raised water signal in whatever it images ("MRI: marrow oedema on
 * T2/STIR", "MRI thighs: symmetric muscle oedema", "cardiac MRI: late enhancement with oedema on T2", "CT head:
 * cerebral oedema"), the radiological sense of the word, which says nothing about the legs. HPO itself names
 * oedema of each site apart (cerebral, intestinal, macular, laryngeal, muscular, pulmonary, ... oedema under
 * HP:0000969). So a bare sign word is not read as the sign where its clause names an imaging study (`onStudy`); longer terms ("pedal oedema", "leg oedema") and the imaging findings' own result
 * words are read as before.
 * The skin's general morphology nouns are the same kind of word: "lesion", "plaque" and "spot" are radiology's
 * words too (RadLex: lesion RID38780, "pleural plaque", "atheromatous plaque", the posterior pituitary "bright
 * spot"), and a report's "lytic lesions in the skull" or "T2 lesions" is no skin lesion. So is the target shape:
 * "target", "targetoid" or "target-like lesion" on an abdominal ultrasound or CT is the bowel's target sign (del-Pozo
 * G et al., Radiographics 1999;19:299-319), not the skin's target lesions of erythema multiforme. A term of those
 * nouns alone, or led only by those shape words, is a study sign word; a term naming the skin or a kind of lesion
 * ("skin lesion", "scaly plaques", "purpuric lesions") is not, and stays read on a study. Radiology names a shape it
 * sees as a sign ("target sign"), so a shape-led term on a study reads the lexicon's "<shape> sign" where the
 * clause names no organ (`studySignTerm`; a liver's target lesions are no bowel sign).
 */
import { formSet, type Tokens } from './tokenize.js';

/** Bare sign words (normalised) that imaging reports use for what a study shows in a tissue. */
const STUDY_SIGN_WORDS: ReadonlySet<string> = formSet(['oedema', 'edema', 'lesion', 'plaque', 'spot']);

/** Shape words (normalised) that radiology writes before a sign word as dermatology does ("target-like lesion"). */
const STUDY_SHAPE_WORDS: ReadonlySet<string> = formSet(['target', 'targetoid', 'like']);

/**
 * Words (normalised) that name an imaging study or its sequences. Not "film" (a blood film), "mr" (a title),
 * "pet" (an animal) or a bare "x" (a multiplication sign): words with another common sense in notes.
 */
const STUDY_WORDS: ReadonlySet<string> = formSet(['mri', 'ct', 'cta', 'ctpa', 'scan', 'tomography', 'ultrasound', 'sonography', 'sonogram', 'usg', 'doppler', 'duplex',
  'ray', 'xray', 'cxr', 'axr', 'radiograph', 'radiography', 'imaging', 't1', 't2', 'stir', 'flair', 'dwi']);

/**
 * Is this term (its normalised forms) a bare sign word that an imaging report uses for a tissue finding, alone or
 * led only by shape words ("target lesions")?
 */
export function isStudySignWord(forms: readonly string[]): boolean {
  if (forms.length === 0 || !STUDY_SIGN_WORDS.has(forms[forms.length - 1] as string)) return false;
  for (let i = 0; i < forms.length - 1; i++) if (!STUDY_SHAPE_WORDS.has(forms[i] as string)) return false;
  return true;
}

/** The radiological sign a shape-led study sign term names on a study ("target lesions": "target sign"), if any. */
export function studySignTerm(forms: readonly string[]): string | undefined {
  return forms.length > 1 && isStudySignWord(forms) && forms[0] !== 'like' ? `${forms[0] as string} sign` : undefined;
}

/**
 * Is token i "US", the ultrasound abbreviation? Only written in capitals: the lower-case word is the pronoun ("told us").
 */
export function isUltrasoundAbbreviation(tokens: Tokens, i: number): boolean {
  return tokens.norm[i] === 'us' && tokens.text.slice(tokens.start[i], tokens.end[i]) === 'US';
}

/** Is token i a study word ("US" in capitals included)? */
function isStudyWord(tokens: Tokens, i: number): boolean {
  return STUDY_WORDS.has(tokens.norm[i] as string) || isUltrasoundAbbreviation(tokens, i);
}

/**
 * Does the clause of token `at` name an imaging study? Before the word: back to a semicolon or the start of its
 * sentence, or of the sentence before when that one ends in a label's colon ("MRI:" a section reader may cut off);
 * a report lists its findings after the study with commas ("MRI: T2 hyperintensity, marrow oedema"). After the
 * word: up to a comma or semicolon ("oedema on T2/STIR"), so "ankle oedema, CXR normal" keeps its sign.
 */
export function onStudy(tokens: Tokens, at: number): boolean {
  const s = tokens.sentence[at] as number;
  let from = tokens.sentStart[s] as number;
  if (s > 0 && from > 0 && tokens.norm[from - 1] === ':') from = tokens.sentStart[s - 1] as number;
  const to = tokens.sentStart[s + 1] as number;
  for (let i = at - 1; i >= from && tokens.norm[i] !== ';'; i--) if (isStudyWord(tokens, i)) return true;
  for (let i = at + 1; i < to && tokens.norm[i] !== ';' && tokens.norm[i] !== ','; i++) if (isStudyWord(tokens, i)) return true;
  return false;
}
