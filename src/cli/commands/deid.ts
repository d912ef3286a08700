/**
 * `ddx deid`: de-identify a note (`ddx deid note.txt`), a notes JSONL file into spans
 * (`ddx deid spans --in notes.jsonl --out spans.jsonl`) or a FHIR resource/Bundle (`ddx deid --fhir bundle.json`).
 * Input text never appears in errors; a bad JSONL line is reported by number and the run exits 2.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatIssues, InputError, issue, type Issue } from '../../core/issues.js';
import { deidentifyText, detectPhiForPatient, decodeJsonlLines, decodeUtf8Strict, parseNoteLines, reportedSpansForPatient, type DeidMode, type Lexicon, type PhiSpan } from '../../privacy/deid/index.js';
import { deidentifyFhir } from '../../privacy/fhir/index.js';
import { loadDeidKey } from '../../privacy/keys/index.js';
import { chooseDeidLexicons, loadDeidLexicon } from '../deid-lexicon.js';
import { CliUsageError, EXIT_BAD_INPUT } from '../exit.js';
import { readFileBytes } from '../io.js';

const LEXICON_HELP = 'extra word lists (*.txt), or "none" (default: $DDX_DEID_LEXICONS, else <data>/deid/lexicons if present)';

interface DeidFlags {
  mode: string;
  keyFile?: string;
  patient?: string;
  fhir?: string;
  redactYears?: boolean;
  lexicons?: string;
}

interface SpansFlags {
  in?: string;
  out?: string;
  lexicons?: string;
  redactYears?: boolean;
}

/** Read a file as strict UTF-8 text, refusing binary or oversize input without quoting it. */
export function readUtf8(path: string): string {
  const text = decodeUtf8Strict(readFileBytes(path));
  if (text === undefined) throw new InputError([issue('encoding', '$', 'input is not UTF-8 text (binary or another encoding); nothing was output')]);
  return text;
}

function lexiconFrom(flag: string | undefined): Lexicon | undefined {
  return loadDeidLexicon(chooseDeidLexicons(flag));
}

function parseDeidMode(value: string): DeidMode {
  if (value !== 'redact' && value !== 'surrogate' && value !== 'spans') throw new CliUsageError('--mode must be one of redact, surrogate, spans');
  return value;
}

