/**
 * Codes for a gold diagnosis that comes as a bare name (vignettes), from the disease vocabularies
 * (DO, MONDO, ICD-10-CM; `src/learn/primary-care/ontologies.ts`), so the judge can match the same
 * disease under another name through a shared code (docs/log/primary-care-history.md, "Thirteenth
 * session, judge"). General rules only, no list per diagnosis:
 *   - a DO term whose name or EXACT synonym has the gold name's key gives its DOID;
 *   - a MONDO term whose label has the key gives its MONDO id (and its exact DOID matches);
 *   - an ICD-10-CM code title or alphabetic-index term (or the head of an index term before its comma,
 *     "Presbycusis, presbyacusia") with the key gives that code, unless the code is
 *     a residual bin ("Other ...", NEC) that groups different diseases, or a bare three-character
 *     category (its children are different diseases; a category would make every child a match).
 * Keys under six letters are abbreviations and never resolve (as in the model's own linker). ICD-10-CM
 * codes come from the exact normalised name, and a name filed under codes of different categories is
 * ambiguous and gives none.
 *
 * Parent diseases (the judge's scale counts a parent in the disease ontology as correct, score 4), by two
 * general rules, each giving a DO term whose exact names (normalised name and EXACT synonyms) the judge
 * compares with a prediction's own name only. Not its codes: a condition linked by an ICD-10 code can
 * carry its parent's DOID ("Acute lymphoblastic leukemia" carries "lymphoid leukemia"). Not its looser
 * keys: "acute bronchitis" drops to "bronchitis", a parent of its sibling "chronic bronchitis".
 *   - the is_a parents of the DO terms the gold name resolves to ("patellar tendinitis" -> "tendinitis");
 *   - the gold name without its leading modifiers, when what remains is a DO disease name ("Mediastinal
 *     lymphoma" -> "lymphoma"): English names a kind of a disease by words before its head. Only for
 *     names DO does not know (its is_a links know better: "portal hypertension" is no hypertension),
 *     without a preposition (in "Infection with ...", the head is not last), never after "non"/"not",
 *     and DO's exact names only. Classes by mode of inheritance ("autosomal dominant disease") are no parents.
 *   - for a name DO does not know, the name with one adjective premodifier dropped (`adjectiveKinds`,
 *     tenth session): "Monomorphic ventricular tachycardia" -> "ventricular tachycardia" whether or not DO
 *     names it; a noun premodifier stays ("heat stroke" is no stroke).
 * Same-disease names and ancestors (thirteenth session, `sameNames`): the names DO and MONDO give the disease a
 * gold name exactly is, which the judge compares with a prediction's own name; and its DO is_a ancestors by
 * level, which `acceptedIndices` accepts only when no condition is closer (groupings excluded).
 * A parent must lie at least `MIN_PARENT_DEPTH` is_a steps below DO's root: the levels above are
 * groupings by organ or class ("kidney disease", "intestinal disease"), not diagnoses.
 * For a name DO does not know, the ICD-10-CM alphabetic index's own tree gives parents and ancestors too (thirty-ninth
 * session, `index-parents.ts`): "Heart failure with reduced ejection fraction" is the index's "Failure, heart, with,
 * reduced ejection fraction", a kind of "heart failure" (I50.9); ancestors only where DO gives none.
 */
import { isExactLinkKey, normaliseName } from '../../core/disease-names.js';
import { exactKeys, judgeForms, judgeKeys } from '../judge-names.js';
import { DO_DISEASE_MIN_DEPTH, doDepths, type Ontologies } from '../../learn/primary-care/ontologies.js';
import { indexParents, parseIndexHeads } from './index-parents.js';

export interface TruthCodes {
  /** ICD-10-CM codes with their dot ("H91.1"). */
  readonly icd10: readonly string[];
  /** "DOID:1234", "MONDO:0005015". */
  readonly codes: readonly string[];
  /** Normalised names (name and exact synonyms) of parent diseases in DO (see the module header); empty without DO is_a data. */
  readonly parents: readonly string[];
  /**
   * Names of the same disease in the vocabularies, for a gold name that is exactly (in any word order) a DO
   * name or EXACT synonym, a MONDO label, or whose ICD-10-CM code it alone resolves to: the DO term's name and
   * EXACT synonyms, the MONDO label and its exact DOIDs' names, the ICD-10-CM code title. The judge compares
   * them with every name of a prediction, as the gold's own name.
   */
  readonly names: readonly string[];
  /** Normalised names of the DO is_a ancestors beyond the parents, nearest level first (diagnoses only, `MIN_PARENT_DEPTH`). */
  readonly ancestors: readonly (readonly string[])[];
}

