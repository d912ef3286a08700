/**
 * What the notes reader misses in free-text vignettes (dev tool, nineteenth session, issue 13): for each read-pool
 * vignette whose gold is in the broad model but not first as `bench vignettes` ranks it (the gate's misses), every
 * finding of the gold's profile that the reader did not produce is classed by how (whether) the text states it: the
 * reader saw a term of it and a context rule dropped
 * it; a term of the finding stands in the text but was not matched; a name of the finding's own HPO concept that the
 * lexicon lacks (its exact, related, broad or narrow synonyms) or the name of an HPO descendant (a more specific
 * phenotype) stands in the text; every word of a term stands in one sentence, apart; or none of these. Findings of
 * the profile that the reader produced as absent are counted apart. Prints aggregates only: counts by class and by
 * part, and per class the findings most often missed (counts by finding, never a case).
 * Read pool only (the knowledge gate's: MedQA and OSCE read halves and the read fresh-medqa-style sets, as listed in
 * `read-dev-sets.ts`); score rows never read.
 * --cases-classes (twenty-first session) classes each top-1 miss once (first matching): (a) gold not in the model;
 * (b) the reader left a gold-profile finding unproduced that the text states in a detectable form, and those findings
 * as present would put the gold first; (c) the present findings the leader lists and the gold does not outweigh the
 * whole gap (read, not linked in the gold's profile); (d) linked but outranked, by its largest gap part (prior, findings
 * both list, absent findings). Aggregates by part family only; (b)'s deciding reader-miss classes by part family and
 * by finding (twenty-third session). With --show deciding, each (b) case's deciding class and findings by part family
 * and the term ~ text words of its split and inflected matches; --show split-words prints the split matches.
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/reader-misses.ts [--model file] [--top n] [--all] [--unread] [--show what] [--cases-classes]
 *   --all classes every gold (first place too), not only golds that are not first; --unread adds the words and word
 *   pairs no mention covers; --show CLASS prints each match of a class (term ~ text words), --show WORD with --unread
 *   the words around an unread WORD (MedQA and OSCE read halves only).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compileModel } from '../src/core/compile.js';
import { initialBelief, observe } from '../src/core/posterior.js';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { phraseForms, tokenize } from '../src/intake/notes/tokenize.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { acceptedConditions, isFreeText, runAnyCase, truthOf, vignetteStory, type VignetteOutcome } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { icdSiblings } from '../src/learn/primary-care/icd-siblings.js';
import { parseHpoJson } from '../src/learn/phenopackets/hpo-json.js';
import type { Observation } from '../src/core/evidence.js';
import { READ_FRESH_SETS, readPoolFiles } from './read-dev-sets.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const TOP = Number(arg('--top', '12'));
const ALL = process.argv.includes('--all');
const cm = compileModel(model);
const lex = buildLexicon(model);
const onto = readOntologies(data);
const truthCodes = truthResolver(onto);
const POOL_FILES = readPoolFiles(data);
/** The fresh part family's label in the aggregates (its files follow `read-dev-sets.ts`). */
const FRESH_LABEL = `fresh 1-${READ_FRESH_SETS}`;

