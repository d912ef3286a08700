/**
 * The disease vocabularies in ../shared/data/ontologies, read at build time and compiled into the
 * model as condition synonyms and codes (docs/primary-care.md, "Names from the vocabularies"): Human
 * Disease Ontology terms (names, EXACT synonyms, ICD-10-CM xrefs), MONDO (labels, exact DOID and
 * ICD-10-CM matches, rare-disease synonyms), ICD-10-CM FY2026 code titles and the CDC alphabetic index.
 * The same disease under another name is then still the same condition, for the judge and for readers.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { isExactLinkKey, nameKeys } from '../../core/disease-names.js';
import type { Coding } from '../../core/model.js';
import { oboDefinition } from './do-definitions.js';

export interface DoTerm {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly icd10: readonly string[];
  readonly umls: readonly string[];
  /** DOIDs of the is_a parents (absent in hand-built fixtures). */
  readonly parents?: readonly string[];
  /** OMIM and Orphanet cross-references as HPO writes them ("OMIM:145500", "ORPHA:2134"; DO writes Orphanet "ORDO:"). */
  readonly rare?: readonly string[];
  /** The text definition (`def:`, escapes undone; `do-definitions.ts`), where DO writes one. */
  readonly def?: string;
}

export interface MondoTerm {
  readonly id: string;
  readonly label: string;
  readonly doid: readonly string[];
  readonly icd10: readonly string[];
  readonly synonyms: readonly string[];
  /** Exact OMIM and Orphanet matches as HPO writes them ("OMIM:203400", "ORPHA:558"). */
  readonly rare: readonly string[];
}

export interface Ontologies {
  readonly doid: readonly DoTerm[];
  readonly mondo: readonly MondoTerm[];
  /** Billable ICD-10-CM code (with its dot, "A00.0") -> title. */
  readonly icdTitles: ReadonlyMap<string, string>;
  /** Alphabetic-index terms (main term, or level-1 subterm + main term) with the code they point to. */
  readonly icdIndex: readonly { readonly term: string; readonly code: string }[];
  /** For the manifest: file name and text digest inputs. */
  readonly files: readonly { name: string; text: string }[];
}

const gz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

/** DO's root "disease" is depth 0; depths 1-3 are organ and class groupings ("urinary system disease", "kidney disease"), deeper terms diseases. */
export const DO_DISEASE_MIN_DEPTH = 4;

/** Shortest is_a distance of each DO term from a root (a term without DO parents): DO's depths 1-3 group diseases by organ or class. */
export function doDepths(onto: Pick<Ontologies, 'doid'>): Map<string, number> {
  const byId = new Map(onto.doid.map((t) => [t.id, t]));
  const depth = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const ps = (byId.get(id)?.parents ?? []).filter((p) => byId.has(p) && !seen.has(p));
    seen.add(id);
    const d = ps.length === 0 ? 0 : 1 + Math.min(...ps.map((p) => visit(p, seen)));
    seen.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const t of onto.doid) visit(t.id, new Set());
  return depth;
}