function reportLineIssues(issues: readonly Issue[]): void {
  if (issues.length) {
    process.stderr.write(`ddx: ${issues.length} input line(s) skipped\n${formatIssues(issues)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

/** `ddx deid --fhir`: a FHIR resource or Bundle de-identified with the key, its text redacted or given surrogates. */
function deidFhirFile(path: string, keyFile: string | undefined, mode: DeidMode): void {
  const key = loadDeidKey(keyFile);
  if (!key) throw new CliUsageError('FHIR de-identification needs a key: --key-file or DDX_DEID_KEY');
  let json: unknown;
  try {
    json = JSON.parse(readUtf8(path));
  } catch (err) {
    if (err instanceof InputError || err instanceof CliUsageError) throw err;
    throw new InputError([issue('json', '$', 'not valid JSON (content withheld)')]);
  }
  const r = deidentifyFhir(json, { key, textMode: mode === 'surrogate' ? 'surrogate' : 'redact' });
  if (!r.ok) throw new InputError(r.issues);
  process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
  if (r.issues.length) process.stderr.write(`${formatIssues(r.issues)}\n`);
}

/** `ddx deid note.txt`: the note redacted, with keyed surrogates, or its PHI spans as JSON. */
function deidNoteFile(notePath: string | undefined, flags: DeidFlags, mode: DeidMode, lexicon: Lexicon | undefined): void {
  if (!notePath) throw new CliUsageError('give a note file: ddx deid note.txt (or --fhir bundle.json, or ddx deid spans)');
  const key = mode === 'surrogate' ? loadDeidKey(flags.keyFile) : undefined;
  if (mode === 'surrogate' && !key) throw new CliUsageError('surrogate mode needs a key: --key-file or DDX_DEID_KEY');
  if (mode === 'surrogate' && !flags.patient) throw new CliUsageError('surrogate mode needs --patient <id>');
  const text = readUtf8(notePath);
  const r = deidentifyText(text, {
    mode,
    ...(key ? { key } : {}),
    ...(flags.patient ? { patientId: flags.patient } : {}),
    ...(flags.redactYears ? { redactYears: true } : {}),
    ...(lexicon ? { lexicon } : {}),
  });
  if (!r.ok) throw new InputError(r.issues);
  if (mode === 'spans') process.stdout.write(`${JSON.stringify({ spans: r.value.spans })}\n`);
  else process.stdout.write(r.value.text.endsWith('\n') ? r.value.text : `${r.value.text}\n`);
}

/**
 * Each note's PHI spans, as `ddx deid spans` reports them and `ddx bench deid` scores them: all notes of a
 * patient are detected together, so a name found in one is found in the others.
 */
export function phiByPatient(notes: readonly { readonly patient: string; readonly text: string }[], lexicon: Lexicon | undefined, redactYears: boolean): PhiSpan[][] {
  const byPatient = new Map<string, number[]>();
  notes.forEach((n, i) => {
    const list = byPatient.get(n.patient);
    if (list) list.push(i); else byPatient.set(n.patient, [i]);
  });
  const spansOf: PhiSpan[][] = new Array<PhiSpan[]>(notes.length);
  for (const idx of byPatient.values()) {
    const texts = idx.map((i) => notes[i]?.text ?? '');
    // `--redact-years` shows every year found, the lone years of a letter-style note too (letter-years.ts).
    const found = detectPhiForPatient(texts, { ...(lexicon ? { lexicon } : {}), ...(redactYears ? { everyYear: true } : {}) });
    // Safe Harbor keeps years: a four-digit year on its own is reported only in a patient's record that carries other PHI.
    const shown = redactYears ? found : reportedSpansForPatient(found);
    idx.forEach((i, k) => { spansOf[i] = shown[k] ?? []; });
  }
  return spansOf;
}

/** `ddx deid` (a note or FHIR resource) and `ddx deid spans` (PHI spans of notes JSONL, per patient). */
export function registerDeid(program: Command): void {
  const deid = program
    .command('deid')
    .description('de-identify a clinical note or a FHIR resource (redaction tags, keyed surrogates or spans)')
    .argument('[note]', 'note text file (UTF-8)')
    .option('--mode <mode>', 'redact | surrogate | spans', 'redact')
    .option('--key-file <path>', 'secret key file (else env DDX_DEID_KEY); needed for surrogates and FHIR')
    .option('--patient <id>', 'patient id that keys surrogates and the date shift')
    .option('--fhir <file>', 'de-identify a FHIR resource or Bundle (JSON) instead of a note')
    .option('--redact-years', 'also replace years (kept by default: Safe Harbor allows them)')
    .option('--lexicons <dir>', LEXICON_HELP)
    .action((notePath: string | undefined, flags: DeidFlags) => {
      const mode = parseDeidMode(flags.mode);
      const lexicon = lexiconFrom(flags.lexicons);
      if (flags.fhir) deidFhirFile(flags.fhir, flags.keyFile, mode);
      else deidNoteFile(notePath, flags, mode, lexicon);
    });

  deid
    .command('spans')
    .description('detect PHI spans in notes JSONL ({"patient","note","text"} per line)')
    .option('--in <file>', 'input notes JSONL')
    .option('--out <file>', 'output spans JSONL (default: stdout)')
    .option('--lexicons <dir>', LEXICON_HELP)
    .option('--redact-years', 'also report four-digit years on their own (Safe Harbor keeps them; some gold standards mark them)')
    .action((flags: SpansFlags, cmd: Command) => {
      // `ddx deid` has the same flag, and commander gives it to the parent when both define it.
      const redactYears = flags.redactYears === true || cmd.parent?.opts<{ redactYears?: boolean }>().redactYears === true;
      if (!flags.in) throw new CliUsageError('give --in notes.jsonl');
      const lexicon = lexiconFrom(flags.lexicons);
      const issues: Issue[] = [];
      const text = decodeJsonlLines(readFileBytes(flags.in), issues);
      const notes = [...parseNoteLines(text, issues)];
      const spansOf = phiByPatient(notes, lexicon, redactYears);
      const out = notes.map((n, i) => JSON.stringify({ patient: n.patient, note: n.note, spans: (spansOf[i] ?? []).map((s) => ({ start: s.start, end: s.end, type: s.type })) }));
      const body = out.length ? `${out.join('\n')}\n` : '';
      if (flags.out) writeFileSync(flags.out, body);
      else process.stdout.write(body);
      reportLineIssues(issues);
    });
}
