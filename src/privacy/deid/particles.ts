/**
 * The lowercase particles written inside a person's name (Anouk van der Berghe, Maria de la Cruz, Omar bin Said,
 * Aroha te Whata, Henk ter Horst): one list for every reader that joins the words of a name across them. The cue
 * reader adds the saint and Mac prefixes it also reads between name words (`cue-names.ts`).
 */

/** Name particles, lowercase: Dutch, German, Romance, Portuguese, Arabic and Maori. */
export const NAME_PARTICLES: readonly string[] = ['van', 'von', 'de', 'der', 'den', 'la', 'le', 'du', 'da', 'di', 'del', 'della',
  'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'te'];

/** `NAME_PARTICLES` as a regular-expression alternation (no group, no anchors). */
export const PARTICLE_ALTERNATION = NAME_PARTICLES.join('|');

/** Whether a word is a name particle, in any letter case ("Van", "DE"): `extra` adds words one reader also joins over. */
export function particleTest(extra: readonly string[] = []): RegExp {
  return new RegExp(`^(?:${[...NAME_PARTICLES, ...extra].join('|')})$`, 'i');
}