/** DO's root "disease" is depth 0; depths 1-3 are organ and class groupings ("urinary system disease", "kidney disease"). */
export const MIN_PARENT_DEPTH = DO_DISEASE_MIN_DEPTH;
const PREPOSITION = /\b(?:of|from|with|without|in|on|to|by|due|after|during|for)\b/i;
const NEGATOR = /^(?:non|not|no|without)$/i;
/** A remainder that is only filler names nothing ("... disorder"). */
const FILLER = /^(?:disease|disorder|syndrome|infection|condition|deficiency)s?$/i;
/** DO's classes by mode of inheritance ("autosomal dominant disease") group diseases by transmission, not diagnosis. */
/** DO's classes named "<organ or process> disease/disorder" ("liver disease", "hepatic vascular disease") group diagnoses; as ancestors they name none. */
const GROUPING = /\b(?:disease|disorder|neoplasm|abnormality)s?$/i;
const INHERITANCE_CLASS = /^(?:autosomal (?:dominant|recessive)|x-linked(?: dominant| recessive)?|y-linked|mitochondrial|monogenic|polygenic|genetic) disease$/i;

const RESIDUAL = /^other\b|\bnot elsewhere classified\b|\bNEC\b|\bother specified\b|\bunspecified\b.*\bunspecified\b/i;

/** An index from name key to codes over the vocabularies; `resolve(name)` gives the codes of a gold name. */
export function truthResolver(onto: Ontologies): (name: string) => TruthCodes {
  const icdByKey = new Map<string, Set<string>>();
  const codeByKey = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, name: string, v: string): void => {
    for (const k of judgeKeys(name)) if (isExactLinkKey(k)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  };
  // ICD-10-CM by the exact normalised name only: the index composes subterms with their main term
  // ("primary" + "tuberculosis"), and the looser keys (a leading qualifier dropped) would collide.
  const putExact = (m: Map<string, Set<string>>, name: string, v: string): void => {
    const k = normaliseName(name);
    if (isExactLinkKey(k)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  };
  const icdOk = (code: string): boolean => {
    if (code.replace('.', '').length <= 3) return false;
    const title = onto.icdTitles.get(code);
    return title === undefined || !RESIDUAL.test(title);
  };
  for (const [code, title] of onto.icdTitles) if (icdOk(code)) putExact(icdByKey, title, code);
  const same = sameNames(onto);
  // An index main term lists its spellings after a comma ("Presbycusis, presbyacusia"): the head names it too.
  for (const e of onto.icdIndex) if (icdOk(e.code)) for (const n of new Set([e.term, e.term.split(',')[0]!])) putExact(icdByKey, n, e.code);
  for (const t of onto.doid) for (const n of [t.name, ...t.synonyms]) put(codeByKey, n, t.id);
  const indexXml = onto.files.find((f) => /icd10cm_index/.test(f.name))?.text;
  const parentsOf = doParents(onto, indexXml === undefined ? undefined : indexParents(parseIndexHeads(indexXml)));
  for (const m of onto.mondo) {
    put(codeByKey, m.label, m.id);
    for (const d of m.doid) put(codeByKey, m.label, d);
  }
  const cache = new Map<string, TruthCodes>();
  return (name) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const icd = new Set<string>();
    const codes = new Set<string>();
    for (const k of judgeKeys(name)) if (isExactLinkKey(k)) for (const c of codeByKey.get(k) ?? []) codes.add(c);
    for (const f of judgeForms(name)) for (const c of icdByKey.get(normaliseName(f)) ?? []) icd.add(c);
    // A name the index files under codes of different categories is ambiguous: no ICD-10-CM code.
    const ambiguous = new Set([...icd].map((c) => c.slice(0, 3))).size > 1;
    const icd10 = ambiguous ? [] : [...icd].sort();
    const titles = icd10.flatMap((c) => { const t = onto.icdTitles.get(c); return t === undefined ? [] : [t]; });
    const { names, ancestors } = same(name);
    const p = parentsOf(name);
    const out: TruthCodes = { icd10, codes: [...codes].sort(), parents: p.names, names: [...new Set([...names, ...titles])].sort(), ancestors: ancestors.length > 0 ? ancestors : p.ancestors };
    cache.set(name, out);
    return out;
  };
}

/**
 * The disease a gold name qualifies by its cause, which the judge's scale counts as its parent (score 4):
 * "Escherichia-induced hemolytic uremic syndrome" -> "hemolytic uremic syndrome", "Traveler's diarrhea
 * due to ETEC" -> "Traveler's diarrhea", "Transplantation-related osteoporosis" -> "osteoporosis".
 * Only a causal qualifier is dropped (due to, secondary to, caused by, induced/associated/related);
 * the head that remains must keep two words or six letters, so "X-induced disease" names nothing.
 */
