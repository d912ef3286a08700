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
 */
import { phraseForms, type Tokens } from './tokenize.js';

/** Bare sign words (normalised) that imaging reports use for what a study shows in a tissue. */
const STUDY_SIGN_WORDS: ReadonlySet<string> = new Set(['oedema', 'edema'].flatMap((w) => phraseForms(w)));

/**
 * Words (normalised) that name an imaging study or its sequences. Not "film" (a blood film), "mr" (a title),
 * "pet" (an animal) or a bare "x" (a multiplication sign): words with another common sense in notes.
 */
const STUDY_WORDS: ReadonlySet<string> = new Set(['mri', 'ct', 'cta', 'ctpa', 'scan', 'tomography', 'ultrasound', 'sonography', 'sonogram', 'usg', 'doppler', 'duplex',
  'ray', 'xray', 'cxr', 'axr', 'radiograph', 'radiography', 'imaging', 't1', 't2', 'stir', 'flair', 'dwi'].flatMap((w) => phraseForms(w)));

/** Is this term (its normalised forms) a bare sign word that an imaging report uses for a tissue finding? */
export function isStudySignWord(forms: readonly string[]): boolean {
  return forms.length === 1 && STUDY_SIGN_WORDS.has(forms[0] as string);
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
  for (let i = at - 1; i >= from && tokens.norm[i] !== ';'; i--) if (STUDY_WORDS.has(tokens.norm[i] as string)) return true;
  for (let i = at + 1; i < to && tokens.norm[i] !== ';' && tokens.norm[i] !== ','; i++) if (STUDY_WORDS.has(tokens.norm[i] as string)) return true;
  return false;
}
