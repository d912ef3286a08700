/**
 * Expands a likelihood table given in compact form over an is-a hierarchy of binary findings (such as
 * HPO terms) into the full sparse table the engine scores with. A model lists, per condition, only the
 * findings it is annotated with; the hierarchy carries that knowledge to related findings:
 *
 *  - Up (a patient with a finding has all its ancestors): an ancestor u the condition does not list
 *    gets P(u | c) = 1 - prod (1 - P(t | c)) over the listed descendants t that raise the odds
 *    (P(t | c) > leak(t)), a noisy-OR.
 *  - Down (a patient's term more specific than the annotation): a descendant v of a most specific
 *    listed finding t gets P(v | c) = leak(v) * r with r = descendantCredit * P(t | c) / leak(t) (when
 *    that exceeds 1). Were the leak the background frequency, observing v would then carry exactly the
 *    likelihood ratio of observing t (information-content credit), discounted by `descendantCredit`.
 *  - Negative entries (P(t | c) < leak(t), e.g. "NOT" annotations) do not go up; they go down with
 *    their own ratio (a condition without t has none of t's descendants), and win over credit.
 *
 * Entries the model lists explicitly are never changed. Pure and deterministic.
 */
import type { BinaryFinding, KnowledgeModel } from './model.js';

export interface ExpandedRow {
  /** Listing conditions, ascending. */
  readonly idx: Int32Array;
  /** P(present | condition), aligned with idx. */
  readonly p: Float64Array;
}

/** An is-a graph over indexed ids (index = position): parents among them; ancestors, children and descendants memoised. */
export interface IsAGraph {
  readonly anc: (Int32Array | undefined)[];
  readonly desc: (Int32Array | undefined)[];
  readonly parents: Int32Array[];
  /** Built on first use (only the descendant credit needs it). */
  children?: number[][];
  /** Scratch for the ancestor union (== stamp: already taken). */
  readonly mark: Int32Array;
  stamp: number;
}

/**
 * The is-a graph of `ids` under a parent table (id -> parent ids); parents outside `index` and self-loops are
 * left out. The one source of ancestors for the likelihood expansion here and the similarity index.
 */
export function isAGraph(table: Readonly<Record<string, readonly string[]>>, ids: readonly string[], index: ReadonlyMap<string, number>): IsAGraph {
  const n = ids.length;
  const parents: Int32Array[] = new Array<Int32Array>(n);
  const buf: number[] = [];
  for (let f = 0; f < n; f++) {
    buf.length = 0;
    for (const id of table[ids[f]!] ?? []) {
      const i = index.get(id);
      if (i !== undefined && i !== f) buf.push(i);
    }
    parents[f] = Int32Array.from(buf);
  }
  return { anc: new Array<Int32Array | undefined>(n), desc: new Array<Int32Array | undefined>(n), parents, mark: new Int32Array(n), stamp: 0 };
}

function childrenOf(g: IsAGraph): number[][] {
  if (g.children) return g.children;
  const children: number[][] = Array.from({ length: g.parents.length }, () => []);
  g.parents.forEach((ps, f) => {
    for (const p of ps) children[p]!.push(f);
  });
  g.children = children;
  return children;
}

function graphOf(model: KnowledgeModel, findingIndex: ReadonlyMap<string, number>): IsAGraph {
  return isAGraph(model.hierarchy?.parents ?? {}, model.findings.map((f) => f.id), findingIndex);
}

/** Marks a finding whose ancestors are being resolved (so a parent that is also a descendant is seen). */
const ON_PATH = new Int32Array(0);

/**
 * The ancestors of `f` (not `f` itself unless the table has a cycle through it), ascending; memoised in the graph.
 * The union of its parents and their memoised ancestors; where a parent is still being resolved (a cycle), a plain
 * search from `f` instead, so every memo is the full set either way.
 */
export function ancestorsOf(g: IsAGraph, f: number): Int32Array {
  const got = g.anc[f];
  if (got) return got; // ON_PATH too: the caller then searches
  g.anc[f] = ON_PATH;
  const ps = g.parents[f]!;
  let cyclic = false;
  for (const p of ps) if (ancestorsOf(g, p) === ON_PATH) cyclic = true;
  const a = cyclic ? searchAncestors(g, f) : unionOf(g, ps);
  g.anc[f] = a;
  return a;
}