/** HPO terms with every synonym by kind and their is_a children (hp.json through the rare-disease learner's reader). */
interface Hpo { label: string; exact: readonly string[]; other: readonly string[]; children: readonly string[] }
function readHpo(): Map<string, Hpo> {
  const onto = parseHpoJson(gunzipSync(readFileSync(`${data}/hpo/hp.json.gz`)).toString('utf8'));
  const out = new Map<string, Hpo>();
  for (const t of onto.terms.values()) {
    if (t.obsolete) continue;
    const exact = t.exactSynonyms ?? [];
    out.set(t.id, { label: t.name, exact, other: t.synonyms.filter((s) => !exact.includes(s)), children: onto.children.get(t.id) ?? [] });
  }
  return out;
}
const hpo = readHpo();
const keyOf = (s: string): string => phraseForms(s).join(' ');
/** A finding's own HPO concepts: terms whose label or exact synonym is one of the finding's terms (as the learner's hpoSynonyms). */
const byKey = new Map<string, string[]>();
for (const [id, t] of hpo) for (const s of [t.label, ...t.exact]) { const k = keyOf(s); (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(id); }
const termsOf = new Map(model.findings.map((f) => [f.id, [f.name, ...(f.synonyms ?? [])]]));
function ownHpo(fid: string): string[] {
  return [...new Set((termsOf.get(fid) ?? []).flatMap((t) => byKey.get(keyOf(t)) ?? []))];
}
function descendants(id: string, depth: number): string[] {
  const out: string[] = [];
  let level = [id];
  for (let d = 0; d < depth; d++) { level = level.flatMap((x) => hpo.get(x)?.children ?? []); out.push(...level); }
  return out;
}
/** Whether the word forms `q` stand contiguously in `words`. */
function contains(words: readonly string[], q: readonly string[]): boolean {
  if (q.length === 0) return false;
  outer: for (let i = 0; i + q.length <= words.length; i++) { for (let j = 0; j < q.length; j++) if (words[i + j] !== q[j]) continue outer; return true; }
  return false;
}
const STOP = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'to', 'with', 'without', 'for', 'at', 'by', 'from', 'is', 'be', ',', '-', '(', ')', '/']);
/** Crude stem for the split and inflection classes: drops common suffixes. */
const stem = (w: string): string => w.replace(/(ing|ed|es|s|ness|ity|ic|al|ous|ive)$/, '').slice(0, 6);

type Cls = 'context-negated' | 'context-uncertain' | 'context-other-person' | 'context-unused' | 'own-term-unmatched' | 'own-term-inflected'
  | 'hpo-exact-missing' | 'hpo-related-synonym' | 'hpo-descendant' | 'split-words' | 'not-found';
const counts = new Map<string, Map<Cls, number>>();
const byFinding = new Map<Cls, Map<string, number>>();
const absentCount = new Map<string, number>();
const absentByFinding = new Map<string, number>();
const cases = new Map<string, { n: number; notFirst: number; profile: number; observed: number }>();
function bump<K>(m: Map<K, number>, k: K, by = 1): void { m.set(k, (m.get(k) ?? 0) + by); }

