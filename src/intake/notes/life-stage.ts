/**
 * A word that names an infant's state in an infant and an older person's trait in anyone older. "Irritability" in
 * an adult or a school child is a proneness to anger (HPO HP:0000737 "Irritability": "a proneness to anger, i.e., a
 * tendency to become easily bothered or annoyed"), and the model lists it as a synonym of "excessive anger" and
 * "temper problems", findings of conduct, oppositional and personality disorders. In an infant the same word is the
 * fussy, crying baby that fever, pain or illness makes, which the model holds as its own finding, "irritable infant"
 * (Symcat), linked to roseola, teething, colic, volvulus, Kawasaki disease and the like; a 13-month-old's
 * "irritability" is no conduct finding. So where the model names a finding "<adjective> infant" or "<adjective>
 * baby", that adjective written alone (or its "-ity" noun: irritable, irritability) is read in a patient under two
 * years as the infant finding, in place of the findings the word names in older people.
 * Infant: MeSH D007223 "a child between 1 and 23 months of age", with the newborn (MeSH D007231, first month).
 */
import { formSet, phraseForms } from './tokenize.js';

/** Ages below this (years) are an infant's (MeSH Infant D007223: 1 to 23 months; Newborn D007231 before it). */
export const INFANT_AGE_LIMIT = 2;

/** Nouns (normalised) that name the infant in a finding's name ("irritable infant", "irritable baby"). */
const INFANT_NOUNS: ReadonlySet<string> = formSet(['infant', 'baby']);

/** An infant finding's term: its id and the name a note's word reads as in an infant. */
export interface InfantTerm {
  readonly findingId: string;
  readonly name: string;
}

/**
 * The adjective's "-ity" noun by the English suffix rule "-able"/"-ible" to "-ability"/"-ibility" (irritable,
 * irritability); undefined for other adjectives.
 */
function ityNoun(adjective: string): string | undefined {
  return /[ai]ble$/.test(adjective) ? `${adjective.slice(0, -2)}ility` : undefined;
}

/**
 * The words (normalised single forms) that name an infant finding's state, each mapped to that finding: the
 * adjective of every finding named "<adjective> infant" or "<adjective> baby", and its "-ity" noun.
 */
export function infantTerms(findings: readonly { readonly id: string; readonly name: string }[]): ReadonlyMap<string, InfantTerm> {
  const out = new Map<string, InfantTerm>();
  for (const f of findings) {
    const forms = phraseForms(f.name);
    if (forms.length !== 2 || !INFANT_NOUNS.has(forms[1] as string)) continue;
    const adjective = forms[0] as string;
    const term = { findingId: f.id, name: f.name };
    out.set(adjective, term);
    const noun = ityNoun(adjective);
    if (noun !== undefined) out.set(noun, term);
  }
  return out;
}

/** Is a patient of this age (years; unknown: no) an infant? */
export function isInfant(age: number | undefined): boolean {
  return age !== undefined && age >= 0 && age < INFANT_AGE_LIMIT;
}
