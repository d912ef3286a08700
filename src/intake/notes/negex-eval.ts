/**
 * The NegEx test-set task: a sentence and a given concept, classified Negated or Affirmed. Here the
 * concept is located in the sentence (the set writes it in capitals; case and spacing may differ) and
 * the context engine decides. Pure: parsing takes text, scoring takes rows. `ddx bench negex` reads
 * the file and times the run.
 */
import { issue, type Issue, type Result } from '../../core/issues.js';
import { applyContext, defaultContextRules, type CompiledRules, type ContextFlags, type Span } from './context.js';
import { sectionsAndBreaks } from './sections.js';
import { normalizeWord, tokenize } from './tokenize.js';

export type NegexLabel = 'Negated' | 'Affirmed';

export interface NegexRow {
  readonly report: string;
  readonly concept: string;
  readonly sentence: string;
  readonly label: NegexLabel;
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

/** Parse the TSV (header: Report No., Concept, Sentence, Negation). Every bad row is reported by line. */
export function parseNegexTsv(text: string): Result<NegexRow[]> {
  const lines = text.split(/\r?\n/);
  const rows: NegexRow[] = [];
  const issues: Issue[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const cols = line.split('\t');
    const path = `$[${i + 1}]`;
    if (cols.length < 4) {
      issues.push(issue('columns', path, `line ${i + 1}: expected 4 tab-separated columns, found ${cols.length}`));
      return;
    }
    const label = (cols[3] as string).trim();
    if (label !== 'Negated' && label !== 'Affirmed') {
      issues.push(issue('enum', `${path}[3]`, `line ${i + 1}: status must be Negated or Affirmed`));
      return;
    }
    rows.push({ report: (cols[0] as string).trim(), concept: unquote(cols[1] as string), sentence: unquote(cols[2] as string), label });
  });
  if (rows.length === 0 && issues.length === 0) issues.push(issue('empty', '$', 'no annotation rows'));
  return issues.some((x) => x.severity === 'error') ? { ok: false, issues } : { ok: true, value: rows, issues };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Locate a given concept in a sentence: prefer an occurrence written in capitals (how the NegEx set
 * marks its concept), then any case-insensitive occurrence with flexible spacing and hyphens, then a
 * match of normalised tokens (plural variation). Returns undefined when the concept is absent.
 */
export function locateConcept(sentence: string, concept: string): Span | undefined {
  const words = concept.trim().split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const re = new RegExp(words.map(escapeRe).join('[\\s-]+'), 'gi');
  let first: Span | undefined;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[0] === m[0].toUpperCase() && /[A-Z]/.test(m[0])) return span;
    first ??= span;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (first) return first;
  const want = words.map(normalizeWord);
  const t = tokenize(sentence);
  for (let i = 0; i + want.length <= t.count; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) ok = t.norm[i + j] === want[j];
    if (ok) return { start: t.start[i] as number, end: t.end[i + want.length - 1] as number };
  }
  return undefined;
}

/** Context of an arbitrary span of a text (e.g. a concept found by another recogniser). */
export function contextOfSpan(text: string, span: Span, rules: CompiledRules = defaultContextRules()): ContextFlags {
  const { sections, breaks } = sectionsAndBreaks(text);
  const tokens = tokenize(text, breaks);
  let first = 0;
  while (first < tokens.count && (tokens.end[first] as number) <= span.start) first++;
  let end = first;
  while (end < tokens.count && (tokens.start[end] as number) < span.end && tokens.sentence[end] === tokens.sentence[first]) end++;
  if (first >= tokens.count || end === first) {
    return { negated: false, uncertain: false, hypothetical: false, historical: false, experiencer: 'patient', decisions: [] };
  }
  return applyContext(tokens, sections, [{ first, end }], rules)[0] as ContextFlags;
}

export interface NegexScore {
  readonly sentences: number;
  readonly accuracy: number;
  readonly negated_precision: number;
  readonly negated_recall: number;
  readonly negated_f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** Rows whose concept could not be found in the sentence (classified Affirmed). */
  readonly unlocated: number;
}

export interface NegexPrediction {
  readonly row: NegexRow;
  readonly predicted: NegexLabel;
  readonly flags: ContextFlags | undefined;
}

export function predictNegex(rows: readonly NegexRow[], rules: CompiledRules = defaultContextRules()): NegexPrediction[] {
  return rows.map((row) => {
    const span = locateConcept(row.sentence, row.concept);
    const flags = span ? contextOfSpan(row.sentence, span, rules) : undefined;
    return { row, predicted: flags?.negated ? 'Negated' : 'Affirmed', flags };
  });
}

export function scoreNegex(preds: readonly NegexPrediction[]): NegexScore {
  let tp = 0, fp = 0, fn = 0, tn = 0, unlocated = 0;
  for (const p of preds) {
    if (!p.flags) unlocated++;
    const gold = p.row.label === 'Negated';
    const pred = p.predicted === 'Negated';
    if (gold && pred) tp++;
    else if (!gold && pred) fp++;
    else if (gold && !pred) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = preds.length;
  const r4 = (x: number): number => Math.round(x * 10000) / 10000;
  return { sentences: n, accuracy: r4(n === 0 ? 0 : (tp + tn) / n), negated_precision: r4(precision), negated_recall: r4(recall), negated_f1: r4(f1), tp, fp, fn, tn, unlocated };
}
