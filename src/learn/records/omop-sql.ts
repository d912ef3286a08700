/** placeholder */
import type { TrainingFile } from '../../core/model.js';
import { RecordCounts } from './counts.js';
import type { EpisodeOptions } from './episodes.js';
import type { Vocabulary } from './vocabulary.js';

export interface SqlClient {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export async function learnOmopCounts(_c: SqlClient, _s: string, vocab: Vocabulary, _o: EpisodeOptions): Promise<{ counts: RecordCounts; training: TrainingFile[]; tables: Map<string, number> }> {
  return { counts: new RecordCounts(vocab.bands), training: [], tables: new Map() };
}
