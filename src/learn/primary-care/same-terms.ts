/**
 * One phrase counts once (issue 13, docs/sessions/23-numbers7.md, 23-numbers8.md): the model step that merges
 * findings the reader emits from one phrase. Every set of binary findings sharing lexicon terms
 * (`intake/notes/same-terms.ts`) whose members are true synonyms (each one's name a term of the others) gets one finding that carries those terms, coded with its members; the lexicon reads the shared terms as it
 * only. Its probability is that of any member holding (noisy-OR), so one wording no longer adds two or three
 * likelihood ratios, and a condition listing several members still gains a little over one listing one. The members
 * stay as they were for structured input, questions and their own unshared terms; red-flag rules naming a member
 * also fire on its shared-terms finding.
 */
import type { BinaryFinding, FindingDef, FindingKind, RedFlagRule } from '../../core/model.js';
import { SAME_TERMS_SYSTEM, sameTermsMembers, synonymTermSets } from '../../intake/notes/same-terms.js';
import { roundSig } from '../artifact.js';

/** Id of the shared-terms finding of a member set (sorted member ids). */
export function sameTermsId(members: readonly string[]): string {
  return `same:${members.join('+')}`;
}

/** P(at least one of independent events of these probabilities): the chance a phrase naming any member is said. */
function anyOf(ps: readonly number[]): number {
  return 1 - ps.reduce((q, p) => q * (1 - p), 1);
}

/** The members' one kind, else symptom when one is a symptom, else the first member's kind. */
function mergedKind(members: readonly BinaryFinding[]): FindingKind {
  const kinds = new Set(members.map((m) => m.kind));
  if (kinds.size === 1) return members[0]!.kind;
  return kinds.has('symptom') ? 'symptom' : members[0]!.kind;
}

/**
 * Adds one shared-terms finding per set of binary findings that share terms and are true synonyms, with its likelihood row: the
 * phrase is said when any member holds, so P(f | c) = 1 - the product of (1 - P(member | c)), a member c does
 * not list at its leak (noisy-OR, members independent given c), at most 0.99; its leak the same over the leaks.
 * Mutates `findings` and `lk`; returns the added findings by member id.
 */
export function addSameTermFindings(findings: Map<string, FindingDef>, lk: Map<string, Map<string, number>>): Map<string, string[]> {
  const byMember = new Map<string, string[]>();
  const { sets } = synonymTermSets([...findings.values()].sort((a, b) => a.id.localeCompare(b.id)));
  for (const [set, terms] of [...sets].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ids = set.split(' ');
    const members = ids.map((id) => findings.get(id) as BinaryFinding);
    const leak = roundSig(anyOf(members.map((m) => m.leak)), 4);
    const id = sameTermsId(ids);
    const written = [...terms.values()];
    const f: BinaryFinding = {
      id, name: written[0]!, ...(written.length > 1 ? { synonyms: written.slice(1) } : {}), kind: mergedKind(members), valueType: 'binary', leak,
      codes: ids.map((code) => ({ system: SAME_TERMS_SYSTEM, code })),
    };
    findings.set(id, f);
    const listing = [...new Set(members.flatMap((m) => [...(lk.get(m.id)?.keys() ?? [])]))].sort();
    lk.set(id, new Map(listing.map((cid) => [cid, roundSig(Math.min(0.99, Math.max(0.001, anyOf(members.map((m) => lk.get(m.id)?.get(cid) ?? m.leak)))), 4)])));
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