/** --show CLASS prints, for READ vignettes only, the term and the words of the text it stands in (to see the class's forms). */
const SHOW = arg('--show', '');
function show(cls: string, fid: string, term: string, words: readonly string[], hay: readonly string[], q: readonly string[]): void {
  if (SHOW !== cls) return;
  for (let i = 0; i + q.length <= hay.length; i++) if (q.every((w, j) => hay[i + j] === w)) { console.log(`SHOW ${fid} [${term}] ~ ${words.slice(i, i + q.length).join(' ')}`); return; }
}
/** Class one unproduced finding of the gold's profile against the text. */
function classify(fid: string, words: readonly string[], sentences: readonly (readonly string[])[], mentions: readonly { findingId: string; negated: boolean; uncertain: boolean; hypothetical: boolean; experiencer: string; used: boolean }[]): Cls {
  const ms = mentions.filter((m) => m.findingId === fid);
  if (ms.length > 0) {
    if (ms.some((m) => m.negated)) return 'context-negated';
    if (ms.some((m) => m.uncertain || m.hypothetical)) return 'context-uncertain';
    if (ms.some((m) => m.experiencer !== 'patient')) return 'context-other-person';
    return 'context-unused';
  }
  const own = termsOf.get(fid) ?? [];
  if (own.some((t) => contains(words, phraseForms(t)))) return 'own-term-unmatched';
  const stems = words.map(stem);
  const inf = own.find((t) => contains(stems, phraseForms(t).map(stem)));
  if (inf && SHOW === 'deciding') console.log(`SHOW ${fid} [${inf}] ~ ${words.filter((w) => phraseForms(inf).map(stem).includes(stem(w))).join(' ')}`);
  if (inf) { show('own-term-inflected', fid, inf, words, stems, phraseForms(inf).map(stem)); return 'own-term-inflected'; }
  const hp = ownHpo(fid);
  const has = (s: string): boolean => s.replace(/[^A-Za-z]/g, '').length >= 4 && contains(words, phraseForms(s));
  const hit = (cls: Cls, names: readonly string[]): boolean => {
    const n = names.find(has);
    if (n) show(cls, fid, n, words, words, phraseForms(n));
    return n !== undefined;
  };
  if (hp.some((id) => { const t = hpo.get(id)!; return hit('hpo-exact-missing', [t.label, ...t.exact]); })) return 'hpo-exact-missing';
  if (hp.some((id) => hit('hpo-related-synonym', hpo.get(id)!.other))) return 'hpo-related-synonym';
  if (hp.some((id) => descendants(id, 3).some((d) => { const t = hpo.get(d)!; return hit('hpo-descendant', [t.label, ...t.exact]); }))) return 'hpo-descendant';
  for (const t of own) {
    const q = phraseForms(t).filter((w) => !STOP.has(w)).map(stem);
    const at = sentences.find((s) => q.length >= 2 && q.every((w) => s.includes(w)));
    if (!at) continue;
    if (SHOW === 'split-words' || SHOW === 'deciding') {
      const idx = q.map((w) => at.indexOf(w));
      console.log(`SHOW ${fid} [${t}] ~ ${at.slice(Math.min(...idx), Math.max(...idx) + 1).join(' ')}`);
    }
    return 'split-words';
  }
  return 'not-found';
}

/**
 * --unread: the words of the text no mention or listed reading covers, as word pairs inside a sentence (content words
 * only), counted once per vignette and grouped by part family; printed as the most frequent pairs (aggregates).
 */
const UNREAD = process.argv.includes('--unread');
const unreadPairs = new Map<string, Map<string, number>>();
const FUNCTION_WORDS = new Set([...STOP, 'his', 'her', 'he', 'she', 'was', 'were', 'has', 'had', 'have', 'that', 'this', 'there', 'which', 'who', 'as', 'after', 'before', 'over', 'past', 'since', 'are', 'it', 'is', 'no', 'not', 'patient', 'year', 'old', 'man', 'woman', 'boy', 'girl', 'presents', 'present', 'physician', 'because', 'emergency', 'department', 'examination', 'shows', 'show', 'also', 'ago', 'day', 'week', 'month', 'hour', 'last', 'reports', 'report', 'history', 'mm', 'hg', 'min', '/', '.', ':', ';', '%', 'mg', 'dl', 'l', 'him', 'they', 'their', 'what', 'most', 'likely', 'following', 'but', 'when', 'then', 'into', 'during', 'about']);
function unread(text: string, spans: readonly { span: { start: number; end: number } }[], part: string): void {
  const tk = tokenize(text);
  const covered = (i: number): boolean => spans.some((m) => m.span.start <= tk.start[i]! && tk.end[i]! <= m.span.end);
  const seen = new Set<string>();
  for (let s = 0; s < tk.sentences; s++) {
    let prev = '';
    for (let i = tk.sentStart[s]!; i < tk.sentStart[s + 1]!; i++) {
      const w = tk.norm[i]!;
      if (covered(i) || FUNCTION_WORDS.has(w) || !/^[a-z][a-z-]{2,}$/.test(w)) { prev = ''; continue; }
      seen.add(w);
      if (w === SHOW && !part.startsWith('fresh')) console.log(`SHOW ${tk.norm.slice(Math.max(0, i - 5), i + 7).join(' ')}`);
      if (prev) seen.add(`${prev} ${w}`);
      prev = w;
    }
  }
  const g = part.startsWith('fresh') ? FRESH_LABEL : 'MedQA + OSCE read';
  const m = unreadPairs.get(g) ?? unreadPairs.set(g, new Map()).get(g)!;
  for (const k of seen) bump(m, k);
}

