/**
 * The organisms a model's findings name (`learn/primary-care/organisms.ts` codes each organism finding with its taxon
 * or virus name under `ORGANISM_SYSTEM`), indexed by the first word a note writes for them: the genus ("Toxoplasma
 * gondii", "Toxoplasma"), the genus's capital initial ("T. gondii", International Code of Nomenclature of Prokaryotes,
 * Rule 12; the zoological and botanical codes abbreviate the same way), or a virus's name without the word "virus"
 * ("Dengue NS1", "parvovirus B19 IgM", "hepatitis E IgM"). Pure; built once with the lexicon.
 */
import type { FindingDef } from '../../core/model.js';
import { phraseForms } from './tokenize.js';

/** Code system of an organism finding: the code is the organism's name. */
export const ORGANISM_SYSTEM = 'https://ddx.dev/organism';

/** One way a note writes an organism, from its first token on (normalised token forms). */
export interface OrganismForm {
  /** Tokens after the first: the epithet (or ". epithet" for an initial), a virus name's other words. */
  readonly rest: readonly string[];
  /** The first token must be written with a capital (an abbreviated genus). */
  readonly capital: boolean;
  readonly findingIds: readonly string[];
}

/** First normalised token -> the organism forms that start with it. */
export type OrganismIndex = ReadonlyMap<string, readonly OrganismForm[]>;

/** The organism forms of the model's organism findings; undefined when the model has none. */
export function organismIndex(findings: readonly FindingDef[]): OrganismIndex | undefined {
  const byKey = new Map<string, { first: string; rest: string[]; capital: boolean; ids: string[] }>();
  const add = (forms: readonly string[], capital: boolean, id: string): void => {
    if (forms.length === 0) return;
    const k = `${capital ? '^' : ''}${forms.join(' ')}`;
    const e = byKey.get(k) ?? byKey.set(k, { first: forms[0] as string, rest: forms.slice(1), capital, ids: [] }).get(k)!;
    if (!e.ids.includes(id)) e.ids.push(id);
  };
  for (const f of findings) {
    for (const c of f.codes ?? []) {
      if (c.system !== ORGANISM_SYSTEM) continue;
      const name = c.code;
      const binomial = /^([A-Z][a-z]+) ([a-z]+)$/.exec(name);
      if (/virus\b/i.test(name)) {
        const forms = phraseForms(name);
        add(forms, false, f.id);
        // "Dengue virus" is written "Dengue NS1", "hepatitis E virus" "hepatitis E IgM": the name without "virus".
        if (forms.length > 1 && forms[forms.length - 1] === 'virus') add(forms.slice(0, -1), false, f.id);
      } else if (binomial) {
        const genus = (binomial[1] as string).toLowerCase();
        const epithet = binomial[2] as string;
        add([genus, epithet], false, f.id);
        add([genus], false, f.id);
        add([genus[0] as string, '.', epithet], true, f.id);
      } else if (/^[A-Z][a-z]+$/.test(name)) add([name.toLowerCase()], false, f.id);
    }
  }
  if (byKey.size === 0) return undefined;
  const out = new Map<string, OrganismForm[]>();
  for (const e of [...byKey.values()].sort((a, b) => b.rest.length - a.rest.length)) {
    const l = out.get(e.first) ?? out.set(e.first, []).get(e.first)!;
    l.push({ rest: e.rest, capital: e.capital, findingIds: e.ids.sort() });
  }
  return out;
}
