/**
 * One phrase counts once (issue 13, docs/sessions/23-numbers7.md): the model step that merges findings the
 * reader emits from one phrase. Every set of binary findings sharing lexicon terms (`intake/notes/same-terms.ts`)
 * gets one finding that carries those terms, coded with its members; the lexicon reads the shared terms as it
 * only. Each condition listing a member keeps the largest of its members' likelihood ratios against their leaks
 * (the finding's leak is the members' largest), so one wording no longer adds two or three ratios. The members
 * stay as they were for structured input, questions and their own unshared terms; red-flag rules naming a member
 * also fire on its shared-terms finding.
 */
import type { BinaryFinding, FindingDef, FindingKind, RedFlagRule } from '../../core/model.js';
import { SAME_TERMS_SYSTEM, sameTermsMembers, sharedTermSets } from '../../intake/notes/same-terms.js';
import { roundSig } from '../artifact.js';

/** Id of the shared-terms finding of a member set (sorted member ids). */
export function sameTermsId(members: readonly string[]): string {
  return `same:${members.join('+')}`;
}

/** The members' one kind, else symptom when one is a symptom, else the first member's kind. */
function mergedKind(members: readonly BinaryFinding[]): FindingKind {
  const kinds = new Set(members.map((m) => m.kind));
  if (kinds.size === 1) return members[0]!.kind;
  return kinds.has('symptom') ? 'symptom' : members[0]!.kind;
}

/**
 * Adds one shared-terms finding per set of binary findings that share terms, with its likelihood row:
 * P(f | c) = leak x the largest P(member | c) / leak(member) over the members c lists, at most 0.99.
 * Mutates `findings` and `lk`; returns the added findings by member id.
 */
export function addSameTermFindings(findings: Map<string, FindingDef>, lk: Map<string, Map<string, number>>): Map<string, string[]> {
  const byMember = new Map<string, string[]>();
  const sets = sharedTermSets([...findings.values()].sort((a, b) => a.id.localeCompare(b.id)));
  for (const [set, terms] of [...sets].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ids = set.split(' ');
    const members = ids.map((id) => findings.get(id) as BinaryFinding);
    const leak = Math.max(...members.map((m) => m.leak));
    const id = sameTermsId(ids);
    const written = [...terms.values()];
    const f: BinaryFinding = {
      id, name: written[0]!, ...(written.length > 1 ? { synonyms: written.slice(1) } : {}), kind: mergedKind(members), valueType: 'binary', leak,
      codes: ids.map((code) => ({ system: SAME_TERMS_SYSTEM, code })),
    };
    findings.set(id, f);
    const row = new Map<string, number>();
    for (const m of members) {
      for (const [cid, p] of lk.get(m.id) ?? []) {
        const v = Math.min(0.99, (leak * p) / m.leak);
        if (v > (row.get(cid) ?? 0)) row.set(cid, v);
      }
    }
    lk.set(id, new Map([...row].sort((a, b) => a[0].localeCompare(b[0])).map(([c, p]) => [c, roundSig(Math.max(0.001, p), 4)])));
    for (const m of ids) (byMember.get(m) ?? byMember.set(m, []).get(m)!).push(id);
  }
  return byMember;
}

/** Whether a finding is a shared-terms finding (read from notes only; its members are the questions). */
export function isSameTermsFinding(f: Pick<FindingDef, 'codes'>): boolean {
  return sameTermsMembers(f).length > 0;
}

/**
 * Red-flag rules that also fire on shared-terms findings: a member in `any` or `with` brings its shared-terms
 * findings into the list; a member in `all` gives one more rule per way of writing it (id suffixed `~n`).
 */
export function redFlagsWithSameTerms(rules: readonly RedFlagRule[], byMember: ReadonlyMap<string, readonly string[]>): RedFlagRule[] {
  const widen = (list: readonly string[] | undefined): string[] | undefined => (list ? [...new Set(list.flatMap((x) => [x, ...(byMember.get(x) ?? [])]))] : undefined);
  const out: RedFlagRule[] = [];
  for (const r of rules) {
    const any = widen(r.any);
    const wth = widen(r.with);
    const base: RedFlagRule = { ...r, ...(any ? { any } : {}), ...(wth ? { with: wth } : {}) };
    out.push(base);
    // Each `all` item with its alternatives; every combination but the rule's own is one more rule.
    let combos: string[][] = [[]];
    for (const x of r.all) combos = combos.flatMap((c) => [x, ...(byMember.get(x) ?? [])].map((y) => [...c, y]));
    combos.slice(1).forEach((all, i) => out.push({ ...base, id: `${r.id}~${i + 1}`, all }));
  }
  return out;
}
