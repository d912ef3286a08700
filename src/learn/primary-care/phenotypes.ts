/**
 * Disease -> finding knowledge from general sources, read at build time (docs/primary-care.md,
 * "Knowledge from the ontologies"): HPO disease annotations (phenotype.hpoa, with frequencies, onset
 * and inheritance) and the HPO ontology (labels, synonyms, is_a), and the Human Disease Ontology's
 * machine-readable disease -> symptom links (disease-symptom.tsv, "has symptom" rules of
 * DO-subClassOf-anonymous). HPO terms and DO symptoms are mapped to the model's findings by one
 * general rule (the notes pipeline reads the term's label or synonyms; else its nearest is_a ancestor
 * that reads), never by hand per disease.
 */
import { taxonName } from './organisms.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings, type Mention } from '../../intake/notes/index.js';
import { parseHpoJson as readHpoJson } from '../phenopackets/hpo-json.js';
import { parseFrequency as annotationFrequency, parseHpoa as readAnnotations } from '../phenopackets/hpoa.js';

export interface HpoTerm { readonly label: string; readonly synonyms: readonly string[]; readonly parents: readonly string[] }
export interface HpoAnnotation {
  readonly hpo: string;
  readonly freq: number | undefined;
  /** HPO marks the phenotype a hallmark of the disease (very frequent or obligate): a frequency of at least FREQUENT_MIN as stated (see there). */
  readonly frequent?: boolean;
}
export interface HpoDisease {
  readonly id: string;
  readonly name: string;
  readonly phenotypes: readonly HpoAnnotation[];
  readonly onsets: readonly string[];
  readonly inheritance: readonly string[];
}

export interface Phenotypes {
  readonly terms: ReadonlyMap<string, HpoTerm>;
  /** "OMIM:203400" / "ORPHA:558" -> the disease's annotations. */
  readonly diseases: ReadonlyMap<string, HpoDisease>;
  /** DOID -> symptom labels (disease-symptom.tsv and "has symptom" rules). */
  readonly doSymptoms: ReadonlyMap<string, readonly string[]>;
  /** DOID -> the taxa of its "has material basis in" rules (`organisms.ts`); absent in small test builds. */
  readonly doAgents?: ReadonlyMap<string, readonly string[]>;
  readonly files: readonly { name: string; text: string }[];
}

const gz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

/** Weight, in patients, of the default frequency a counted frequency ("n/m") is shrunk toward. */
export const HPO_COUNT_PRIOR = 2;

/**
 * An HPO frequency column as a probability for the broad model: the rare-disease reader's value
 * (`phenopackets/hpoa.ts`), except that "excluded" (HP:0040285) is null, dropping the annotation, and
 * a count from a case report ("1/1", "2/2"), which says little, is shrunk toward HPO_DEFAULT_P with the
 * weight of HPO_COUNT_PRIOR patients, as SymCat's tiny-sample lists are capped.
 */
export function parseFrequency(s: string): number | undefined | null {
  if (s === EXCLUDED) return null;
  const frac = /^(\d+)\/(\d+)$/.exec(s);
  if (frac) return Number(frac[2]) > 0 ? (Number(frac[1]) + HPO_COUNT_PRIOR * HPO_DEFAULT_P) / (Number(frac[2]) + HPO_COUNT_PRIOR) : undefined;
  return annotationFrequency(s);
}
const EXCLUDED = 'HP:0040285';
/**
 * The lower bound of HPO's "Very frequent" band (HP:0040281, "present in 80% to 99% of the cases"): an annotation
 * whose frequency column, as stated (HP:0040280 obligate, HP:0040281 very frequent, or an n/m or a percentage before
 * any shrinking), reaches it is a hallmark HPO marks for the disease; the "Frequent" band (HP:0040282, 30-79 %) and
 * an empty column mark nothing. Session 33 used the frequent band's bound (.3); session 35 (docs/sessions/35-coverage8.md)
 * found two frequent-band signs a common condition's source does not name lifting a coded condition above it.
 */
