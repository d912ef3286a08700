/**
 * Over-redaction check for the de-identifier on text nobody tuned it to: the MedQA questions and the OSCE
 * vignettes of the data folder hold no PHI (ages, diagnoses, drugs, eponyms, doses, years), so every span the
 * detector reports on them is over-redaction. Writes them as gold notes with no PHI, one text per line and one
 * patient per text, for `ddx deid spans` and `score_deid.py` (`clean_docs_flagged`):
 *   node --import tsx scripts/deid-phi-free.ts [--data ../shared/data] [--out /tmp/phi-free.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const data = resolve(arg('--data', process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data')));
const out = arg('--out', '/tmp/phi-free.jsonl');

/** Every string value of a JSON tree, in document order, keys as labels ("History: ..."). */
function strings(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return [key ? `${key.replace(/_/g, ' ')}: ${v}` : v];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x, ''));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, k));
  return [];
}

const texts: string[] = [];
for (const line of readFileSync(resolve(data, 'cases', 'medqa-dev-diagnosis.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) texts.push(String((JSON.parse(line) as { question?: string }).question ?? ''));
}
for (const line of readFileSync(resolve(data, 'cases', 'osce-medqa-dev.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const c = JSON.parse(line) as { OSCE_Examination?: Record<string, unknown> };
  // The correct diagnosis is an answer key, not text a clinician would write in the note.
  const { Correct_Diagnosis: _d, ...rest } = c.OSCE_Examination ?? {};
  texts.push(strings(rest).join('\n'));
}
writeFileSync(out, texts.map((text, i) => JSON.stringify({ patient: `pf${i}`, note: '1', text, phi: [] })).join('\n') + '\n');
process.stdout.write(`${texts.length} PHI-free texts -> ${out}\n`);