/** Every string leaf of a value, in order (the text an OSCE row's fields state). */
function leaves(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(leaves);
  if (x && typeof x === 'object') return Object.values(x).flatMap(leaves);
  return [];
}

type Mention = Parameters<typeof classify>[3][number];
/** What one vignette gives the classes: the text read, the findings produced, the reader's mentions, and the bench's outcome. */
interface Reading { text: string; obs: readonly Observation[]; mentions: readonly Mention[]; spans: readonly { span: { start: number; end: number } }[]; outcome: VignetteOutcome }

/**
 * One row as `bench vignettes` scores it (`runAnyCase`: free text instant, an OSCE row after its work-up), so "gold not
 * first" is the gate's own miss. Free text: the story and the findings the bench knew. OSCE: the fields the bench reads
 * (the patient actor, the examination, the test results; never Correct_Diagnosis or Objective_for_Doctor, which name the
 * diagnosis) and every finding it read from them (presenting, history and the hidden findings a work-up can reveal).
 */
function readRow(raw: unknown): Reading | undefined {
  const outcome = runAnyCase(model, cm, lex, raw, { truthCodes });
  if (!outcome) return undefined;
  const { vc } = outcome;
  const who = { age: vc.age, sex: vc.sex };
  if (isFreeText(raw)) {
    const text = vignetteStory(raw.question);
    const r = extractFindings(text, lex, who);
    return { text, obs: outcome.known, mentions: r.ok ? r.value.mentions : [], spans: r.ok ? [...r.value.mentions, ...r.value.unmapped] : [], outcome };
  }
  const osce = (raw as { OSCE_Examination: Record<string, unknown> }).OSCE_Examination;
  const text = leaves([osce['Patient_Actor'], osce['Physical_Examination_Findings'], osce['Test_Results']]).join('. ');
  const obs = [...vc.presenting, ...vc.history, ...vc.hidden];
  const r = extractFindings(text, lex, who);
  return { text, obs, mentions: r.ok ? r.value.mentions.filter((m) => !obs.some((o) => o.id === m.findingId)) : [], spans: r.ok ? [...r.value.mentions, ...r.value.unmapped] : [], outcome };
}

/**
 * --cases-classes: each read-pool case once, by the first class that holds (see the header). The gap is leader minus
 * gold in naive-Bayes score, split by each observed finding's own log-likelihood ratio against the leak.
 */
const group = (p: string): string => p.startsWith('medqa') ? 'MedQA read' : p.startsWith('osce') ? 'OSCE read' : FRESH_LABEL;
const CASE_CLASSES = process.argv.includes('--cases-classes');
const nC = model.conditions.length;
const listedBy = new Map(cm.findings.map((f) => [f.def.id, f.listedIdx.length]));
const caseClass = new Map<string, Map<string, number>>();
const leaders = new Map<string, Map<string, number>>();
const firstOnlyListed: number[] = [];
/**
 * (c): whether a hierarchy fill can reach the gold (twenty-second session): it has an ICD-10 category sibling in the
 * model (rank5's fill), or else a Disease Ontology sibling (a model condition whose DOID shares a direct is_a parent
 * with one of its own), or neither. By part family.
 */
const cReach = new Map<string, number>();
const doParents = new Map(onto.doid.map((d) => [d.id, d.parents ?? []]));
const hasIcdSibling = new Set([...icdSiblings(new Map(model.conditions.map((c) => [c.id, c.icd10 ?? []])))].map(([c]) => c));
const doidsOf = (c: (typeof model.conditions)[number]): string[] => (c.codes ?? []).filter((x) => x.code.startsWith('DOID:')).map((x) => x.code);
const byDoParent = new Map<string, Set<string>>();
for (const c of model.conditions) for (const d of doidsOf(c)) for (const p of doParents.get(d) ?? []) (byDoParent.get(p) ?? byDoParent.set(p, new Set()).get(p)!).add(c.id);
const reach = (c: (typeof model.conditions)[number]): string => hasIcdSibling.has(c.id) ? 'ICD sibling'
  : doidsOf(c).some((d) => (doParents.get(d) ?? []).some((p) => byDoParent.get(p)!.size > 1)) ? 'DO sibling only' : 'neither';