export const FREQUENT_MIN = 0.8;

/** OMIM and Orphanet diseases of phenotype.hpoa (read by the rare-disease reader), without NOT or excluded annotations. */
export function parseHpoa(text: string): Map<string, HpoDisease> {
  const out = new Map<string, HpoDisease>();
  for (const [id, d] of readAnnotations(text)) {
    if (!(id.startsWith('OMIM:') || id.startsWith('ORPHA:'))) continue;
    const phenotypes: HpoAnnotation[] = [];
    for (const a of d.phenotypes) {
      const freq = a.not ? null : parseFrequency(a.frequencyText);
      if (freq !== null) phenotypes.push({ hpo: a.term, freq, frequent: (annotationFrequency(a.frequencyText) ?? 0) >= FREQUENT_MIN });
    }
    out.set(id, { id, name: d.name, phenotypes, onsets: d.onsets, inheritance: d.inheritance });
  }
  return out;
}

/** The current HPO terms of hp.json (the rare-disease reader's), with their exact synonyms only. */
export function parseHpoJson(text: string): Map<string, HpoTerm> {
  const out = new Map<string, HpoTerm>();
  for (const t of readHpoJson(text).terms.values()) {
    if (!t.obsolete) out.set(t.id, { label: t.name, synonyms: t.exactSynonyms ?? [], parents: t.parents });
  }
  return out;
}

/** disease-symptom.tsv rows and the "'has symptom' some X" rules of DO-subClassOf-anonymous. */
export function parseDoSymptoms(pairs: string, rules: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of pairs.split('\n').slice(1)) {
    const [d, , , s] = line.split('\t');
    if (d && s) addOnce(out, d.trim(), s.trim());
  }
  addDoRuleObjects(out, rules, 'has symptom', (s) => s.trim());
  return out;
}

/** DOID -> the taxa of its "has material basis in" rules, as `taxonName` reads them (organisms.ts). */
export function parseDoAgents(rules: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  addDoRuleObjects(out, rules, 'has material basis in', taxonName);
  return out;
}

const addOnce = (out: Map<string, string[]>, d: string, o: string): void => {
  const l = out.get(d) ?? out.set(d, []).get(d)!;
  if (!l.includes(o)) l.push(o);
};

/**
 * Add to `out`, by DOID in file order and each once, the objects of one relation of DO's logical definitions
 * (DO-subClassOf-anonymous.tsv: "'has symptom' some 'skin rash'", "'has material basis in' some Babesia"), as `keep`
 * reads them (undefined: left out).
 */
function addDoRuleObjects(out: Map<string, string[]>, rules: string, relation: string, keep: (object: string) => string | undefined): void {
  const re = new RegExp(`'${relation}' some (?:'([^']+)'|([\\w-]+))`, 'g');
  for (const line of rules.split('\n').slice(1)) {
    const [d, , r] = line.split('\t');
    if (!d || !r) continue;
    for (const m of r.matchAll(re)) {
      const o = keep((m[1] ?? m[2])!);
      if (o !== undefined) addOnce(out, d.trim(), o);
    }
  }
}

/** Read the HPO terms and annotations and the DO disease-symptom links from the data folder. */
export function readPhenotypes(dataDir: string): Phenotypes {
  const hpoa = gz(join(dataDir, 'hpo', 'phenotype.hpoa.gz'));
  const hp = gz(join(dataDir, 'hpo', 'hp.json.gz'));
  const pairs = gz(join(dataDir, 'ontologies', 'doid', 'disease-symptom.tsv.gz'));
  const rules = gz(join(dataDir, 'ontologies', 'doid', 'DO-subClassOf-anonymous.tsv.gz'));
  return {
    terms: parseHpoJson(hp), diseases: parseHpoa(hpoa), doSymptoms: parseDoSymptoms(pairs, rules), doAgents: parseDoAgents(rules),
    files: [
      { name: 'hpo/phenotype.hpoa.gz', text: hpoa }, { name: 'hpo/hp.json.gz', text: hp },
      { name: 'ontologies/doid/disease-symptom.tsv.gz', text: pairs }, { name: 'ontologies/doid/DO-subClassOf-anonymous.tsv.gz', text: rules },
    ],
  };
}

