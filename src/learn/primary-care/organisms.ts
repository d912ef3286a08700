/**
 * Organism findings of the broad model (issue 13, numbers in notes): a laboratory result that names the organism of
 * one of the model's infections ("T. gondii IgM positive", "Throat NAAT: M. pneumoniae DNA detected", "Dengue NS1
 * antigen positive") is the condition's own test, and no other finding of the model says it.
 *
 * Which organism causes which condition is the disease ontology's word, not ours:
 * - the Human Disease Ontology's logical definitions, "'has material basis in' some 'Toxoplasma gondii'"
 *   (DO-subClassOf-anonymous.tsv; Schriml LM et al. 2022, Nucleic Acids Res 50:D1255-61), for the DOIDs the
 *   condition is linked to; a taxon written as a binomial or a genus (a capitalised Latin name, as the codes of
 *   nomenclature write it), other agents (a gene, "susceptibility to ...") left out;
 * - and a virus the condition's own names call its cause ("Dengue virus infection", "parvovirus B19 infection",
 *   "Rubella virus caused disease or disorder"), since DO writes viruses by their ICTV binomials ("Orthoflavivirus
 *   denguei"), which notes do not use.
 * One finding per organism, listed for every condition it causes. Its likelihood is the catalog's own for a test that
 * names one organism: the median sensitivity (for the infection the test names) and the median specificity of the
 * catalog's organism tests (`ORGANISM_TEST_SOURCES`, each cited in tests.json), so a positive result weighs as the
 * cited tests of the same family do, not by a constant chosen here. The findings are read from notes only
 * (`intake/notes/organism-tests.ts`), never asked: no action reveals them.
 */
import type { BinaryFinding, Coding } from '../../core/model.js';
import { ORGANISM_SYSTEM } from '../../intake/notes/organism-names.js';
import { roundSig } from '../artifact.js';
import type { CatalogFinding } from './knowledge.js';

/** The catalog's tests that name one organism (tests.json): their medians are the organism findings' likelihood. */
export const ORGANISM_TEST_SOURCES: readonly string[] = [
  'chlamydia-naat-positive', 'cmv-igm-positive', 'coccidioides-antibody-positive', 'ebv-antibody-positive', 'gonorrhea-naat-positive',
  'h-pylori-positive', 'histoplasma-antigen-positive', 'hiv-test-positive', 'hsv-pcr-positive', 'influenza-pcr-positive',
  'influenza-test-positive', 'lyme-serology-positive', 'malaria-smear-positive', 'rapid-strep-positive', 'sars-cov-2-positive',
  'syphilis-serology-positive', 'tb-igra-positive',
];

/**
 * The catalog's tests that name one organism, with the hepatitis markers (whose sensitivities are for viral hepatitis
 * at large, so they are not in the medians): a condition one of them lists already has its organism's test.
 */
export const ORGANISM_TESTS: readonly string[] = [...ORGANISM_TEST_SOURCES, 'hav-igm-positive', 'hbsag-positive', 'hcv-antibody-positive'];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Sensitivity and specificity of an organism finding: the medians over `ORGANISM_TEST_SOURCES` of each test's
 * highest listed sensitivity (the infection it names) and of its specificity. Undefined when the catalog lacks them.
 */
export function organismTestLikelihood(catalog: Readonly<Record<string, CatalogFinding>>): { sens: number; spec: number } | undefined {
  const sens: number[] = [];
  const spec: number[] = [];
  for (const id of ORGANISM_TEST_SOURCES) {
    const f = catalog[id];
    if (!f) continue;
    const ps = Object.values(f.sens).map((v) => v[0]);
    if (ps.length === 0) continue;
    sens.push(Math.max(...ps));
    spec.push(f.spec);
  }
  return sens.length === 0 ? undefined : { sens: roundSig(median(sens), 4), spec: roundSig(median(spec), 4) };
}

/**
 * Names DO gives as an agent that name no one organism a test reports: the domains and kingdoms ("Bacteria", "Fungi",
 * "Viruses"), names of higher ranks by their endings (phylum "-ota" / "-mycota", order "-ales", family "-aceae" /
 * "-idae", superfamily "-oidea", ICN Art. 16-19 and ICZN Art. 29), and English words ("Scarring").
 */
const NOT_ONE_ORGANISM = /^(?:Bacteria|Archaea|Fungi|Viruses|Eukaryota)$|(?:ota|ales|aceae|idae|oidea|ing)$/;

/** The infections a test names: the conditions of its highest listed sensitivity. */
export function namedInfections(test: CatalogFinding | undefined): string[] {
  if (!test) return [];
  const top = Math.max(...Object.values(test.sens).map((v) => v[0]));
  return Object.entries(test.sens).filter(([, v]) => v[0] === top).map(([c]) => c);
}

/** A taxon name as DO writes an agent: a binomial (an infraspecific rank dropped) or a genus; else undefined. */
export function taxonName(agent: string): string | undefined {
  const m = /^([A-Z][a-z]{2,30})(?: ([a-z]{3,30}))?(?: (?:subsp|var|serovar|pv)\. .*)?$/.exec(agent.trim());
  if (!m || NOT_ONE_ORGANISM.test(m[1] as string)) return undefined;
  return m[2] !== undefined ? `${m[1]} ${m[2]}` : m[1];
}

/** A virus a condition's name calls its cause: "Dengue virus infection" -> "Dengue virus", "parvovirus B19 infection" -> "parvovirus B19". */
export function virusName(name: string): string | undefined {
  const m = /^((?:[A-Za-z][\w-]* ){0,3}[A-Za-z-]*virus(?: [A-Z]?\d{1,3}| [A-Z])?) (?:infection|infectious disease|caused disease or disorder|disease or disorder)$/i.exec(name.trim());
  return m ? m[1] : undefined;
}

/** The organism finding of one organism: read from notes only, coded by its name. */
export function organismFinding(organism: string, leak: number): BinaryFinding {
  const codes: Coding[] = [{ system: ORGANISM_SYSTEM, code: organism }];
  return { id: `organism-${organism.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, name: `${organism} detected`, synonyms: [], kind: 'lab', valueType: 'binary', leak, codes };
}

/**
 * Organism -> the conditions it causes: DO agents of each condition's DOIDs, then viruses its names call its cause.
 * `conditions` in a stable order; the result's keys and lists are sorted.
 */
export function conditionOrganisms(conditions: readonly { id: string; names: readonly string[]; doids: readonly string[] }[], agents: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (o: string, c: string): void => {
    const l = out.get(o) ?? out.set(o, []).get(o)!;
    if (!l.includes(c)) l.push(c);
  };
  for (const c of conditions) {
    for (const d of c.doids) for (const o of agents.get(d) ?? []) add(o, c.id);
    for (const n of c.names) {
      const v = virusName(n);
      if (v !== undefined) add(v, c.id);
    }
  }
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])).map(([o, cs]) => [o, cs.sort()]));
}