export function causalParents(name: string): string[] {
  const out = new Set<string>();
  const after = /^(.*?\S)\s+(?:due to|secondary to|caused by|induced by|associated with)\s+\S.*$/i.exec(name);
  if (after) out.add(after[1]!.trim());
  const before = /^\s*[\w'\u2019-]+[- ](?:induced|associated|related)\s+(.+)$/i.exec(name);
  if (before) out.add(before[1]!.trim());
  return [...out].filter((n) => n.replace(/[^A-Za-z]/g, '').length >= 6 && !/^(disease|disorder|syndrome|infection|condition)s?$/i.test(n));
}

/** A premodifier that restricts its head as an adjective does (site, side, course, cause, form): "monomorphic", "left", "bacterial". */
const ADJECTIVE = /^(?:left|right|acute|chronic|severe|mild|benign|early|late|recurrent|bilateral|unilateral|\w{3,}(?:al|ic|ous|ary|ive|ar|ent|ant|ile|oid))$/i;

/**
 * The names a gold name unknown to DO is a kind of, by English morphology: the name with one of its adjective
 * premodifiers dropped ("Left ventricular free wall rupture" -> "ventricular free wall rupture"; "Monomorphic
 * ventricular tachycardia" -> "ventricular tachycardia"). An adjective restricts its head, so what remains names
 * the nearest parent (score 4 on the judge's scale); one adjective at a time, as DO's parents are one is_a step. A noun premodifier is kept: a compound such as
 * "heat stroke" or "tension headache" is no kind of stroke or headache. Not after a negator or with a
 * preposition (as the head rule), never filler alone, two words or six letters at least. The judge compares
 * these with a prediction's own name only.
 */
export function adjectiveKinds(name: string): string[] {
  if (PREPOSITION.test(name)) return [];
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.some((w) => NEGATOR.test(w))) return [];
  const droppable = words.slice(0, -1).map((w) => ADJECTIVE.test(w.replace(/[^A-Za-z-]/g, '')));
  const out = new Set<string>();
  droppable.forEach((ok, i) => {
    if (!ok) return;
    const rest = words.filter((_, j) => j !== i).join(' ');
    if (!FILLER.test(rest) && rest.replace(/[^A-Za-z]/g, '').length >= 6) out.add(normaliseName(rest));
  });
  return [...out].sort();
}

/**
 * `name -> normalised names of parent diseases` over DO (see the module header); the rules use only DO's names and is_a
 * links. For a name DO does not know, also the ICD-10-CM index's parents and ancestors (`index-parents.ts`), when given.
 */
function doParents(onto: Ontologies, fromIndex?: (name: string) => { parents: string[]; ancestors: string[][] }): (name: string) => { names: string[]; ancestors: string[][] } {
  const byId = new Map(onto.doid.map((t) => [t.id, t]));
  const depth = doDepths(onto);
  // Exact normalised names only: the looser keys (a leading qualifier dropped) would make "acute
  // lymphocytic leukemia" a "lymphocytic leukemia", a sibling, not a parent.
  const doByName = new Map<string, Set<string>>();
  for (const t of onto.doid) for (const n of [t.name, ...t.synonyms]) {
    const k = normaliseName(n);
    if (isExactLinkKey(k)) (doByName.get(k) ?? doByName.set(k, new Set()).get(k)!).add(t.id);
  }
  const termsOf = (name: string): string[] => [...(doByName.get(normaliseName(name)) ?? [])];
  const diagnosis = (id: string): boolean => (depth.get(id) ?? 0) >= MIN_PARENT_DEPTH && !INHERITANCE_CLASS.test(byId.get(id)?.name ?? '');
  return (name) => {
    const out = new Set<string>();
    const own = termsOf(name);
    for (const id of own) for (const p of byId.get(id)?.parents ?? []) if (diagnosis(p)) out.add(p);
    // The head rule only where DO does not know the name itself: its is_a links know better
    // ("portal hypertension" is a hepatic vascular disease, not a hypertension).
    if (own.length === 0 && !PREPOSITION.test(name)) {
      const words = name.trim().split(/\s+/);
      for (let i = 1; i < words.length; i++) {
        if (NEGATOR.test(words[i - 1]!)) break;
        const rest = words.slice(i).join(' ');
        if (FILLER.test(rest)) break;
        const hits = termsOf(rest).filter(diagnosis);
        if (hits.length > 0) { for (const id of hits) out.add(id); break; }
      }
    }
    const names = new Set<string>(own.length === 0 ? adjectiveKinds(name) : []);
    for (const id of out) for (const n of [byId.get(id)!.name, ...byId.get(id)!.synonyms]) names.add(normaliseName(n));
    const index = own.length === 0 ? fromIndex?.(name) : undefined;
    for (const n of index?.parents ?? []) names.add(n);
    return { names: [...names].sort(), ancestors: index?.ancestors ?? [] };
  };
}