/** (c) and (d): nats each leader-only present finding adds to the leader, summed over cases (by finding, never a case). */
const foNats = new Map<string, number>();
/** (b): the reader-miss classes whose findings alone decide (a case may count under several), by part family. */
const bSub = new Map<string, number>();
/** (b): the findings of each deciding reader-miss class (counts by finding, never a case). */
const bFindings = new Map<string, number>();
function classCase(part: string, rd: Reading): void {
  const { outcome } = rd;
  const fam = group(part);
  const m = caseClass.get(fam) ?? caseClass.set(fam, new Map()).get(fam)!;
  if (!outcome.covered) { bump(m, 'a gold not in the model'); return; }
  const ok = acceptedConditions(model, truthOf(outcome.diagnosis, { truthCodes }));
  const r = outcome.order.findIndex((c) => ok.has(c));
  if (r === 0) { bump(m, 'first'); return; }
  const g = outcome.order[r]!; const f = outcome.order[0]!;
  const init = initialBelief(cm, outcome.vc.age, outcome.vc.sex);
  const delta = (o: Observation): Float64Array | undefined => {
    const st = observe(init, [o]);
    if (st.observations.length === 0) return undefined;
    const d = new Float64Array(nC);
    for (let c = 0; c < nC; c++) d[c] = st.nb[c]! - init.nb[c]!;
    return d;
  };
  const parts = { prior: init.nb[f]! - init.nb[g]!, firstOnly: 0, goldOnly: 0, both: 0, absent: 0 };
  const byId = new Map<string, Observation>();
  // The findings the ranking used: free text, all read; an OSCE row, what its work-up revealed.
  for (const o of outcome.known) if (!byId.has(o.id) || ('present' in o && o.present)) byId.set(o.id, o);
  const fo: string[] = [];
  for (const o of byId.values()) {
    const d = delta(o);
    if (!d) continue;
    const a = d[f]!; const b = d[g]!;
    if ('present' in o && !o.present) { parts.absent += a - b; continue; }
    if (a !== 0 && b === 0) { parts.firstOnly += a; fo.push(o.id); foNats.set(o.id, (foNats.get(o.id) ?? 0) + a); } else if (a === 0 && b !== 0) parts.goldOnly -= b; else parts.both += a - b;
  }
  const gap = parts.prior + parts.firstOnly + parts.goldOnly + parts.both + parts.absent;
  // (b): detectable gold-profile findings the reader did not produce, added as present.
  const gid = model.conditions[g]!.id;
  const tk = tokenize(rd.text);
  const sentences: string[][] = [];
  for (let s = 0; s < tk.sentences; s++) sentences.push(tk.norm.slice(tk.sentStart[s]!, tk.sentStart[s + 1]!).map(stem));
  const seenIds = new Set(rd.obs.map((o) => o.id));
  const lk = model.likelihoods as Record<string, Record<string, number[]>>;
  const missed = model.findings.filter((x) => x.valueType === 'binary' && lk[x.id] && gid in lk[x.id]! && !seenIds.has(x.id))
    .map((x) => ({ id: x.id, cls: classify(x.id, tk.norm, sentences, rd.mentions) })).filter((x) => x.cls !== 'not-found');
  const base = Float64Array.from(init.nb);
  for (const o of byId.values()) { const d = delta(o); if (d) for (let c = 0; c < nC; c++) base[c]! += d[c]!; }
  /** Whether the missed findings of the given classes, read as present, put the gold first. */
  const decides = (which: readonly { id: string }[]): boolean => {
    const s = Float64Array.from(base);
    for (const x of which) { const d = delta({ id: x.id, present: true }); if (d) for (let c = 0; c < nC; c++) s[c]! += d[c]!; }
    return s.every((v, c) => c === g || v < s[g]!);
  };
  if (missed.length > 0 && decides(missed)) {
    bump(m, 'b reader missed a deciding finding');
    for (const k of new Set(missed.map((x) => x.cls))) {
      const own = missed.filter((x) => x.cls === k);
      if (!decides(own)) continue;
      bump(bSub, `${fam}: ${k}`);
      if (SHOW === 'deciding') console.log(`DECIDING ${fam} ${k}: ${own.map((x) => x.id).join(' ')}`);
      for (const x of own) bump(bFindings, `${k} ${x.id}`);
    }
    return;
  }
  if (gap - parts.firstOnly <= 0) {
    bump(m, 'c leader wins on findings the gold does not list');
    for (const id of fo) firstOnlyListed.push(listedBy.get(id) ?? 0);
    bump(cReach, `${fam}: ${reach(model.conditions[g]!)}`);
    const lm = leaders.get('c') ?? leaders.set('c', new Map()).get('c')!;
    bump(lm, model.conditions[f]!.name);
    return;
  }
  const top = (['prior', 'both', 'absent', 'firstOnly'] as const).map((k) => [k, parts[k]] as const).sort((x, y) => y[1] - x[1])[0]!;
  bump(m, `d outranked, largest part ${top[0]}`);
  const lm = leaders.get('d') ?? leaders.set('d', new Map()).get('d')!;
  bump(lm, model.conditions[f]!.name);
}