/** Finding kinds a phenotype or symptom may map to (not vital-sign or test results: their specificity is the catalog's). */
const MAPPABLE = new Set(['symptom', 'sign', 'history']);
/** The phenotype lexicon: the findings of `findings` a phenotype or symptom may map to (MAPPABLE kinds), in the given order. */
export function phenotypeLexicon(findings: readonly FindingDef[]): FindingDef[] {
  return findings.filter((f) => MAPPABLE.has(f.kind));
}
/** Share of a label's letters the recognised mentions must cover. */
export const MIN_LABEL_COVERAGE = 0.7;
/** How far up the HPO is_a hierarchy a term may borrow its finding ("Focal clonic seizure" -> "Seizure"). */
export const HPO_ANCESTOR_DEPTH = 1;

/** The mentions a build reader counts: affirmed, not uncertain or hypothetical, the patient's, no categorical value. */
export function presentMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !m.negated && !m.uncertain && !m.hypothetical && m.experiencer === 'patient' && m.valueId === undefined);
}

/**
 * A reader from short text (a phenotype label) to the model findings the notes pipeline reads in it:
 * present, affirmed mentions only, and only when they cover `minCoverage` of the text's letters (any
 * letter at all when 0).
 */
export function coverageReader(findings: readonly FindingDef[], minCoverage = MIN_LABEL_COVERAGE): (s: string) => string[] {
  const lex = buildLexicon({ id: 'primary-care', version: 'build', findings });
  const textCache = new Map<string, string[]>();
  return (s: string): string[] => {
    let r = textCache.get(s);
    if (r) return r;
    // Exact reading only: the notes' loose two-word pairs would fold a label into a finding that merely
    // shares its words ("Joint stiffness"), changing the model whenever the reader's tolerance changes.
    const x = extractFindings(s, lex, { loosePairs: false });
    const ms = x.ok ? presentMentions(x.value.mentions) : [];
    // The mentions must read most of the label: "reflux" alone in "Vesicoureteral reflux" or
    // "depressed" in "Depressed nasal bridge" is another thing.
    const covered = new Set<number>();
    for (const m of ms) for (let i = m.span.start; i < m.span.end; i++) covered.add(i);
    const letters = s.replace(/[^A-Za-z]/g, '').length;
    const read = [...covered].filter((i) => /[A-Za-z]/.test(s[i]!)).length;
    r = letters > 0 && read > 0 && read / letters >= minCoverage ? [...new Set(ms.map((m) => m.findingId))].sort() : [];
    textCache.set(s, r);
    return r;
  };
}

/**
 * A mapper from phenotype text and HPO terms to model findings, through the notes pipeline over the
 * model's own lexicon: present, affirmed mentions of symptom, sign and history findings only.
 */
export function phenotypeMapper(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): { text: (s: string) => string[]; hpo: (id: string) => string[] } {
  const text = coverageReader(phenotypeLexicon(findings));
  const hpoCache = new Map<string, string[]>();
  const own = (id: string): string[] => {
    const t = terms.get(id);
    if (!t) return [];
    const r = text(t.label);
    if (r.length > 0) return r;
    for (const s of t.synonyms) { const q = text(s); if (q.length > 0) return q; }
    return [];
  };
  const hpo = (id: string): string[] => {
    let r = hpoCache.get(id);
    if (r) return r;
    r = own(id);
    let level = [id];
    for (let d = 0; r.length === 0 && d < HPO_ANCESTOR_DEPTH; d++) {
      level = [...new Set(level.flatMap((x) => terms.get(x)?.parents ?? []))].sort();
      // An ancestor lends its label only (its synonyms are broader still and read noisily).
      r = [...new Set(level.flatMap((x) => { const t = terms.get(x); return t && !/^abnormal/i.test(t.label) ? text(t.label) : []; }))].sort();
    }
    hpoCache.set(id, r);
    return r;
  };
  return { text, hpo };
}