/** "A000" -> "A00.0"; "M75.0-" -> "M75.0". */
export function dotted(code: string): string {
  const c = code.toUpperCase().replace(/[^A-Z0-9.]/g, '').replace(/\.$/, '');
  if (c.includes('.')) return c;
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

/** Human Disease Ontology terms (not obsolete) from the OBO text: names, EXACT synonyms, ICD-10-CM and UMLS xrefs, is_a parents, the text definition. */
export function parseDoid(text: string): DoTerm[] {
  const out: DoTerm[] = [];
  for (const block of text.split('\n[Term]\n').slice(1)) {
    const lines = block.split('\n');
    if (lines.some((l) => l === 'is_obsolete: true')) continue;
    const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
    const name = lines.find((l) => l.startsWith('name: '))?.slice(6);
    if (!id || !name || !id.startsWith('DOID:')) continue;
    const synonyms = lines.filter((l) => l.startsWith('synonym: ') && / EXACT /.test(l)).map((l) => /^synonym: "((?:[^"\\]|\\.)*)"/.exec(l)?.[1] ?? '').filter(Boolean);
    const icd10 = lines.filter((l) => l.startsWith('xref: ICD10CM:')).map((l) => dotted(l.slice(14).trim()));
    const umls = lines.filter((l) => l.startsWith('xref: UMLS_CUI:')).map((l) => l.slice(15).trim());
    const parents = lines.filter((l) => l.startsWith('is_a: DOID:')).map((l) => l.slice(6).split(' ')[0]!);
    const rare = lines.filter((l) => /^xref: (OMIM|ORDO):/.test(l)).map((l) => l.slice(6).split(' ')[0]!.replace(/^ORDO:/, 'ORPHA:'));
    const def = lines.map(oboDefinition).find((d) => d !== undefined);
    out.push({ id, name, synonyms, icd10, umls, parents, rare, ...(def !== undefined ? { def } : {}) });
  }
  return out;
}

/** MONDO terms (not obsolete) from the derived TSV: labels, exact DOID/ICD-10-CM/OMIM/Orphanet matches, rare-subset synonyms. */
export function parseMondo(text: string): MondoTerm[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const head = lines[0]!.split('\t');
  const col = (n: string): number => head.indexOf(n);
  const [iId, iLabel, iObs, iDoid, iIcd, iSyn, iOmim, iOrpha] = [col('mondo_id'), col('label'), col('is_obsolete'), col('exact_DOID'), col('exact_ICD10CM'), col('synonyms_rare_subset_2023_08'), col('exact_OMIM'), col('exact_ORPHA')];
  const split = (s: string | undefined): string[] => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);
  const out: MondoTerm[] = [];
  for (const l of lines.slice(1)) {
    const f = l.split('\t');
    if (f[iObs] === 'true') continue;
    out.push({ id: f[iId]!, label: f[iLabel] ?? '', doid: split(f[iDoid]), icd10: split(f[iIcd]).map((c) => dotted(c.replace(/^ICD10CM:/, ''))), synonyms: iSyn >= 0 ? split(f[iSyn]) : [],
      rare: [...(iOmim >= 0 ? split(f[iOmim]) : []), ...(iOrpha >= 0 ? split(f[iOrpha]).map((x) => x.replace(/^Orphanet:/, 'ORPHA:')) : [])] });
  }
  return out;
}

/** ICD-10-CM code titles by dotted code, from the code-and-title text file. */
export function parseIcdTitles(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of text.split('\n')) {
    const m = /^(\S+)\s+(.+)$/.exec(l.trim());
    if (m) out.set(dotted(m[1]!), m[2]!.trim());
  }
  return out;
}