/**
 * `name -> the same disease's names in DO and MONDO, and its DO ancestors by level` (see `TruthCodes`). Exact
 * resolution only (a qualifier dropped would give the parent's names as the gold's own). An organism name DO
 * and MONDO know only as an infection ("Staphylococcus aureus") resolves as "<organism> infection".
 */
function sameNames(onto: Ontologies): (name: string) => { names: string[]; ancestors: string[][] } {
  const byId = new Map(onto.doid.map((t) => [t.id, t]));
  const depth = doDepths(onto);
  // By name (DO name, MONDO label) and by synonym (DO EXACT synonym) apart: names link name to name, never
  // synonym to synonym (DO files "chronic bronchitis" as a synonym of "bronchitis").
  const doByName = new Map<string, Set<string>>();
  const doBySynonym = new Map<string, Set<string>>();
  const mondoByKey = new Map<string, Set<number>>();
  const add = <T>(m: Map<string, Set<T>>, n: string, v: T): void => { for (const k of exactKeys(n)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v); };
  for (const t of onto.doid) {
    add(doByName, t.name, t.id);
    for (const n of t.synonyms) add(doBySynonym, n, t.id);
  }
  onto.mondo.forEach((m, i) => add(mondoByKey, m.label, i));
  const diagnosis = (id: string): boolean => (depth.get(id) ?? 0) >= MIN_PARENT_DEPTH && !INHERITANCE_CLASS.test(byId.get(id)?.name ?? '') && !GROUPING.test(byId.get(id)?.name ?? '');
  const resolve = (name: string): { byName: Set<string>; bySynonym: Set<string>; mondos: Set<number>; own: Set<string> } => {
    const byName = new Set<string>();
    const bySynonym = new Set<string>();
    const mondos = new Set<number>();
    for (const k of exactKeys(name)) {
      for (const id of doByName.get(k) ?? []) byName.add(id);
      for (const id of doBySynonym.get(k) ?? []) bySynonym.add(id);
      for (const i of mondoByKey.get(k) ?? []) mondos.add(i);
    }
    // The DO terms the name itself is (the is_a walk starts there): DO's own, else MONDO's DOID cross-reference
    // when it is one. MONDO lists narrower and broader terms too, whose other parents are none of the gold's
    // ancestors (MONDO "leukodystrophy" lists DO's "hypomyelinating leukodystrophy", filed under autosomal
    // dominant cerebellar ataxia).
    const direct = new Set([...byName, ...bySynonym]);
    for (const i of mondos) for (const d of onto.mondo[i]!.doid) if (byId.has(d)) byName.add(d);
    const viaMondo = [...byName].filter((d) => !direct.has(d));
    const own = direct.size > 0 ? direct : new Set(viaMondo.length === 1 ? viaMondo : []);
    return { byName, bySynonym, mondos, own };
  };
  return (name) => {
    let hit = resolve(name);
    if (hit.byName.size + hit.bySynonym.size + hit.mondos.size === 0 && !/infection/i.test(name)) hit = resolve(`${name} infection`);
    const names = new Set<string>();
    // Matched by a term's name: its name and EXACT synonyms; by a synonym only: the term's name.
    for (const id of hit.byName) for (const n of [byId.get(id)!.name, ...byId.get(id)!.synonyms]) names.add(n);
    for (const id of hit.bySynonym) names.add(byId.get(id)!.name);
    for (const i of hit.mondos) names.add(onto.mondo[i]!.label);
    const dos = hit.own;
    const ancestors: string[][] = [];
    const seen = new Set<string>(dos);
    let level = [...dos].flatMap((id) => byId.get(id)?.parents ?? []).filter((p) => !seen.has(p));
    // Level 1 (the parents) is also the judge's parent rule, for names DO knows by their exact spelling.
    while (level.length > 0) {
      for (const id of level) seen.add(id);
      const kept = [...new Set(level)].filter(diagnosis);
      if (kept.length > 0) ancestors.push([...new Set(kept.flatMap((id) => [byId.get(id)!.name, ...byId.get(id)!.synonyms].map(normaliseName)))].sort());
      level = [...new Set(level.flatMap((id) => byId.get(id)?.parents ?? []))].filter((p) => !seen.has(p));
    }
    return { names: [...names].sort(), ancestors };
  };
}
