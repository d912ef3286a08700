/**
 * The case as the workbench holds it: findings with where they came from (the note, an answer, a
 * test result, a correction), the money spent, and what the clinician skipped. Pure functions, so
 * every change is a new value and the differential is recomputed from exactly what is shown.
 */
import type { Observation, Vocabulary } from './api.js';
import { pct } from './format.js';

export type Source = 'note' | 'fhir' | 'answer' | 'test' | 'manual';

export interface CaseFinding {
  readonly obs: Observation;
  readonly source: Source;
  /** Character spans in the note that produced this finding. */
  readonly spans: readonly { start: number; end: number }[];
}

export interface TimelineStep {
  readonly label: string;
  readonly top: readonly { name: string; probability: number }[];
  readonly change: string;
  readonly spentUsd: number;
}

type VocabFinding = Vocabulary['findings'][number];

/** The vocabulary's findings by id. */
export function findingIndex(v: Vocabulary | undefined): Map<string, VocabFinding> {
  return new Map((v?.findings ?? []).map((f) => [f.id, f]));
}

/** "fever: present", "site of pain: chest", "fever: absent". */
export function describeObs(o: Observation, f: VocabFinding | undefined): { name: string; value: string; absent: boolean } {
  const name = f?.name ?? o.id;
  const valueName = (id: string | number) => f?.values?.find((v) => v.id === id)?.name ?? String(id);
  if (o.present !== undefined) return { name, value: o.present ? 'present' : 'absent', absent: !o.present };
  if (o.values !== undefined) return { name, value: o.values.map(valueName).join(', '), absent: false };
  return { name, value: o.value !== undefined ? valueName(o.value) : '', absent: false };
}

/** What a step changed in the differential, in words. */
export function describeChange(before: readonly { name: string; probability: number }[], after: readonly { name: string; probability: number }[]): string {
  const a = after[0];
  if (!a) return 'no differential';
  const b = before[0];
  if (!b) return `leads: ${a.name} ${pct(a.probability)}`;
  if (b.name !== a.name) return `new leader: ${a.name} ${pct(a.probability)} (was ${b.name})`;
  return `${a.name} ${pct(b.probability)} → ${pct(a.probability)}`;
}

/** The case findings without the one with id `id`. */
export function withoutFinding(fs: readonly CaseFinding[], id: string): CaseFinding[] {
  return fs.filter((f) => f.obs.id !== id);
}

/** The case findings with the observation of `id` replaced. */
export function replaceFinding(fs: readonly CaseFinding[], id: string, obs: Observation): CaseFinding[] {
  return fs.map((f) => (f.obs.id === id ? { ...f, obs } : f));
}