/** Parents and their (resolved) ancestors, once each, ascending; stamps instead of a set (no recursion inside). */
function unionOf(g: IsAGraph, ps: Int32Array): Int32Array {
  if (ps.length === 0) return new Int32Array(0);
  if (ps.length === 1) {
    const p = ps[0]!;
    const ap = g.anc[p]!;
    if (ap.includes(p)) return ap.slice(); // p on a cycle: already there
    const out = new Int32Array(ap.length + 1);
    let k = 0;
    while (k < ap.length && ap[k]! < p) out[k] = ap[k++]!;
    out[k] = p;
    out.set(ap.subarray(k), k + 1);
    return out;
  }
  const stamp = ++g.stamp;
  const out: number[] = [];
  const take = (x: number): void => {
    if (g.mark[x] === stamp) return;
    g.mark[x] = stamp;
    out.push(x);
  };
  for (const p of ps) {
    take(p);
    for (const x of g.anc[p]!) take(x);
  }
  return Int32Array.from(out).sort();
}

function searchAncestors(g: IsAGraph, f: number): Int32Array {
  const seen = new Set<number>();
  const stack = [...g.parents[f]!];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const q of g.parents[p]!) stack.push(q);
  }
  return Int32Array.from(seen).sort();
}

function descendantsOf(g: IsAGraph, f: number, max: number): Int32Array {
  let d = g.desc[f];
  if (d) return d;
  // Breadth first, so a cap keeps the nearest descendants.
  const seen = new Set<number>();
  const children = childrenOf(g);
  let frontier = children[f]!;
  while (frontier.length > 0 && seen.size < max) {
    const next: number[] = [];
    for (const c of frontier) {
      if (seen.has(c) || seen.size >= max) continue;
      seen.add(c);
      next.push(...children[c]!);
    }
    frontier = next;
  }
  d = Int32Array.from(seen).sort();
  g.desc[f] = d;
  return d;
}

/**
 * The expanded rows of a model with a `hierarchy`, by finding index (undefined for findings that no
 * condition lists). Only binary findings take part; other findings keep their table rows.
 */
export function expandHierarchy(model: KnowledgeModel, conditionIndex: ReadonlyMap<string, number>, findingIndex: ReadonlyMap<string, number>): (ExpandedRow | undefined)[] {
  const h = model.hierarchy!;
  const nF = model.findings.length;
  const { leak, binary } = binaryLeaks(model);
  const explicit = explicitEntries(model, conditionIndex, findingIndex, binary);
  const ctx: ExpandContext = {
    g: graphOf(model, findingIndex),
    leak,
    credit: h.descendantCredit,
    maxDesc: h.maxDescendants,
    state: new Uint8Array(nF),
    val: new Float64Array(nF),
    nonLeaf: new Uint8Array(nF),
    touched: new Int32Array(nF),
  };
  const buf = new EntryBuffer();
  for (let c = 0; c < model.conditions.length; c++) expandCondition(ctx, c, explicit.f[c]!, explicit.p[c]!, buf);
  return groupByFinding(buf, nF);
}

/** Each binary finding's leak (clamped into (0, 1)) and a mark of which findings are binary. */
function binaryLeaks(model: KnowledgeModel): { leak: Float64Array; binary: Uint8Array } {
  const nF = model.findings.length;
  const leak = new Float64Array(nF);
  const binary = new Uint8Array(nF);
  model.findings.forEach((f, i) => {
    if (f.valueType === 'binary') {
      binary[i] = 1;
      leak[i] = Math.min(1 - 1e-9, Math.max(1e-9, (f as BinaryFinding).leak));
    }
  });
  return { leak, binary };
}

/** The model's explicit entries per condition: binary finding indices and their P, in the likelihood table's order. */
function explicitEntries(model: KnowledgeModel, conditionIndex: ReadonlyMap<string, number>, findingIndex: ReadonlyMap<string, number>, binary: Uint8Array): { f: number[][]; p: number[][] } {
  const nC = model.conditions.length;
  const explicitF: number[][] = Array.from({ length: nC }, () => []);
  const explicitP: number[][] = Array.from({ length: nC }, () => []);
  for (const [fid, row] of Object.entries(model.likelihoods)) {
    const f = findingIndex.get(fid);
    if (f === undefined || !binary[f]) continue;
    for (const [cid, v] of Object.entries(row)) {
      const c = conditionIndex.get(cid);
      if (c === undefined || v[0] === undefined) continue;
      explicitF[c]!.push(f);
      explicitP[c]!.push(v[0]);
    }
  }
  return { f: explicitF, p: explicitP };
}

/**
 * Expanded entries in condition order, in growable typed arrays (no per-finding arrays of boxed
 * numbers); `groupByFinding` then sorts them by finding.
 */
class EntryBuffer {
  private cap = 1 << 16;
  f = new Int32Array(this.cap);
  c = new Int32Array(this.cap);
  p = new Float64Array(this.cap);
  n = 0;

  /** Appends one entry (finding, condition, P), doubling the arrays when full. */
  emit(f: number, c: number, p: number): void {
    if (this.n === this.cap) {
      this.cap *= 2;
      const f2 = new Int32Array(this.cap);
      f2.set(this.f);
      this.f = f2;
      const c2 = new Int32Array(this.cap);
      c2.set(this.c);
      this.c = c2;
      const p2 = new Float64Array(this.cap);
      p2.set(this.p);
      this.p = p2;
    }
    this.f[this.n] = f;
    this.c[this.n] = c;
    this.p[this.n] = p;
    this.n++;
  }
}

