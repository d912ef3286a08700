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

/** Shield trie from the model's condition names and synonyms (two words or more) and the general list. */
export function buildShields(conditions: readonly { name: string; synonyms?: readonly string[] }[] | undefined): TokenTrie<true> {
  const trie = new TokenTrie<true>();
  const seen = new Set<string>();
  const add = (term: string): void => {
    const forms = phraseForms(term);
    const k = forms.join(' ');
    if (forms.length < 2 || seen.has(k)) return;
    seen.add(k);
    trie.add(forms, true);
  };
  for (const c of conditions ?? []) for (const t of [c.name, ...(c.synonyms ?? [])]) add(t);
  for (const t of EXPOSURE_SHIELDS) add(t);
  return trie;
}
