/**
 * Learning counts from FHIR: NDJSON files (a Bulk Data export, one resource type per file) or JSON
 * Bundles, given as files or folders. Lines are streamed and projected to compact facts, spilled by
 * patient (spill.ts), then each patient's episodes are formed and counted. Missing resource types
 * (an export without Observation, say) only mean fewer findings. The texts read (code displays,
 * string values) are gated for identifiable content before the counts are returned.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { InputError, issue } from '../../core/issues.js';
import type { TrainingFile } from '../../core/model.js';
import { assertDeidentified } from '../gate.js';
import { RecordCounts } from './counts.js';
import { patientEpisodes, type DatedEpisode, type EpisodeOptions } from './episodes.js';
import { projectJson, type Fact, type ProjectContext } from './fhir-facts.js';
import { PatientSpill } from './spill.js';
import type { Vocabulary } from './vocabulary.js';

export interface FhirInput {
  readonly path: string;
  readonly bytes: number;
  readonly kind: 'ndjson' | 'json';
}

/** Files under the given paths: `*.ndjson` (and `.ndjson.gz` is not supported) and `*.json` Bundles, sorted. */
export function findFhirFiles(paths: readonly string[]): FhirInput[] {
  const out: FhirInput[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError([issue('missing-file', '--fhir', `no such file or folder: ${basename(p)}`)]);
    }
    const files = st.isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)) : [p];
    for (const f of files) {
      const kind = f.endsWith('.ndjson') ? 'ndjson' : f.endsWith('.json') ? 'json' : undefined;
      if (!kind || !statSync(f).isFile()) continue;
      out.push({ path: f, bytes: statSync(f).size, kind });
    }
  }
  if (out.length === 0) throw new InputError([issue('no-input', '--fhir', 'no .ndjson or .json files found')]);
  return out;
}

/** Stream the lines of a file, hashing its bytes. */
async function eachLine(path: string, onLine: (line: string, n: number) => void): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  const dec = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    const text = rest + dec.write(buf);
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl >= 0) {
      if (nl > start) onLine(text.slice(start, nl), ++n);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  rest += dec.end();
  if (rest.trim() !== '') onLine(rest, ++n);
  return { sha256: hash.digest('hex'), lines: n };
}

export interface FhirLearnResult {
  readonly counts: RecordCounts;
  readonly training: TrainingFile[];
  readonly resources: ReadonlyMap<string, number>;
  readonly bytes: number;
  readonly facts: number;
}

export interface FhirLearnOptions extends EpisodeOptions {
  /** Called with every episode formed (benchmarks score them); counting happens regardless. */
  readonly onEpisode?: (e: DatedEpisode) => void;
  /** Override the partition count (tests). */
  readonly partitions?: number;
}

/** Read FHIR files into counts. Throws InputError on unparseable lines or identifiable text. */
export async function learnFhirCounts(paths: readonly string[], vocab: Vocabulary, opts: FhirLearnOptions): Promise<FhirLearnResult> {
  const files = findFhirFiles(paths);
  const bytes = files.reduce((a, f) => a + f.bytes, 0);
  const spill = new PatientSpill(bytes, opts.partitions);
  const resources = new Map<string, number>();
  const texts = new Map<string, Set<string>>();
  let textCount = 0;
  const ctx: ProjectContext = {
    vocab,
    base: vocab.base,
    gate: (field, text) => {
      let set = texts.get(field);
      if (!set) texts.set(field, (set = new Set()));
      if (!set.has(text) && textCount < 1_000_000) {
        set.add(text);
        textCount++;
      }
    },
    tally: (k) => resources.set(k, (resources.get(k) ?? 0) + 1),
    emit: (f: Fact) => spill.add(f),
  };
  const training: TrainingFile[] = [];
  try {
    for (const f of files) {
      const name = basename(f.path);
      if (f.kind === 'json') {
        const raw = readFileSync(f.path);
        let v: unknown;
        try {
          v = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new InputError([issue('json', name, 'not valid JSON')]);
        }
        projectJson(v, ctx);
        training.push({ name, sha256: createHash('sha256').update(raw).digest('hex'), rows: 1 });
        continue;
      }
      const r = await eachLine(f.path, (line, n) => {
        let v: unknown;
        try {
          v = JSON.parse(line);
        } catch {
          throw new InputError([issue('json', `${name}:${n}`, 'line is not valid JSON (NDJSON needs one resource per line)')]);
        }
        projectJson(v, ctx);
      });
      training.push({ name, sha256: r.sha256, rows: r.lines });
    }
    // Refuse identifiable text before anything is counted from it.
    const records = function* (): Generator<Record<string, unknown>> {
      for (const [field, set] of texts) for (const t of set) yield { [field]: t };
    };
    assertDeidentified('FHIR input', records());
    const counts = new RecordCounts(vocab.bands);
    const why = (reason: string): void => counts.skip(reason);
    for (const facts of spill.patients()) {
      counts.patients++;
      for (const e of patientEpisodes(facts, vocab, opts, why)) {
        counts.addEpisode(e);
        opts.onEpisode?.(e);
      }
    }
    return { counts, training, resources, bytes, facts: spill.factCount };
  } finally {
    spill.dispose();
  }
}
