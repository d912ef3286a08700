/**
 * The index episode of a longitudinal record. A Synthea or EHR export spans years: a fever in 1985 and
 * a cough in 2020 are not one presentation. The index episode is the latest Encounter, or the latest
 * one that starts on or before a given date (`--at`), passing over routine visits (check-ups,
 * immunisation, dental) when a presentation precedes them; its window runs from a week before the encounter
 * starts (results and notes just before the visit belong to it) to a day after it ends. Resources tied
 * to the encounter (`encounter` / `context.encounter`) or dated inside the window are current; earlier
 * conditions are history; anything after the window is not part of the picture. A condition's status
 * is judged at the index time from its onset and abatement dates, since `clinicalStatus` says how
 * things stand when the record was exported ("resolved" a month after the visit is current at it).
 */
import { observationTime } from './observation.js';
import { isRecord, labels, parseFhirDate, str, type Json } from './shape.js';

const DAY = 86_400_000;
/** Results and notes up to this long before the encounter belong to it. */
export const EPISODE_LOOKBACK_DAYS = 7;

export interface Episode {
  /** How it was chosen: the latest encounter, the latest on or before `at`, or `at` alone (no encounter before it). */
  readonly chosenBy: 'latest-encounter' | 'at' | 'at-no-encounter';
  /** The encounter as a reference (entry fullUrl, else `Encounter/id`), when there is one. */
  readonly encounter?: string;
  /** Path of the Encounter resource. */
  readonly path?: string;
  /** Encounter start and end (ISO), or the `at` date. */
  readonly start: string;
  readonly end: string;
  /** The window findings must fall in to be current (ISO). */
  readonly windowStart: string;
  readonly windowEnd: string;
}

/** Where a resource falls relative to the index episode. */
export type Timing = 'current' | 'before' | 'after' | 'undated';

export interface EpisodeEntry {
  readonly path: string;
  readonly resource: Json;
  readonly resourceType: string;
  readonly reference?: string;
}

/** Internal form with epoch milliseconds. */
export interface EpisodeWindow {
  readonly episode: Episode;
  readonly encounterRefs: ReadonlySet<string>;
  readonly from: number;
  readonly to: number;
  readonly start: number;
}

