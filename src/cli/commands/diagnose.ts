/**
 * `ddx diagnose <case.json>` (or `--fhir bundle.json`, or `--note note.txt`): a ranked differential
 * with probabilities and the reasons for and against each entry. A readable table by default, `--json`
 * for machines, `--fhir-out` writes a FHIR R4 RiskAssessment + Provenance Bundle. A malformed input
 * gets every problem with its JSON path and exit code 2.
 */
import type { Command } from 'commander';
import { compileModel } from '../../core/compile.js';
import { diagnoseBelief } from '../../core/diagnose.js';
import { beliefFromCase } from '../../core/posterior.js';
import { withRecordAnswers } from '../../core/record-answers.js';
import { parseCase, type PatientCase } from '../../core/evidence.js';
import type { KnowledgeModel } from '../../core/model.js';
import { bundleToCase, diagnosisToFhir, type FindingSource } from '../../intake/fhir/index.js';
import { buildLexicon, extractFindings } from '../../intake/notes/index.js';
import { writeFileSync } from 'node:fs';
import { InputError } from '../../core/issues.js';
import { builtinModelFor, DEFAULT_MODEL_ID, loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';
import { formatDiagnosis } from '../format-diagnosis.js';
import { readJsonFile, readTextFile } from '../io.js';
import { parseMode, parseNonNegative } from '../options.js';
import { addLlmOptions, llmConfigFromFlags, type LlmFlags } from '../llm-options.js';
import { runNoteWithLlm } from './diagnose-llm.js';

interface DiagnoseFlags extends LlmFlags {
  model?: string;
  json?: boolean;
  mode: string;
  budget?: string;
  fhir?: string;
  fhirOut?: string;
  note?: string;
  age?: string;
  sex?: string;
  at?: string;
}

/** Build the engine case from exactly one input: a case file, a FHIR Bundle or a clinician note. */
function readInput(model: KnowledgeModel, casePath: string | undefined, flags: DiagnoseFlags): { pc: PatientCase; sources: readonly FindingSource[] } {
  const given = [casePath, flags.fhir, flags.note].filter((x) => x !== undefined).length;
  if (given !== 1) throw new CliUsageError('give exactly one input: a case file, --fhir bundle.json or --note note.txt');
  if (flags.fhir !== undefined) {
    const r = bundleToCase(readJsonFile(flags.fhir), model, flags.at !== undefined ? { at: flags.at } : {});
    if (!r.ok) throw new InputError(r.issues.map((i) => (i.path === 'options.at' ? { ...i, path: '--at' } : i)));
    for (const w of r.value.warnings) process.stderr.write(`ddx: warning: ${w.path}: ${w.message}\n`);
    const ep = r.value.episode;
    if (ep) process.stderr.write(`ddx: episode: ${ep.chosenBy}${ep.path ? ` ${ep.path}` : ''} ${ep.start.slice(0, 10)}; current window ${ep.windowStart.slice(0, 10)} to ${ep.windowEnd.slice(0, 10)}\n`);
    return { pc: r.value.case, sources: r.value.sources };
  }
  if (flags.note !== undefined) {
    const sex = flags.sex === 'female' || flags.sex === 'male' ? flags.sex : undefined;
    const age = flags.age !== undefined && Number.isFinite(Number(flags.age)) ? Number(flags.age) : undefined;
    const extraction = extractFindings(readTextFile(flags.note), buildLexicon(model), { ...(sex ? { sex } : {}), ...(age !== undefined ? { age } : {}) });
    if (!extraction.ok) throw new InputError(extraction.issues);
    // Normal values of tests the model has no finding for ("bradypnea" absent) are in the JSON, not here.
    const missing = extraction.value.unmapped.filter((u) => u.present !== false).map((u) => `${u.concept ?? 'value not judged'} (${u.rule})`);
    if (missing.length > 0) process.stderr.write(`ddx: note: recognised but not in the model: ${[...new Set(missing)].join(', ')}\n`);
    const parsed = parseCase({ age: flags.age !== undefined ? Number(flags.age) : undefined, sex: flags.sex, findings: extraction.value.findings }, model);
    if (!parsed.ok) throw new InputError(parsed.issues.map((i) => (i.path === '$.age' || i.path === '$.sex' ? { ...i, path: i.path === '$.age' ? '--age' : '--sex' } : i)));
    return { pc: parsed.value, sources: [] };
  }
  const parsed = parseCase(readJsonFile(casePath!), model);
  if (!parsed.ok) throw new InputError(parsed.issues);
  return { pc: parsed.value, sources: [] };
}

/** The finding ids a case file names (for choosing a model by vocabulary); [] when it has none readable. */
function caseFindingIds(raw: unknown): string[] {
  const findings = (raw as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) return [];
  return findings.map((f) => (f as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

/**
 * The model to use: `--model` when given; otherwise the default (broad) model, except that a case file
 * whose finding ids belong mostly to another built-in model (DDXPlus evidence codes such as E_53) is
 * read with that model, and the CLI says so on stderr.
 */
function chooseModel(casePath: string | undefined, flags: DiagnoseFlags): KnowledgeModel {
  if (flags.model !== undefined || casePath === undefined || flags.fhir !== undefined || flags.note !== undefined) return loadModel(flags.model ?? DEFAULT_MODEL_ID);
  const ids = caseFindingIds(readJsonFile(casePath));
  if (ids.length === 0) return loadModel(DEFAULT_MODEL_ID);
  const fit = builtinModelFor(ids);
  const held = fit.known === ids.length ? 'all' : `${fit.known} of ${ids.length}`;
  if (fit.id !== DEFAULT_MODEL_ID) process.stderr.write(`ddx: note: the case's finding ids (${held}) belong to the "${fit.id}" model, not the default "${DEFAULT_MODEL_ID}"; using "${fit.id}" (name a model with --model)\n`);
  else if (fit.known < ids.length) process.stderr.write(`ddx: note: ${ids.length - fit.known} of the case's ${ids.length} finding ids are not in the default "${DEFAULT_MODEL_ID}" model (name a model with --model)\n`);
  return loadModel(fit.id);
}

/** Registers `ddx diagnose`: rank a differential diagnosis for a case file (age, sex, findings). */
export function registerDiagnose(program: Command): void {
  addLlmOptions(program
    .command('diagnose'))
    .description('rank a differential diagnosis for a case file (age, sex, findings)')
    .argument('[case]', 'case JSON file (see README: case format)')
    .option('-m, --model <id|file>', `built-in model id or model file (default: ${DEFAULT_MODEL_ID}; a case file whose finding ids belong to another built-in model uses that model)`)
    .option('--mode <mode>', 'instant | questions-only | budgeted | no-budget', 'no-budget')
    .option('--budget <usd>', 'budget in USD for the budgeted mode')
    .option('--json', 'print machine-readable JSON')
    .option('--fhir <bundle>', 'read the patient from a FHIR R4 Bundle (Patient, Observation, Condition, notes...)')
    .option('--fhir-out <file>', 'also write the result as a FHIR R4 Bundle (RiskAssessment + Provenance)')
    .option('--note <file>', 'read findings from a clinician note (give --age and --sex)')
    .option('--age <years>', 'patient age, with --note')
    .option('--sex <sex>', 'female or male, with --note')
    .option('--at <date>', 'with --fhir: index date of a longitudinal record (the episode is the latest encounter on or before it; default the latest encounter)')
    .action(async (casePath: string | undefined, flags: DiagnoseFlags) => {
      const mode = parseMode(flags.mode);
      const budget = flags.budget !== undefined ? parseNonNegative('--budget', flags.budget) : undefined;
      const model = chooseModel(casePath, flags);
      const llm = llmConfigFromFlags(flags);
      if (llm !== undefined) {
        if (flags.note === undefined || casePath !== undefined || flags.fhir !== undefined) throw new CliUsageError('the language model reads clinician notes: give --note note.txt (with --age and --sex)');
        await runNoteWithLlm(model, llm, { note: flags.note, age: flags.age, sex: flags.sex, json: flags.json === true, mode, ...(budget !== undefined ? { budgetUsd: budget } : {}) });
        return;
      }
      const { pc, sources } = readInput(model, casePath, flags);
      const cm = compileModel(model);
      // Tests whose results the record holds count as done: the next best action never re-asks them.
      const result = diagnoseBelief(withRecordAnswers(beliefFromCase(cm, pc)), { mode, ...(budget !== undefined ? { budgetUsd: budget } : {}) });
      if (flags.fhirOut !== undefined) {
        const bundle = diagnosisToFhir(result, { findingSources: sources, model: result.model });
        writeFileSync(flags.fhirOut, `${JSON.stringify(bundle, null, 2)}\n`);
      }
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatDiagnosis(cm, result));
    });
}
