/**
 * One patient's facts -> episodes. An episode is an encounter with a diagnosis (each distinct label
 * at an encounter is one episode). Its findings come from the window before and at it: coded
 * findings and notes, test results interpreted against their reference ranges with the patient's
 * age and sex at that date, medications and procedures up to it, and earlier diagnoses as history.
 */
import { readObservation } from '../../intake/fhir/observation.js';
import { completedYears } from '../../intake/fhir/patient.js';
import { SEXES } from '../../core/model.js';
import { bandOf, type Episode } from './counts.js';
import type { Fact } from './fhir-facts.js';
import type { FindingInfo, Vocabulary } from './vocabulary.js';

const DAY = 86_400_000;

export interface EpisodeOptions {
  /** Days before the encounter whose findings count (default 14). */
  readonly windowDays: number;
  /** Only episodes before this instant (epoch ms). */
  readonly until?: number;
  /** Only episodes at or after this instant. */
  readonly after?: number;
  /** At most this many episodes per patient (the earliest), for a bounded privacy sensitivity. */
  readonly maxEpisodes?: number;
  /** At most this many present and tested findings per episode (sorted by key), likewise. */
  readonly maxFindings?: number;
}

export interface DatedEpisode extends Episode {
  readonly at: number;
  readonly age: number;
}

type Why = (reason: string) => void;

function clip(set: Set<FindingInfo>, max: number | undefined): Set<FindingInfo> {
  if (max === undefined || set.size <= max) return set;
  return new Set([...set].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, max));
}

/** The episodes of one patient, in time order. Reasons for skipping go to `why`. */
export function patientEpisodes(facts: readonly Fact[], vocab: Vocabulary, opts: EpisodeOptions, why: Why): DatedEpisode[] {
  let birth: number | null = null;
  let sex = -1;
  const encounters = new Map<string, number>();
  const dx: (readonly ['D', string, string, number, string])[] = [];
  for (const f of facts) {
    if (f[0] === 'P') {
      birth = f[2];
      sex = f[3];
    } else if (f[0] === 'E') encounters.set(f[2], f[3]);
    else if (f[0] === 'D') dx.push(f);
  }
  if (dx.length === 0) return [];
  if (birth === null || sex < 0) {
    why(birth === null ? 'patient without a usable birth date' : 'patient without a female/male sex');
    return [];
  }
  // Episodes: distinct (encounter, label); a diagnosis without a known encounter is its own episode at its date.
  const seen = new Set<string>();
  const starts: { at: number; enc: string; label: string }[] = [];
  for (const d of dx) {
    const encAt = d[2] ? encounters.get(d[2]) : undefined;
    const at = encAt ?? d[3];
    const enc = encAt !== undefined ? d[2] : '';
    const key = `${enc || at}\u0000${d[4]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    starts.push({ at, enc, label: d[4] });
  }
  starts.sort((a, b) => a.at - b.at || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const out: DatedEpisode[] = [];
  for (const s of starts) {
    if (opts.until !== undefined && s.at >= opts.until) continue;
    if (opts.after !== undefined && s.at < opts.after) continue;
    if (opts.maxEpisodes !== undefined && out.length >= opts.maxEpisodes) {
      why('episode beyond the per-patient limit');
      continue;
    }
    const age = completedYears(birth, s.at);
    const band = bandOf(vocab.bands, age);
    if (age < 0 || band < 0) {
      why('episode at an impossible age');
      continue;
    }
    const label = vocab.labels.get(s.label);
    if (!label) continue;
    const { present, tested } = windowFindings(facts, s, birth, sex, vocab, opts.windowDays);
    out.push({ label, band, sex, age, at: s.at, present: clip(present, opts.maxFindings), tested: clip(tested, opts.maxFindings) });
  }
  return out;
}

function windowFindings(facts: readonly Fact[], s: { at: number; enc: string; label: string }, birth: number, sex: number, vocab: Vocabulary, windowDays: number): { present: Set<FindingInfo>; tested: Set<FindingInfo> } {
  const from = s.at - windowDays * DAY;
  const to = s.at + DAY;
  const inWindow = (enc: string, at: number): boolean => (s.enc !== '' && enc === s.enc) || (at >= from && at < to);
  const present = new Set<FindingInfo>();
  const absent = new Set<FindingInfo>();
  const tested = new Set<FindingInfo>();
  const ctx = { sex: SEXES[sex], age: completedYears(birth, s.at) };
  for (const f of facts) {
    switch (f[0]) {
      case 'F': {
        if (!inWindow(f[2], f[3])) break;
        // A note's finding is named by its base id, which this vocabulary may not have met yet (in
        // another worker, or at a later patient): resolve it here, so counts never depend on order.
        const info = vocab.findings.get(f[4]) ?? vocab.baseFinding(f[4]);
        if (!info) break;
        if (f[5] === 1) present.add(info);
        else absent.add(info);
        if (info.measured) tested.add(info);
        break;
      }
      case 'O': {
        if (!inWindow(f[2], f[3])) break;
        const r = readObservation(f[4], 'Observation', ctx);
        for (const o of r.outcomes) {
          for (const info of vocab.conceptFindings(o.concept)) {
            tested.add(info);
            if (o.present) present.add(info);
          }
        }
        break;
      }
      case 'H':
        if (f[2] < to) {
          const info = vocab.findings.get(f[3]);
          if (info) present.add(info);
        }
        break;
      case 'D':
        // An earlier diagnosis (before the window) is history.
        if (f[3] < from && f[4] !== s.label) {
          const l = vocab.labels.get(f[4]);
          if (l) for (const h of vocab.historyFindings(l)) present.add(h);
        }
        break;
      default:
        break;
    }
  }
  // Present wins within the window (a fever measured at any point of the episode is a fever).
  for (const a of absent) if (a.measured && !present.has(a)) tested.add(a);
  return { present, tested };
}