/** P(finding | disease) of a DO "has symptom" link (no frequency given: a key feature, taken as "common" but below it). */
export const DO_SYMPTOM_P = 0.4;
/** P(finding | disease) of an HPO annotation without a frequency. */
export const HPO_DEFAULT_P = 0.4;
/** A disease new to the model needs at least this many distinct findings it can be recognised by. */
export const MIN_NEW_FINDINGS = 3;

/** HPO onset terms -> an age profile of build.ts (AGE_PROFILES). */
const ONSET_PROFILE: Readonly<Record<string, string>> = {
  'HP:0003577': 'early', 'HP:0003623': 'early', 'HP:0003593': 'early', 'HP:0030674': 'early', // congenital, neonatal, infantile, antenatal
  'HP:0011463': 'childhood', 'HP:0003621': 'childhood', // childhood, juvenile
  'HP:0011462': 'young', 'HP:0003581': 'adult', 'HP:0003596': 'middle', 'HP:0003584': 'older', // young adult, adult, middle age, late
};
const X_LINKED_RECESSIVE = 'HP:0001419';

export interface NewCondition {
  readonly id: string;
  readonly name: string;
  readonly doid: string;
  readonly icd10: readonly string[];
  readonly age: string;
  readonly sex: string;
  /** 'hpo' when HPO annotates it (a rare disease in OMIM/Orphanet), else 'do'. */
  readonly source: 'do' | 'hpo';
  readonly findings: ReadonlyMap<string, number>;
}

export interface PhenotypeKnowledge {
  /** Existing condition id -> finding -> p, to fill gaps (values already set win). */
  readonly existing: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly added: readonly NewCondition[];
}

interface DoLike { readonly id: string; readonly name: string; readonly icd10: readonly string[] }
interface MondoLike { readonly doid: readonly string[]; readonly rare: readonly string[] }

/**
 * Findings of DO terms, and the diseases the model lacks. A DO term's findings: its DO symptom links
 * (DO_SYMPTOM_P) and the HPO annotations of the OMIM/Orphanet diseases MONDO matches exactly to it
 * (HPO frequency, HPO_DEFAULT_P when none), each mapped by `phenotypeMapper`; the highest value per
 * finding. Existing conditions get the findings of the DO terms they are linked to; a DO term linked
 * to no condition becomes a new condition when it has MIN_NEW_FINDINGS findings, with an age profile
 * from its HPO onset and a male-leaning sex profile when X-linked recessive.
 */
