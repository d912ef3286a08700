/**
 * Phenotype profiles for diseases MONDO knows (by OMIM id) that have no HPO annotation, derived from
 * general knowledge rather than from cases: the pooled annotations of the annotated members of the
 * same numbered series ("developmental and epileptic encephalopathy 118" borrows from DEE 1..90), and
 * the phenotypes the disease name states. The result is a noisy-OR style closure per disease
 * (P(term or a descendant | disease) for every listed term), weaker than a real annotation. Pure.
 */
import type { MondoOmimDisease } from '../mondo-diseases.js';
import { ancestors, normaliseLabel, type Ontology } from './obo.js';
import { groupBySeries, seriesKey } from './label-stem.js';
import { termsInLabel, type LabelTermIndex } from './label-terms.js';

export interface DerivedProfileOptions {
  /** Borrow from series members (false: the name only). */
  readonly series: boolean;
  /** Use the phenotypes the name states (false: series only). */
  readonly label: boolean;
  /** A pooled series term is kept when at least this share of the members show it (mean closure probability). */
  readonly seriesMin: number;
  /** Members a series needs before it lends a profile. */
  readonly minMembers: number;
  /** P(term | disease) of a phenotype the disease name states (and of its ancestors). */
  readonly labelFrequency: number;
  /** Most terms a derived profile lists (the most informative pooled terms are kept). */
  readonly maxTerms: number;
  /**
   * Without a series: pool this many annotated diseases (0: none) that show every phenotype the name
   * states, those showing them most strongly first. A name states the defining features; diseases
   * sharing them share much of the rest ("neurodevelopmental disorder with seizures and spasticity").
   */
  readonly nameNeighbours: number;
  /**
   * Weight of a series member whose name states the same inheritance as the disease's name
   * ("autosomal dominant", "autosomal recessive", "X-linked"; 1: all members alike). Within a series
   * the dominant and recessive forms differ (pure vs complicated spastic paraplegias, for instance).
   */
  readonly inheritanceWeight?: number;
  /** Weight of a series member per phenotype the disease name states that it shows (closure >= 0.25; 1: all alike). */
  readonly namedTermWeight?: number;
}

export interface DerivedProfile {
  readonly id: string;
  readonly mondo: string;
  readonly name: string;
  /** Term -> P(term or a descendant | disease), explicit over ancestors. */
  readonly closure: ReadonlyMap<string, number>;
  /** The series the profile borrows from, with how many annotated members it pooled. */
  readonly series?: { readonly key: string; readonly members: number };
  /** Without a series: how many annotated diseases with the named phenotypes it pooled. */
  readonly neighbours?: number;
  /** Terms the disease name states. */
  readonly labelTerms: readonly string[];
}

export interface DerivedInputs {
  readonly ontology: Ontology;
  /** Terms a profile may list (the model's phenotype findings). */
  readonly live: ReadonlySet<string>;
  readonly diseases: readonly MondoOmimDisease[];
  /** Annotated disease id -> its names (annotation title, MONDO label). */
  readonly annotatedNames: ReadonlyMap<string, readonly string[]>;
  /** Annotated disease id -> noisy-OR closure of its annotations. */
  readonly closures: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly leakOf: (t: string) => number;
  readonly index: LabelTermIndex;
}

/** (id, name) of every name of the annotated OMIM diseases, for grouping by series. */
function* omimNames(annotatedNames: ReadonlyMap<string, readonly string[]>): Generator<readonly [string, string]> {
  for (const [id, names] of annotatedNames) if (id.startsWith('OMIM:')) for (const n of names) yield [id, n];
}

/** The inheritance a disease name states, if one: "ad", "ar" or "xl". */
export function inheritanceInName(label: string): 'ad' | 'ar' | 'xl' | undefined {
  const n = normaliseLabel(label);
  if (/\bautosomal dominant\b/.test(n)) return 'ad';
  if (/\bautosomal recessive\b/.test(n)) return 'ar';
  if (/\bx ?linked\b/.test(n)) return 'xl';
  return undefined;
}

/**
 * Weight of each member in the pool: members whose name states the disease's own inheritance, and
 * members showing the phenotypes the disease name states, count more (both 1 by default: a plain mean).
 */
function memberWeights(members: readonly string[], d: { label: string; labelTerms: readonly string[] }, inp: DerivedInputs, opts: DerivedProfileOptions): number[] {
  const inh = inheritanceInName(d.label);
  const wInh = opts.inheritanceWeight ?? 1;
  const wNamed = opts.namedTermWeight ?? 1;
  return members.map((m) => {
    let w = 1;
    if (inh !== undefined && wInh !== 1 && (inp.annotatedNames.get(m) ?? []).some((x) => inheritanceInName(x) === inh)) w *= wInh;
    if (wNamed !== 1) {
      const cl = inp.closures.get(m);
      for (const t of d.labelTerms) if ((cl?.get(t) ?? 0) >= 0.25) w *= wNamed;
    }
    return w;
  });
}

