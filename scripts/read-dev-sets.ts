/**
 * The read dev sets of issue 13's gates (dev tools only), in one place: a lead who releases a set as read data changes
 * the count here, and every tool that reads "the read pool" or "the read number sets" follows. Since the thirty-third
 * session: the read vignette pool is the MedQA and OSCE dev files (their read halves; the tools leave score rows out)
 * and fresh-medqa-style 1-34; the read number sets are `notes.json`, `notes-dev-7/8/9`, `notes-untouched.json` and
 * `notes-untouched-2` … `-38`. The sets after these are gate or clean checks and are never listed here.
 */

/** How many fresh-medqa-style files are read dev data (`fresh-medqa-style.jsonl`, `-2` … `-N`). */
export const READ_FRESH_SETS = 34;

/** How many notes-untouched files are read dev data (`notes-untouched.json`, `-2` … `-N`). */
export const READ_UNTOUCHED_NUMBER_SETS = 38;

/** The read vignette pool's files: the MedQA and OSCE dev files under `data`, then the read fresh sets (repo paths). */
export function readPoolFiles(data: string): string[] {
  const fresh = Array.from({ length: READ_FRESH_SETS }, (_, i) => `src/bench/vignettes/fresh-medqa-style${i === 0 ? '' : `-${i + 1}`}.jsonl`);
  return [`${data}/cases/medqa-dev-diagnosis.jsonl`, `${data}/cases/osce-medqa-dev.jsonl`, ...fresh];
}

/** The read number sets' names (files `src/bench/notes-numbers/<name>.json`). */
export const READ_NUMBER_SETS: readonly string[] = ['notes', 'notes-dev-7', 'notes-dev-8', 'notes-dev-9', 'notes-untouched',
  ...Array.from({ length: READ_UNTOUCHED_NUMBER_SETS - 1 }, (_, i) => `notes-untouched-${i + 2}`)];