export function phenotypeKnowledge(
  doTerms: readonly DoLike[], mondo: readonly MondoLike[], ph: Phenotypes, map: ReturnType<typeof phenotypeMapper>,
  linkedDoids: ReadonlyMap<string, readonly string[]>,
): PhenotypeKnowledge {
  const rareByDoid = new Map<string, string[]>();
  for (const m of mondo) for (const d of m.doid) for (const r of m.rare) if (ph.diseases.has(r)) (rareByDoid.get(d) ?? rareByDoid.set(d, []).get(d)!).push(r);
  const findingsOf = (doid: string): { f: Map<string, number>; hpo: HpoDisease[] } => {
    const f = new Map<string, number>();
    const put = (id: string, p: number): void => { if ((f.get(id) ?? 0) < p) f.set(id, p); };
    for (const s of ph.doSymptoms.get(doid) ?? []) for (const id of map.text(s)) put(id, DO_SYMPTOM_P);
    const hpo = [...new Set(rareByDoid.get(doid) ?? [])].sort().map((r) => ph.diseases.get(r)!);
    for (const d of hpo) for (const a of d.phenotypes) for (const id of map.hpo(a.hpo)) put(id, a.freq ?? HPO_DEFAULT_P);
    return { f, hpo };
  };
  const existing = new Map<string, Map<string, number>>();
  const taken = new Set<string>();
  for (const [cid, doids] of [...linkedDoids].sort((a, b) => a[0].localeCompare(b[0]))) {
    const row = new Map<string, number>();
    for (const d of doids) {
      taken.add(d);
      for (const [fid, p] of findingsOf(d).f) if ((row.get(fid) ?? 0) < p) row.set(fid, p);
    }
    if (row.size > 0) existing.set(cid, row);
  }
  const added: NewCondition[] = [];
  for (const t of [...doTerms].sort((a, b) => a.id.localeCompare(b.id))) {
    if (taken.has(t.id)) continue;
    const { f, hpo } = findingsOf(t.id);
    if (f.size < MIN_NEW_FINDINGS) continue;
    const onsets = hpo.flatMap((d) => d.onsets.map((o) => ONSET_PROFILE[o]).filter((x): x is string => x !== undefined));
    const votes = new Map<string, number>();
    for (const o of onsets) votes.set(o, (votes.get(o) ?? 0) + 1);
    const age = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'all';
    const xlr = hpo.length > 0 && hpo.every((d) => d.inheritance.includes(X_LINKED_RECESSIVE));
    added.push({
      id: `doid-${t.id.slice(5)}`, name: t.name.charAt(0).toUpperCase() + t.name.slice(1), doid: t.id, icd10: t.icd10,
      age, sex: xlr ? 'M' : 'b', source: hpo.length > 0 ? 'hpo' : 'do', findings: f,
    });
  }
  return { existing, added };
}