for (const file of POOL_FILES) {
  const part = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  const fresh = part.startsWith('fresh-medqa-style');
  const raws = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown).filter((r) => fresh || halfOf(r) === 'read');
  const pc = cases.get(part) ?? cases.set(part, { n: 0, notFirst: 0, profile: 0, observed: 0 }).get(part)!;
  const cc = counts.get(part) ?? counts.set(part, new Map()).get(part)!;
  for (const raw of raws) {
    const rd = readRow(raw);
    if (!rd) continue;
    const { text, obs, mentions, outcome } = rd;
    pc.n++;
    if (CASE_CLASSES) { classCase(part, rd); continue; }
    if (!outcome.covered || (outcome.hitAt === 0 && !ALL)) continue;
    const ok = acceptedConditions(model, truthOf(outcome.diagnosis, { truthCodes }));
    // The gold: the accepted condition the bench ranked first among them.
    const gold = outcome.order.find((c) => ok.has(c))!;
    pc.notFirst++;
    if (UNREAD) unread(text, rd.spans, part);
    const gid = model.conditions[gold]!.id;
    const seenIds = new Set(obs.map((o) => o.id));
    const absent = new Set(obs.filter((o) => 'present' in o && !o.present).map((o) => o.id));
    const tk = tokenize(text);
    const words = tk.norm;
    const sentences: string[][] = [];
    for (let s = 0; s < tk.sentences; s++) sentences.push(words.slice(tk.sentStart[s]!, tk.sentStart[s + 1]!).map(stem));
    for (const f of model.findings) {
      const row = (model.likelihoods as Record<string, Record<string, number[]>>)[f.id];
      if (!row || !(gid in row) || f.valueType !== 'binary') continue;
      pc.profile++;
      if (seenIds.has(f.id)) {
        pc.observed++;
        if (absent.has(f.id)) { bump(absentCount, part); bump(absentByFinding, f.id); }
        continue;
      }
      const cls = classify(f.id, words, sentences, mentions);
      bump(cc, cls);
      if (cls !== 'not-found') bump(byFinding.get(cls) ?? byFinding.set(cls, new Map()).get(cls)!, f.id);
    }
  }
}

