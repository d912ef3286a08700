/**
 * `ddx diagnose --note … --llm-url … --llm-model …`: the hybrid run for one note. The note is
 * de-identified before the endpoint sees it; whatever the endpoint does, the command exits 0 with the
 * engine's differential and says whether the language model was used.
 */
import { compileModel } from '../../core/compile.js';
import type { Mode } from '../../core/next-action.js';
import type { KnowledgeModel } from '../../core/model.js';
import { builtinModelIds, loadModel } from '../../learn/builtin-models.js';
import { createOpenAiProvider, runHybrid, type LlmConfig } from '../../llm/index.js';
import { chooseDeidLexicons, loadDeidLexicon } from '../deid-lexicon.js';
import { formatDiagnosis } from '../format-diagnosis.js';
import { formatHybrid } from '../format-hybrid.js';
import { readTextFile } from '../io.js';

export interface NoteRun {
  readonly note: string;
  readonly age: string | undefined;
  readonly sex: string | undefined;
  readonly json: boolean;
  readonly mode: Mode;
  readonly budgetUsd?: number;
}

/** The other built-in models, so a proposal can say which of them holds it. */
function otherModels(model: KnowledgeModel): KnowledgeModel[] {
  return builtinModelIds().filter((id) => id !== model.id).map((id) => loadModel(id));
}

/** `ddx diagnose --note` through the language-model hybrid: the note is de-identified, read, diagnosed by the engine and printed. */
export async function runNoteWithLlm(model: KnowledgeModel, config: LlmConfig, run: NoteRun): Promise<void> {
  const compiled = compileModel(model);
  const deidLexicon = loadDeidLexicon(chooseDeidLexicons(undefined));
  const result = await runHybrid(
    {
      model, compiled, note: readTextFile(run.note),
      age: run.age !== undefined ? Number(run.age) : undefined, sex: run.sex,
      diagnose: { mode: run.mode, ...(run.budgetUsd !== undefined ? { budgetUsd: run.budgetUsd } : {}) },
    },
    { provider: createOpenAiProvider(config), config, others: otherModels(model), ...(deidLexicon ? { deidLexicon } : {}) },
  );
  if (run.json) process.stdout.write(`${JSON.stringify({ ...result.diagnosis, llm: result.llm }, null, 2)}\n`);
  else process.stdout.write(formatDiagnosis(compiled, result.diagnosis) + formatHybrid(result.llm));
}