const TITLE = '[^<]*(?:<nemod>[^<]*<\\/nemod>[^<]*)*';
const decode = (s: string): string => s.replace(/<nemod>[^<]*<\/nemod>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();

/**
 * Index terms with a code: main terms ("Aarskog's syndrome" Q87.19) and level-1 subterms read with
 * their main term's head word ("Pneumonia" / "aspiration" -> "aspiration pneumonia"). Deeper levels
 * are modifiers of modifiers and are left out.
 */
export function parseIcdIndex(xml: string): { term: string; code: string }[] {
  const out: { term: string; code: string }[] = [];
  for (const mt of xml.split('<mainTerm>').slice(1)) {
    const title = /<title>([\s\S]*?)<\/title>/.exec(mt)?.[1];
    if (!title) continue;
    const main = decode(title);
    const head = main.split(',')[0]!.trim();
    const body = mt.split('<term level="1">');
    // A title holds text and <nemod> only: [^<] keeps the match inside it (a lazy [\s\S] would run on to
    // a nested term's code).
    const mainCode = new RegExp(`^\\s*<title>${TITLE}<\\/title>\\s*<code>([^<]+)<\\/code>`).exec(body[0]!)?.[1];
    if (mainCode) out.push({ term: main, code: dotted(mainCode) });
    for (const t of body.slice(1)) {
      const m = new RegExp(`^\\s*<title>(${TITLE})<\\/title>\\s*<code>([^<]+)<\\/code>`).exec(t);
      if (!m) continue;
      const sub = decode(m[1]!);
      if (!sub || /\b(NEC|NOS|see|with|without|due to|in|of)\b/i.test(sub)) continue;
      out.push({ term: `${sub} ${head}`, code: dotted(m[2]!) });
    }
  }
  return out;
}

/** Read DO, MONDO, the ICD-10-CM titles and the alphabetic index from `<dataDir>/ontologies`, with the files for the manifest. */
export function readOntologies(dataDir: string): Ontologies {
  const dir = join(dataDir, 'ontologies');
  const doText = gz(join(dir, 'doid', 'doid.obo.gz'));
  const mondoText = gz(join(dir, 'mondo', 'mondo_terms_xrefs.derived.tsv.gz'));
  const icdText = gz(join(dir, 'icd10cm', 'icd10cm-codes-2026.txt.gz'));
  const indexText = gz(join(dir, 'icd10cm', 'icd10cm_index_2023.xml.gz'));
  return {
    doid: parseDoid(doText), mondo: parseMondo(mondoText), icdTitles: parseIcdTitles(icdText), icdIndex: parseIcdIndex(indexText),
    files: [
      { name: 'ontologies/doid/doid.obo.gz', text: doText }, { name: 'ontologies/mondo/mondo_terms_xrefs.derived.tsv.gz', text: mondoText },
      { name: 'ontologies/icd10cm/icd10cm-codes-2026.txt.gz', text: icdText }, { name: 'ontologies/icd10cm/icd10cm_index_2023.xml.gz', text: indexText },
    ],
  };
}

export interface LinkedNames {
  readonly synonyms: readonly string[];
  readonly codes: readonly Coding[];
}

/** A residual ICD-10-CM bin ("Other specified ...", "... not elsewhere classified") groups different diseases: never a synonym. */
function residual(title: string): boolean {
  return /^other\b|\bnot elsewhere classified\b|\bNEC\b|\bother specified\b|\bunspecified\b.*\bunspecified\b/i.test(title);
}

export const DOID_SYSTEM = 'http://purl.obolibrary.org/obo/DOID';
export const MONDO_SYSTEM = 'http://purl.obolibrary.org/obo/MONDO';

/**
 * Names and codes the vocabularies give a condition, by two general rules and no per-condition list:
 * (1) a DO or MONDO term whose name normalises like one of the condition's names (`nameKeys`), or a DO
 * term one of whose synonyms normalises like the condition's own name, is the same disease; (2) the ICD-10-CM code title or index terms of one of the condition's codes (or
 * of the billable children of a code the condition names that is not itself billable: laterality,
 * episode), and the DO term that alone carries that code, name the same disease, unless the code is a
 * residual "other"/NEC bin. MONDO terms follow DO terms by MONDO's exact DOID match (MONDO's ICD-10-CM
 * matches file rare subtypes under common codes and are not used). A name already matched by the
 * condition's own names is not repeated.
 * Two tightenings keep a code's bin from passing for a synonym: a code that two or more conditions name is a
 * bin holding both (ICD-10-CM E87.3 is metabolic and respiratory alkalosis alike; K72.00 is acute liver failure
 * and the ischaemic hepatitis the index files under it), so it lends neither of them names; and a name that is
 * another condition's own name or synonym is that condition, never lent to this one.
 */
export function linkConditions(conds: readonly { id: string; name: string; synonyms: readonly string[]; icd10: readonly string[] }[], onto: Ontologies): Map<string, LinkedNames> {
  const idx = linkIndexes(onto);
  const out = new Map<string, LinkedNames>();
  const ownerCount = new Map<string, number>();
  const ownerOf = new Map<string, Set<string>>();
  for (const c of conds) {
    for (const code of new Set(c.icd10.map(dotted))) ownerCount.set(code, (ownerCount.get(code) ?? 0) + 1);
    for (const n of [c.name, ...c.synonyms]) {
      const k = fullKey(n);
      if (k) (ownerOf.get(k) ?? ownerOf.set(k, new Set()).get(k)!).add(c.id);
    }
  }
  for (const c of conds) {
    const own = new Set<string>();
    for (const n of [c.name, ...c.synonyms]) for (const k of nameKeys(n)) own.add(k);
    const doHits = new Set<number>();
    const mondoHits = new Set<number>();
    for (const k of own) {
      for (const i of idx.byKey.get(k) ?? []) doHits.add(i);
      for (const i of idx.mondoByKey.get(k) ?? []) mondoHits.add(i);
    }
    for (const k of nameKeys(c.name)) for (const i of idx.bySynKey.get(k) ?? []) doHits.add(i);
    const icdNames = icdLinks(c.icd10.map(dotted).filter((code) => ownerCount.get(code) === 1), onto, idx, doHits);
    for (const i of doHits) for (const m of idx.mondoByDoid.get(onto.doid[i]!.id) ?? []) mondoHits.add(m);
    const othersOwn = (name: string): boolean => [...(ownerOf.get(fullKey(name) ?? '') ?? [])].some((id) => id !== c.id);
    const linked = linkedNames(own, doHits, mondoHits, icdNames, onto, idx.doNames, othersOwn);
    if (linked.synonyms.length > 0 || linked.codes.length > 0) out.set(c.id, linked);
  }
  return out;
}

/** The look-ups `linkConditions` needs, built once over the vocabularies. */
interface LinkIndexes {
  /** DO term indexes by the name keys of their names, and of their synonyms. */
  readonly byKey: Map<string, Set<number>>;
  readonly bySynKey: Map<string, Set<number>>;
  /** Each DO term's name then its synonyms. */
  readonly doNames: readonly string[][];
  readonly doByIcd: Map<string, number[]>;
  readonly mondoByDoid: Map<string, number[]>;
  readonly mondoByKey: Map<string, number[]>;
  /** ICD-10-CM index terms by code, and the billable codes one level below a code. */
  readonly indexByCode: Map<string, string[]>;
  readonly titleChildren: Map<string, string[]>;
}

function linkIndexes(onto: Ontologies): LinkIndexes {
  const byKey = new Map<string, Set<number>>();
  const doNames = onto.doid.map((t) => [t.name, ...t.synonyms]);
  // Names link name to name, never synonym to synonym: DO files "chronic bronchitis" as a synonym of
  // "bronchitis", a model condition (COPD) lists it too, and the chain would make COPD bronchitis.
  const bySynKey = new Map<string, Set<number>>();
  onto.doid.forEach((t, i) => {
    for (const k of nameKeys(t.name)) if (isExactLinkKey(k)) (byKey.get(k) ?? byKey.set(k, new Set()).get(k)!).add(i);
    for (const n of t.synonyms) for (const k of nameKeys(n)) if (isExactLinkKey(k)) (bySynKey.get(k) ?? bySynKey.set(k, new Set()).get(k)!).add(i);
  });
  const doByIcd = new Map<string, number[]>();
  onto.doid.forEach((t, i) => { for (const c of t.icd10) (doByIcd.get(c) ?? doByIcd.set(c, []).get(c)!).push(i); });
  const mondoByDoid = new Map<string, number[]>();
  const mondoByKey = new Map<string, number[]>();
  onto.mondo.forEach((m, i) => {
    for (const d of m.doid) (mondoByDoid.get(d) ?? mondoByDoid.set(d, []).get(d)!).push(i);
    for (const k of nameKeys(m.label)) if (isExactLinkKey(k)) (mondoByKey.get(k) ?? mondoByKey.set(k, []).get(k)!).push(i);
  });
  const indexByCode = new Map<string, string[]>();
  for (const e of onto.icdIndex) (indexByCode.get(e.code) ?? indexByCode.set(e.code, []).get(e.code)!).push(e.term);
  const titleChildren = new Map<string, string[]>();
  for (const code of onto.icdTitles.keys()) {
    const parent = code.length > 4 ? code.slice(0, -1).replace(/\.$/, '') : undefined;
    if (parent) (titleChildren.get(parent) ?? titleChildren.set(parent, []).get(parent)!).push(code);
  }
  return { byKey, bySynKey, doNames, doByIcd, mondoByDoid, mondoByKey, indexByCode, titleChildren };
}

/** A name's whole normalised form (the first of its `nameKeys`: no qualifier dropped, not a word set). */
function fullKey(name: string): string | undefined {
  return nameKeys(name).values().next().value;
}

/** The ICD-10-CM names of a condition's codes (rule 2); adds to `doHits` the DO term that alone carries a code. */
function icdLinks(codes: readonly string[], onto: Ontologies, idx: LinkIndexes, doHits: Set<number>): string[] {
  const { doByIcd, indexByCode, titleChildren } = idx;
  const icdNames: string[] = [];
  for (const code of codes) {
    const title = onto.icdTitles.get(code);
    const codeOk = title === undefined || !residual(title);
    if (!codeOk) continue;
    // Several DO terms on one code are subtypes filed under it (rare genetic forms under a common
    // code): only a code that one DO term alone carries names that term.
    const dos = doByIcd.get(code) ?? [];
    if (dos.length === 1) doHits.add(dos[0]!);
    if (title) icdNames.push(title);
    icdNames.push(...(indexByCode.get(code) ?? []));
    // The index often points at the subcategory ("adhesive capsulitis" M75.0-) of a billable code
    // the condition names (M75.00): the subcategory's index terms name it too.
    for (let p = code.slice(0, -1).replace(/\.$/, ''); p.length >= 5; p = p.slice(0, -1).replace(/\.$/, '')) {
      icdNames.push(...(indexByCode.get(p) ?? []));
      const up = doByIcd.get(p) ?? [];
      if (up.length === 1) doHits.add(up[0]!);
    }
    if (!onto.icdTitles.has(code)) {
      for (const child of titleChildren.get(code) ?? []) {
        const t = onto.icdTitles.get(child)!;
        if (!residual(t)) icdNames.push(t);
        icdNames.push(...(indexByCode.get(child) ?? []));
      }
    }
  }
  return icdNames;
}

/** The names (DO, then MONDO, then ICD-10-CM; none already matched by `own` or an earlier one) and codes linked. */
function linkedNames(own: ReadonlySet<string>, doHits: ReadonlySet<number>, mondoHits: ReadonlySet<number>, icdNames: readonly string[], onto: Ontologies, doNames: readonly string[][], othersOwn: (name: string) => boolean): LinkedNames {
  const names: string[] = [];
  const seen = new Set(own);
  const addName = (n: string): void => {
    const clean = n.replace(/\s+/g, ' ').trim();
    if (clean.length < 3 || clean.length > 120) return;
    const ks = nameKeys(clean);
    if ([...ks].some((k) => seen.has(k)) || othersOwn(clean)) return;
    for (const k of ks) seen.add(k);
    names.push(clean);
  };
  const doSorted = [...doHits].sort((a, b) => onto.doid[a]!.id.localeCompare(onto.doid[b]!.id));
  const mondoSorted = [...mondoHits].sort((a, b) => onto.mondo[a]!.id.localeCompare(onto.mondo[b]!.id));
  for (const i of doSorted) for (const n of doNames[i]!) addName(n);
  for (const i of mondoSorted) for (const n of [onto.mondo[i]!.label, ...onto.mondo[i]!.synonyms]) addName(n);
  for (const n of icdNames) addName(n);
  const codesOut: Coding[] = [
    ...doSorted.map((i) => ({ system: DOID_SYSTEM, code: onto.doid[i]!.id })),
    ...mondoSorted.map((i) => ({ system: MONDO_SYSTEM, code: onto.mondo[i]!.id })),
  ];
  return { synonyms: names, codes: codesOut };
}