if (CASE_CLASSES) {
  const keys = [...new Set([...caseClass.values()].flatMap((m) => [...m.keys()]))].sort();
  console.log(`| class | ${[...caseClass.keys()].join(' | ')} | all |`);
  for (const k of keys) console.log(`| ${k} | ${[...caseClass.values()].map((m) => m.get(k) ?? 0).join(' | ')} | ${[...caseClass.values()].reduce((a, m) => a + (m.get(k) ?? 0), 0)} |`);
  const q = [...firstOnlyListed].sort((a, b) => a - b);
  const at = (x: number): number => q[Math.min(q.length - 1, Math.floor(x * q.length))] ?? 0;
  console.log(`\n(c) leader-only present findings ${q.length}: conditions listing each, quartiles ${at(0.25)} / ${at(0.5)} / ${at(0.75)}, 90th ${at(0.9)}`);
  console.log(`(b) deciding alone, by part and reader-miss class: ${[...bSub].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`(b) findings of the deciding classes: ${[...bFindings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 4 * TOP).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const kindOf = new Map(model.findings.map((x) => [x.id, x.kind]));
  const byKind = new Map<string, number>();
  for (const [id, v] of foNats) bump(byKind, `${kindOf.get(id)}${id.startsWith('hp-') ? ' (HPO)' : ''}`, v);
  console.log(`leader-only nats by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  console.log(`leader-only nats by finding: ${[...foNats].sort((a, b) => b[1] - a[1]).slice(0, 3 * TOP).map(([k, v]) => `${k} ${v.toFixed(1)} (listed by ${listedBy.get(k)})`).join(', ')}`);
  console.log(`(c) golds a hierarchy fill can reach: ${[...cReach].sort().map(([k, v]) => `${k} ${v}`).join('; ')}`);
  for (const [k, lm] of leaders) console.log(`(${k}) leaders: ${[...lm].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([n, v]) => `${n} ${v}`).join('; ')}`);
  process.exit(0);
}
const CLASSES: Cls[] = ['context-negated', 'context-uncertain', 'context-other-person', 'context-unused', 'own-term-unmatched', 'own-term-inflected', 'hpo-exact-missing', 'hpo-related-synonym', 'hpo-descendant', 'split-words', 'not-found'];
const groups = new Map<string, { n: number; notFirst: number; profile: number; observed: number; absent: number; cls: Map<Cls, number> }>();
for (const [p, c] of cases) {
  const g = groups.get(group(p)) ?? groups.set(group(p), { n: 0, notFirst: 0, profile: 0, observed: 0, absent: 0, cls: new Map() }).get(group(p))!;
  g.n += c.n; g.notFirst += c.notFirst; g.profile += c.profile; g.observed += c.observed; g.absent += absentCount.get(p) ?? 0;
  for (const [k, v] of counts.get(p) ?? []) bump(g.cls, k, v);
}
console.log(`| class | ${[...groups.keys()].join(' | ')} |`);
console.log(`|---|${[...groups.keys()].map(() => '---').join('|')}|`);
const line = (name: string, f: (g: typeof groups extends Map<string, infer V> ? V : never) => number): void => console.log(`| ${name} | ${[...groups.values()].map(f).join(' | ')} |`);
line('cases', (g) => g.n);
line(ALL ? 'gold in model' : 'gold in model, not first', (g) => g.notFirst);
line('gold-profile findings (binary)', (g) => g.profile);
line('produced present', (g) => g.observed - g.absent);
line('produced absent', (g) => g.absent);
for (const c of CLASSES) line(c, (g) => g.cls.get(c) ?? 0);
for (const c of CLASSES) {
  const m = byFinding.get(c);
  if (!m) continue;
  console.log(`\n${c}: ${[...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
console.log(`\nproduced absent: ${[...absentByFinding].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (UNREAD) for (const [g, m] of unreadPairs) {
  const top = (two: boolean): string => [...m].filter(([k]) => k.includes(' ') === two).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`\nunread words, ${g} (vignettes with the word, gold not first): ${top(false)}`);
  console.log(`\nunread word pairs, ${g}: ${top(true)}`);
}
