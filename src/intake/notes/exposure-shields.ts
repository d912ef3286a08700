/**
 * Longer known terms an exposure term yields to (`exposures.ts`): the model's condition names and
 * synonyms of two words or more ("diabetes insipidus", "gestational diabetes") and general compounds
 * that contain an exposure's words without being the exposure ("smoking cessation", "nicotine patch").
 * Compiled into a token trie once per lexicon. Pure.
 */
import { phraseForms } from './tokenize.js';
import { TokenTrie } from './trie.js';

/** Longer general terms an exposure word sits in without being the exposure. */
export const EXPOSURE_SHIELDS: readonly string[] = [
  'smoking cessation', 'quit smoking program', 'nicotine patch', 'nicotine gum', 'nicotine replacement', 'passive smoking', 'secondhand smoke',
  'second hand smoke', 'secondhand smoking', 'smoke inhalation', 'smoke exposure', 'alcohol free', 'alcohol swab', 'alcohol based', 'diabetes insipidus',
  'diabetes educator', 'diabetes screening', 'screening for diabetes', 'pill esophagitis', 'cat dander', 'aspirin desensitization',
  'aspirin exacerbated respiratory disease', 'aspirin sensitive asthma', 'aspirin induced asthma', 'nsaid exacerbated respiratory disease',
];

/** A condition with the exposures it implies. */
export interface ShieldCondition {
  readonly id?: string;
  readonly name: string;
  readonly synonyms?: readonly string[];
}

/** What a shield term yields to: the findings its condition implies (an implied exposure is kept). */
export type ShieldValue = ReadonlySet<string>;

const NONE: ShieldValue = new Set();

/** An exposure the model gives this share or more of a condition's patients is implied by naming it. */
export const IMPLIED_SHARE = 0.5;

/**
 * Shield trie from the model's condition names and synonyms (two words or more) and the general list.
 * A condition name does not shield an exposure most of its patients have by the model ("diabetic
 * retinopathy" still states diabetes, "lithium toxicity" lithium use); "diabetes insipidus" does.
 */
export function buildShields(conditions: readonly ShieldCondition[] | undefined, likelihoods?: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>): TokenTrie<ShieldValue> {
  const implied = new Map<string, Set<string>>();
  for (const [fid, row] of Object.entries(likelihoods ?? {})) {
    for (const [cid, p] of Object.entries(row)) {
      if ((p[0] ?? 0) < IMPLIED_SHARE) continue;
      const set = implied.get(cid) ?? new Set<string>();
      set.add(fid);
      implied.set(cid, set);
    }
  }
  const trie = new TokenTrie<ShieldValue>();
  const seen = new Set<string>();
  const add = (term: string, value: ShieldValue): void => {
    const forms = phraseForms(term);
    const k = forms.join(' ');
    if (forms.length < 2 || seen.has(k)) return;
    seen.add(k);
    trie.add(forms, value);
  };
  for (const c of conditions ?? []) for (const t of [c.name, ...(c.synonyms ?? [])]) add(t, (c.id !== undefined ? implied.get(c.id) : undefined) ?? NONE);
  for (const t of EXPOSURE_SHIELDS) add(t, NONE);
  return trie;
}