/** Weighted mean closure over the members, keeping terms at least `min` and at most `max` of them by expected evidence. */
function pooled(members: readonly string[], inp: DerivedInputs, min: number, max: number, weights?: readonly number[]): Map<string, number> {
  const sum = new Map<string, number>();
  let total = 0;
  members.forEach((m, i) => {
    const w = weights?.[i] ?? 1;
    total += w;
    for (const [t, p] of inp.closures.get(m) ?? []) sum.set(t, (sum.get(t) ?? 0) + w * p);
  });
  const kept = [...sum]
    .map(([t, s]) => [t, s / total] as const)
    .filter(([t, p]) => p >= min && p > inp.leakOf(t))
    .map(([t, p]) => ({ t, p, e: p * Math.log(p / inp.leakOf(t)) }))
    .sort((a, b) => b.e - a.e || (a.t < b.t ? -1 : 1))
    .slice(0, max);
  return new Map(kept.map((x) => [x.t, x.p]));
}

/** Annotated OMIM diseases showing every given term (closure probability >= 0.25), strongest first, at most `max`. */
function nameNeighbours(termsNamed: readonly string[], inp: DerivedInputs, max: number): string[] {
  if (termsNamed.length === 0 || max <= 0) return [];
  const scored: { id: string; s: number }[] = [];
  for (const id of [...inp.annotatedNames.keys()].sort()) {
    if (!id.startsWith('OMIM:')) continue;
    const cl = inp.closures.get(id);
    if (!cl) continue;
    let s = 0;
    for (const t of termsNamed) {
      const p = cl.get(t) ?? 0;
      if (p < 0.25) {
        s = -1;
        break;
      }
      s += p;
    }
    if (s > 0) scored.push({ id, s });
  }
  return scored.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).slice(0, max).map((x) => x.id);
}

/**
 * A derived profile for each MONDO OMIM disease without annotation that a series or its name gives
 * any phenotype; sorted by id. Diseases with neither are left out (a condition with no profile could
 * only rank by its prior).
 */
export function derivedProfiles(inp: DerivedInputs, opts: DerivedProfileOptions): DerivedProfile[] {
  const groups = opts.series ? groupBySeries(omimNames(inp.annotatedNames)) : new Map<string, string[]>();
  const out: DerivedProfile[] = [];
  for (const d of inp.diseases) {
    if (inp.annotatedNames.has(d.omim)) continue;
    const key = seriesKey(d.label);
    const members = key !== undefined ? groups.get(key) ?? [] : [];
    const labelTerms = opts.label ? termsInLabel(inp.index, d.label).filter((t) => inp.live.has(t)) : [];
    const inSeries = members.length >= opts.minMembers;
    const near = inSeries ? [] : nameNeighbours(labelTerms, inp, opts.nameNeighbours);
    const closure = inSeries ? pooled(members, inp, opts.seriesMin, opts.maxTerms, memberWeights(members, { label: d.label, labelTerms }, inp, opts)) : near.length >= opts.minMembers ? pooled(near, inp, opts.seriesMin, opts.maxTerms) : new Map<string, number>();
    for (const t of labelTerms) {
      for (const u of [t, ...ancestors(inp.ontology, t)]) if (inp.live.has(u)) closure.set(u, Math.max(closure.get(u) ?? 0, opts.labelFrequency));
    }
    if (closure.size === 0) continue;
    out.push({
      id: d.omim,
      mondo: d.mondo,
      name: d.label,
      closure,
      ...(inSeries && key !== undefined ? { series: { key, members: members.length } } : {}),
      ...(near.length >= opts.minMembers ? { neighbours: near.length } : {}),
      labelTerms,
    });
  }
  return out;
}

/**
 * The derived profile as the starting point of a disease only training cases know, drawn toward the
 * background by `shrink` (1: the profile as is; 0: the background): P = leak + shrink * (p - leak).
 */
export function caseOnlyStart(p: DerivedProfile, leakOf: (t: string) => number, shrink: number): Map<string, number> {
  if (shrink >= 1) return new Map(p.closure);
  return new Map([...p.closure].map(([t, v]) => [t, leakOf(t) + shrink * (v - leakOf(t))]));
}

/** Short code of a derived profile's sources: "series", "neighbours", "name", or one of the first two with "+name". */
export function derivationCode(p: DerivedProfile): string {
  return [p.series ? 'series' : p.neighbours ? 'neighbours' : undefined, p.labelTerms.length > 0 ? 'name' : undefined].filter((x) => x !== undefined).join('+');
}

/** A clinician-readable note on where a derived profile comes from. */
export function derivationNote(p: DerivedProfile): string {
  const parts: string[] = [];
  if (p.series) parts.push(`pooled from the ${p.series.members} annotated members of the series "${p.series.key}"`);
  if (p.neighbours) parts.push(`pooled from ${p.neighbours} annotated diseases showing the phenotypes its name states`);
  if (p.labelTerms.length > 0) parts.push(`from the phenotypes its name states`);
  return `No HPO annotation; phenotype profile derived ${parts.join(' and ')} (weaker than an annotation).`;
}