/** A name as `hpoSynonyms` compares names (lower case, runs of other characters one space): its `diseaseNames` must be normalised the same way. */
export function synonymKey(t: string): string {
  return t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * HPO as a phenotype lexicon: an HPO term whose own label reads as exactly one model finding lends that
 * finding its label and exact synonyms ("Emesis" for vomiting, "Pyrexia" for fever), so notes written
 * in HPO's clinical wording are recognised. Synonyms shorter than four letters (abbreviations) are left out.
 */
export function hpoSynonyms(terms: ReadonlyMap<string, HpoTerm>, map: ReturnType<typeof phenotypeMapper>, findings?: readonly FindingDef[], diseaseNames: ReadonlySet<string> = new Set()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // With the findings given, a term lends its names only when it is the finding's own concept: its label
  // or an exact synonym is already one of the finding's terms ("Vomiting" lends "Emesis" to vomiting),
  // not when its label merely reads the finding inside a longer name ("Lupus anticoagulant" is no
  // anticoagulant use, "Periorbital cellulitis" no eyelid swelling).
  const own = findings ? new Map(findings.map((f) => [f.id, new Set([f.name, ...(f.synonyms ?? [])].map(synonymKey))])) : undefined;
  // A name that is already a term of another finding stays that finding's alone: HPO's exact synonyms can
  // join a symptom and a sign the model keeps apart (HP:0003270 lists "Bloating" under "Abdominal
  // distention"; Rome IV, Lacy BE et al., Gastroenterology 2016;150:1393, separates bloating, the
  // sensation, from distension, the measurable sign), and one word must not read both.
  const owner = new Map<string, Set<string>>();
  for (const [fid, names] of own ?? []) for (const n of names) (owner.get(n) ?? owner.set(n, new Set()).get(n)!).add(fid);
  const othersTerm = (s: string, fid: string): boolean => [...(owner.get(synonymKey(s)) ?? [])].some((o) => o !== fid);
  for (const id of [...terms.keys()].sort()) {
    const t = terms.get(id)!;
    const f = map.text(t.label);
    if (f.length !== 1) continue;
    const names = own?.get(f[0]!);
    if (own && !(names && [t.label, ...t.synonyms].some((s) => names.has(synonymKey(s))))) continue;
    const list = out.get(f[0]!) ?? out.set(f[0]!, []).get(f[0]!)!;
    for (const s of [t.label, ...t.synonyms]) if (s.replace(/[^A-Za-z]/g, '').length >= 4 && !list.includes(s) && !diseaseNames.has(synonymKey(s)) && !othersTerm(s, f[0]!)) list.push(s);
  }
  return out;
}

/** HPO's root of phenotypic abnormalities: only its descendants become findings (not inheritance, onset or course terms). */
const PHENOTYPIC_ABNORMALITY = 'HP:0000118';
/** How many is_a levels a disease's annotation also counts for (a disease with "Postaxial hand polydactyly" has "Polydactyly"). */
export const PHENOTYPE_ANCESTOR_LEVELS = 2;
/** Leak bounds of a phenotype finding: the share of HPO-annotated diseases listing it, clamped like SymCat's leaks. */
export const PHENOTYPE_LEAK_MIN = 0.002;
export const PHENOTYPE_LEAK_MAX = 0.05;
/**
 * A phenotype listed by more than this share of HPO-annotated diseases is a grouping or a generic sign
 * ("Behavioral abnormality" 17%, "Growth delay" 22%, "Constitutional symptom" 10.3%), not a finding;
 * the common dysmorphic signs stay (micrognathia and low-set ears 8.9%, cleft palate 7%).
 */
export const PHENOTYPE_MAX_SHARE = 0.1;

/** A phenotype finding's id: "hp-" and its HPO label as a slug. */
export function phenotypeId(label: string): string {
  return `hp-${label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export interface PhenotypeFinding {
  /** `hp-iris-coloboma` for HP:0000612 (the label as a slug: readable, and no number that looks like an identifier). */
  readonly id: string;
  readonly hpo: string;
  readonly name: string;
  /** HPO exact synonyms of four letters or more that the model's lexicon does not already read. */
  readonly synonyms: readonly string[];
  readonly leak: number;
  /** Existing condition id -> P(phenotype | condition). */
  readonly conditions: ReadonlyMap<string, number>;
}

/**
 * One model finding per HPO phenotype that an existing condition's linked OMIM/Orphanet annotations
 * (`linkedRare`: condition id -> "OMIM:n"/"ORPHA:n", through MONDO's exact matches of its DOID and MONDO codes)
 * carry and that the model's lexicon cannot read (docs/log/primary-care-history.md, "Phenotype findings"): the
 * specific features (cleft palate, iris coloboma, xerostomia, ...) that the generic findings lose. A
 * disease's annotation counts for the term and its is_a ancestors up to PHENOTYPE_ANCESTOR_LEVELS
 * ("Abnormal..." groupings excluded), with the HPO frequency (the highest when several); the leak is
 * the share of all HPO-annotated diseases that list the term or a descendant, clamped to
 * [PHENOTYPE_LEAK_MIN, PHENOTYPE_LEAK_MAX], so a phenotype many diseases share is weak evidence and a
 * specific one strong. `reads(text)` says whether the model's full lexicon (any finding kind) already
 * reads a text; such terms and synonyms are left to the existing findings. The conditions in `frequentOnly` count
 * only the annotations HPO marks as frequent (`HpoAnnotation.frequent`).
 */
export function phenotypeFindings(
  ph: Phenotypes, linkedRare: ReadonlyMap<string, readonly string[]>, reads: (s: string) => boolean, isCondition: (s: string) => boolean,
  frequentOnly: ReadonlySet<string> = new Set(),
): PhenotypeFinding[] {
  const { terms } = ph;
  const underRoot = new Map<string, boolean>();
  const isPhenotype = (id: string, seen = new Set<string>()): boolean => {
    const c = underRoot.get(id);
    if (c !== undefined) return c;
    if (id === PHENOTYPIC_ABNORMALITY) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    const r = (terms.get(id)?.parents ?? []).some((p) => isPhenotype(p, seen));
    underRoot.set(id, r);
    return r;
  };
  const lifted = (id: string): string[] => {
    const out = [id];
    let level = [id];
    for (let d = 0; d < PHENOTYPE_ANCESTOR_LEVELS; d++) {
      level = [...new Set(level.flatMap((x) => terms.get(x)?.parents ?? []))].filter((x) => x !== PHENOTYPIC_ABNORMALITY && !/^abnormal/i.test(terms.get(x)?.label ?? 'abnormal'));
      out.push(...level);
    }
    return [...new Set(out)];
  };
  // Share of diseases listing each term (with its descendants' annotations lifted to it).
  const listedBy = new Map<string, number>();
  for (const d of ph.diseases.values()) {
    const s = new Set(d.phenotypes.flatMap((a) => lifted(a.hpo)));
    for (const t of s) listedBy.set(t, (listedBy.get(t) ?? 0) + 1);
  }
  const nDiseases = Math.max(1, ph.diseases.size);
  const byTerm = new Map<string, Map<string, number>>();
  for (const [cid, rare] of [...linkedRare].sort((a, b) => a[0].localeCompare(b[0]))) {
    const diseases = [...new Set(rare)].filter((r) => ph.diseases.has(r)).sort().map((r) => ph.diseases.get(r)!);
    const strict = frequentOnly.has(cid);
    for (const d of diseases) for (const a of d.phenotypes) if (!strict || a.frequent === true) for (const t of lifted(a.hpo)) {
      const row = byTerm.get(t) ?? byTerm.set(t, new Map()).get(t)!;
      const p = a.freq ?? HPO_DEFAULT_P;
      if ((row.get(cid) ?? 0) < p) row.set(cid, p);
    }
  }
  const out: PhenotypeFinding[] = [];
  for (const t of [...byTerm.keys()].sort()) {
    const term = terms.get(t);
    if (!term || !isPhenotype(t) || /^abnormal/i.test(term.label)) continue;
    // A phenotype most diseases share is a grouping ("Behavioral abnormality"), not evidence.
    const share = (listedBy.get(t) ?? 1) / nDiseases;
    if (share > PHENOTYPE_MAX_SHARE) continue;
    // Words the lexicon already reads stay with their findings: a longer HPO phrase around them
    // ("progressive hearing loss") would take the mention from the finding the conditions list. A
    // phenotype that is itself a condition of the model ("Myocardial infarction") is a diagnosis.
    const names = [term.label, ...term.synonyms].filter((s) => s.replace(/[^A-Za-z]/g, '').length >= 4);
    if (names.some(isCondition) || reads(term.label)) continue;
    const synonyms = names.slice(1).filter((s) => !reads(s));
    out.push({
      id: phenotypeId(term.label), hpo: t, name: term.label, synonyms: [...new Set(synonyms)],
      leak: Math.min(PHENOTYPE_LEAK_MAX, Math.max(PHENOTYPE_LEAK_MIN, share)), conditions: byTerm.get(t)!,
    });
  }
  return out;
}

/**
 * The phenotype findings and coded conditions of a build with coded candidates (build.ts 4d, `candidates`): a finding
 * exists only when a condition that is no candidate lists it, so the candidates change no finding, leak or existing
 * likelihood; a candidate enters when at least `min` of those findings list it.
 */
export function codedPhenotypeEntries(pfs: readonly PhenotypeFinding[], candidates: ReadonlySet<string>, min = MIN_NEW_FINDINGS): { findings: PhenotypeFinding[]; enter: Set<string> } {
  const findings = pfs.filter((pf) => [...pf.conditions.keys()].some((cid) => !candidates.has(cid)));
  const count = new Map<string, number>();
  for (const pf of findings) for (const cid of pf.conditions.keys()) if (candidates.has(cid)) count.set(cid, (count.get(cid) ?? 0) + 1);
  return { findings, enter: new Set([...count].filter(([, n]) => n >= min).map(([cid]) => cid)) };
}
