/**
 * A skin colour adjective names the skin's colour only where it qualifies the skin or the patient. The model reads
 * the bare adjectives "pale", "pallid", "jaundiced" and "cyanotic" as the skin signs pallor, jaundice and cyanosis
 * ("now pale and tired", "pale, no nodes", "pale conjunctivae"). By English grammar an attributive adjective
 * qualifies the noun it stands before, through other adjectives coordinated with it ("pale, swollen retina",
 * "pale floating stools"), and a postposed or predicative one the noun it follows ("stools pale cream", "discs were
 * pale") (Quirk R et al., A Comprehensive Grammar of the English Language, 1985, ch. 7 on attributive and
 * predicative adjectives). Where that noun is a structure other than the skin, the colour is that structure's
 * finding: HPO names each apart, "Pale optic disc" (Optic disc pallor, HP:0000543), "Pale eyelashes" (White
 * eyelashes, HP:0002227), "Pale eyebrow" (White eyebrow, HP:0002226), "Clay coloured stools" (Acholic stools,
 * HP:0011985), while Pallor (HP:0000980) is "abnormally pale skin". So such a term is not read as the skin sign
 * where the noun it qualifies names another structure (`qualifiesOtherStructure`). A limb, the face, the lips, the
 * conjunctivae, the nail beds and the mucosa are where skin colour is judged and stay read.
 */
import { formSet, type Tokens } from './tokenize.js';

/** Skin colour adjectives (normalised) that a skin sign's one-word term may be. */
const SKIN_COLOUR_WORDS: ReadonlySet<string> = formSet(['pale', 'pallid', 'jaundiced', 'icteric', 'cyanotic', 'cyanosed', 'flushed', 'dusky']);

/**
 * Structures (normalised) other than the skin whose colour is a finding of their own: the eye's fundus, retina and
 * optic disc, the hair, eyebrows and eyelashes (HPO's "pale" terms above), and the stool and urine whose colour the
 * history asks about (HPO: Acholic stools HP:0011985, Abnormal urinary color HP:0012086).
 */
const OTHER_STRUCTURES: ReadonlySet<string> = formSet(['stools', 'faeces', 'feces', 'motions', 'urine', 'retina', 'retinae', 'disc', 'disk', 'fundus', 'fundi', 'hair', 'eyebrows', 'eyelashes']);

/** Words that end the run of coordinated adjectives before a noun: negation, determiners, prepositions, verbs of being. */
const RUN_BREAKS: ReadonlySet<string> = formSet(['no', 'not', 'nor', 'without', 'with', 'the', 'a', 'an', 'his', 'her', 'their', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'but', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Verbs of being or seeming between a noun and its predicative adjective ("stools were pale", "discs look pale"). */
const LINKING_VERBS: ReadonlySet<string> = formSet(['is', 'are', 'was', 'were', 'look', 'looks', 'looked', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'become', 'became']);

/** Words after the adjective up to its noun ("pale, swollen retina": comma, one adjective, the noun). */
const AFTER_REACH = 3;

/** Is a one-word term of these normalised forms a skin colour adjective (see the header)? */
export function isSkinColourWord(forms: readonly string[]): boolean {
  return forms.length === 1 && SKIN_COLOUR_WORDS.has(forms[0] as string);
}

/**
 * Does the adjective at token `at` qualify a structure other than the skin: a noun of `OTHER_STRUCTURES` after it
 * within `AFTER_REACH` tokens of its sentence, through words that continue a run of adjectives (a comma only right
 * after the adjective, "and", "or"), or right before it (across one linking verb)? A fixed window on each side.
 */
export function qualifiesOtherStructure(tokens: Tokens, at: number): boolean {
  const sentence = tokens.sentence[at] as number;
  const stop = Math.min(tokens.count, at + 1 + AFTER_REACH, tokens.sentStart[sentence + 1] as number);
  for (let i = at + 1; i < stop; i++) {
    const w = tokens.norm[i] as string;
    if (OTHER_STRUCTURES.has(w)) return true;
    if (w === ',' ? i !== at + 1 : tokens.kind[i] !== tokens.kind[at] || RUN_BREAKS.has(w)) break;
  }
  let before = at - 1;
  if (before >= 0 && LINKING_VERBS.has(tokens.norm[before] as string)) before--;
  return before >= (tokens.sentStart[sentence] as number) && OTHER_STRUCTURES.has(tokens.norm[before] as string);
}
