/**
 * Mention groups for the engine (`core/mention-groups.ts`): the present binary findings a note's reader took from one
 * phrase. The lexicon maps some terms to several findings on purpose ("ankle swelling" to ankle swelling, leg swelling
 * and peripheral oedema), so several findings can share one span of the text; findings joined by a shared affirmed span
 * (transitively) form one group, which the engine counts once per condition. A finding also named elsewhere on its own
 * joins the group all the same: its every mention is the same sign said again. Pure; no I/O.
 */
import type { Observation } from '../../core/evidence.js';
import type { Mention } from './extract.js';

/**
 * Groups (two or more finding ids, sorted) of the findings in `present` that share an affirmed term span: not negated,
 * not a value (`valueId`), not set by a reading or a statement. `present` holds the ids the case observes present.
 */
export function sameMentionGroups(mentions: readonly Mention[], present: ReadonlySet<string>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let y = x;
    while (parent.get(y) !== y) y = parent.get(y)!;
    return y;
  };
  const bySpan = new Map<string, string>();
  for (const m of mentions) {
    if (!present.has(m.findingId) || m.negated || m.valueId !== undefined || m.reading || m.statement) continue;
    if (!parent.has(m.findingId)) parent.set(m.findingId, m.findingId);
    const key = `${m.span.start}:${m.span.end}`;
    const other = bySpan.get(key);
    if (other === undefined) { bySpan.set(key, m.findingId); continue; }
    const a = find(other);
    const b = find(m.findingId);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = find(id);
    const g = groups.get(r);
    if (g) g.push(id);
    else groups.set(r, [id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The ids of the present binary-style observations (`present: true`) of a case. */
export function presentIds(findings: readonly Observation[]): Set<string> {
  return new Set(findings.filter((o) => 'present' in o && o.present).map((o) => o.id));
}
