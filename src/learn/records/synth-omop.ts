/** placeholder */
import type { KnowledgeModel } from '../../core/model.js';
export async function synthOmopSql(_m: KnowledgeModel, _url: string, _o: { patients: number; seed: number; schema: string }): Promise<{ persons: number; episodes: number; facts: number }> {
  throw new Error('todo');
}
