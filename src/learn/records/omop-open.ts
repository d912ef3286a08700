/** placeholder */
import type { RecordsSource } from './learn.js';
export async function openOmopSource(_o: { csv: string } | { url: string; schema: string }): Promise<{ source: RecordsSource; identity: string; close(): Promise<void> }> {
  throw new Error('todo');
}