/** The graph, leaks and credit settings of an expansion, with per-condition scratch reset through the touched list. */
interface ExpandContext {
  readonly g: IsAGraph;
  readonly leak: Float64Array;
  readonly credit: number;
  readonly maxDesc: number;
  /** 0 untouched, 1 explicit, 2 up, 3 down. */
  readonly state: Uint8Array;
  readonly val: Float64Array;
  readonly nonLeaf: Uint8Array;
  readonly touched: Int32Array;
}

/** One condition's expansion: its explicit entries, up (noisy-OR into ancestors), down (credit and negatives), emitted; scratch reset. */
function expandCondition(ctx: ExpandContext, c: number, fs: readonly number[], ps: readonly number[], buf: EntryBuffer): void {
  const { state, val, nonLeaf, touched } = ctx;
  let nT = 0;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    state[f] = 1;
    val[f] = ps[i]!;
    touched[nT++] = f;
  }
  nT = expandUp(ctx, fs, ps, nT);
  nT = expandDown(ctx, fs, ps, nT);
  for (let t = 0; t < nT; t++) {
    const f = touched[t]!;
    buf.emit(f, c, val[f]!);
    state[f] = 0;
    nonLeaf[f] = 0;
  }
  for (let i = 0; i < fs.length; i++) {
    const anc = ancestorsOf(ctx.g, fs[i]!);
    for (let a = 0; a < anc.length; a++) nonLeaf[anc[a]!] = 0;
  }
}

/** Up: noisy-OR into unlisted ancestors of the entries that raise the odds; marks non-leaves. Returns the touched count. */
function expandUp(ctx: ExpandContext, fs: readonly number[], ps: readonly number[], nT: number): number {
  const { state, val, nonLeaf, touched, leak } = ctx;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    const p = ps[i]!;
    if (!(p > leak[f]!)) continue;
    const anc = ancestorsOf(ctx.g, f);
    for (let a = 0; a < anc.length; a++) {
      const u = anc[a]!;
      nonLeaf[u] = 1;
      if (state[u] === 1) continue;
      if (state[u] === 0) {
        state[u] = 2;
        val[u] = 0;
        touched[nT++] = u;
      }
      val[u] = 1 - (1 - val[u]!) * (1 - p);
    }
  }
  return nT;
}

/** Down: credit from the most specific entries, and negative entries to all their descendants. Returns the touched count. */
function expandDown(ctx: ExpandContext, fs: readonly number[], ps: readonly number[], nT: number): number {
  const { state, val, nonLeaf, touched, leak } = ctx;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    const ratio = ps[i]! / leak[f]!;
    const negative = ratio < 1;
    if (!negative && nonLeaf[f]) continue;
    const r = negative ? ratio : ctx.credit * ratio;
    if (!negative && !(r > 1)) continue;
    const desc = descendantsOf(ctx.g, f, ctx.maxDesc);
    for (let k = 0; k < desc.length; k++) {
      const v = desc[k]!;
      const st = state[v]!;
      if (st === 1 || st === 2) continue;
      const pv = Math.min(0.999, leak[v]! * r);
      if (st === 0) {
        state[v] = 3;
        val[v] = pv;
        touched[nT++] = v;
      } else if (val[v]! > leak[v]!) {
        // Existing credit: a negative source overrides it; a stronger credit replaces it.
        if (negative || pv > val[v]!) val[v] = pv;
      } else if (negative && pv < val[v]!) val[v] = pv;
    }
  }
  return nT;
}

/** The buffered entries grouped by finding (counting sort, which keeps conditions ascending within a finding). */
function groupByFinding(buf: EntryBuffer, nF: number): (ExpandedRow | undefined)[] {
  const nE = buf.n;
  const start = new Int32Array(nF + 1);
  for (let e = 0; e < nE; e++) start[buf.f[e]! + 1]!++;
  for (let f = 0; f < nF; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, nF);
  const allIdx = new Int32Array(nE);
  const allP = new Float64Array(nE);
  for (let e = 0; e < nE; e++) {
    const at = fill[buf.f[e]!]!++;
    allIdx[at] = buf.c[e]!;
    allP[at] = buf.p[e]!;
  }
  const out: (ExpandedRow | undefined)[] = new Array<ExpandedRow | undefined>(nF);
  for (let f = 0; f < nF; f++) {
    if (start[f + 1] === start[f]) continue;
    out[f] = { idx: allIdx.subarray(start[f]!, start[f + 1]!), p: allP.subarray(start[f]!, start[f + 1]!) };
  }
  return out;
}