function periodOf(raw: Json): { start?: number; end?: number } {
  const p = raw['period'];
  if (!isRecord(p)) return {};
  const start = str(p['start']);
  const end = str(p['end']);
  const s = start ? parseFhirDate(start) : undefined;
  const e = end ? parseFhirDate(end) : undefined;
  return { ...(s !== undefined ? { start: s } : {}), ...(e !== undefined ? { end: e } : {}) };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Choose the index episode. `at` (epoch ms) picks the latest encounter starting before the end of
 * that day. Undefined when the record has no dated Encounter and no `at` was given: the Bundle is
 * then read as one episode, as before.
 */
export function chooseEpisode(entries: readonly EpisodeEntry[], at?: number): EpisodeWindow | undefined {
  const limit = at !== undefined ? at + DAY : Infinity;
  let best: { e: EpisodeEntry; start: number; end: number } | undefined;
  let bestVisit: typeof best;
  for (const e of entries) {
    if (e.resourceType !== 'Encounter') continue;
    const status = str(e.resource['status']);
    if (status === 'entered-in-error' || status === 'cancelled' || status === 'planned') continue;
    const p = periodOf(e.resource);
    const start = p.start ?? p.end;
    if (start === undefined || start >= limit) continue;
    // Latest start wins; on a tie, the later entry (exports list encounters in time order).
    const cand = { e, start, end: Math.max(start, p.end ?? start) };
    if (!best || start >= best.start) best = cand;
    if (!routine(e.resource) && (!bestVisit || start >= bestVisit.start)) bestVisit = cand;
  }
  // A presentation, not a routine check-up after it: the latest encounter that is not a wellness,
  // immunisation or dental visit, when there is one.
  best = bestVisit ?? best;
  if (!best) {
    if (at === undefined) return undefined;
    const episode: Episode = { chosenBy: 'at-no-encounter', start: iso(at), end: iso(at), windowStart: iso(at - EPISODE_LOOKBACK_DAYS * DAY), windowEnd: iso(at + DAY) };
    return { episode, encounterRefs: new Set(), from: at - EPISODE_LOOKBACK_DAYS * DAY, to: at + DAY, start: at };
  }
  const from = best.start - EPISODE_LOOKBACK_DAYS * DAY;
  const to = best.end + DAY;
  const refs = new Set<string>();
  if (best.e.reference) refs.add(best.e.reference);
  const id = str(best.e.resource['id']);
  if (id) refs.add(`Encounter/${id}`);
  const episode: Episode = {
    chosenBy: at !== undefined ? 'at' : 'latest-encounter',
    ...(best.e.reference ? { encounter: best.e.reference } : id ? { encounter: `Encounter/${id}` } : {}),
    path: best.e.path,
    start: iso(best.start), end: iso(best.end), windowStart: iso(from), windowEnd: iso(to),
  };
  return { episode, encounterRefs: refs, from, to, start: best.start };
}

/** Wellness, screening, immunisation and dental visits: not a presentation to diagnose. */
const ROUTINE = /\b(check[- ]?up|well[- ]?(child|baby|woman|man)|general examination|routine|wellness|annual (physical|exam)|immuni[sz]ation|vaccination|dental|prenatal|antenatal|postnatal|screening)\b/i;

function routine(raw: Json): boolean {
  const types = Array.isArray(raw['type']) ? raw['type'] : [];
  for (const t of types) for (const l of labels(t)) if (ROUTINE.test(l)) return true;
  return false;
}

function refersToEncounter(w: EpisodeWindow, raw: unknown): boolean {
  const refs = Array.isArray(raw) ? raw : [raw];
  for (const r of refs) {
    if (!isRecord(r)) continue;
    const ref = str(r['reference']);
    if (ref && (w.encounterRefs.has(ref) || [...w.encounterRefs].some((x) => x.startsWith('Encounter/') && ref.endsWith(`/${x}`)))) return true;
  }
  return false;
}

function place(w: EpisodeWindow, t: number | undefined): Timing {
  if (t === undefined) return 'undated';
  if (t < w.from) return 'before';
  if (t > w.to) return 'after';
  return 'current';
}

/** Timing of an Observation: its encounter, else its effective time. */
export function observationTiming(w: EpisodeWindow, raw: Json): Timing {
  if (refersToEncounter(w, raw['encounter'])) return 'current';
  const s = observationTime(raw);
  return place(w, s ? parseFhirDate(s) : undefined);
}

/** Timing of a DocumentReference: its context encounter, else its date or context period. */
export function documentTiming(w: EpisodeWindow, raw: Json): Timing {
  const ctx = raw['context'];
  if (isRecord(ctx) && refersToEncounter(w, ctx['encounter'])) return 'current';
  const date = str(raw['date']) ?? (isRecord(ctx) && isRecord(ctx['period']) ? str(ctx['period']['start']) : undefined);
  return place(w, date ? parseFhirDate(date) : undefined);
}

export interface ConditionTiming {
  readonly timing: Timing;
  /** Abated before the index episode (a past problem, whatever the exported status says). */
  readonly resolvedBefore: boolean;
}

/**
 * Timing of a Condition at the index episode. Onset (onsetDateTime, onsetPeriod.start, recordedDate)
 * inside the window, or the index encounter, makes it current; an onset after the window puts it
 * outside; an earlier onset makes it history, and an abatement before the window a resolved one.
 */
export function conditionTiming(w: EpisodeWindow, raw: Json): ConditionTiming {
  const op = raw['onsetPeriod'];
  const onsetS = str(raw['onsetDateTime']) ?? (isRecord(op) ? str(op['start']) : undefined) ?? str(raw['recordedDate']);
  const ap = raw['abatementPeriod'];
  const abateS = str(raw['abatementDateTime']) ?? (isRecord(ap) ? (str(ap['end']) ?? str(ap['start'])) : undefined);
  const onset = onsetS ? parseFhirDate(onsetS) : undefined;
  const abated = abateS ? parseFhirDate(abateS) : undefined;
  const resolvedBefore = abated !== undefined && abated < w.start;
  if (refersToEncounter(w, raw['encounter']) && !resolvedBefore) return { timing: 'current', resolvedBefore };
  return { timing: place(w, onset), resolvedBefore };
}
