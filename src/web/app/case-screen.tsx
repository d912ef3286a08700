/**
 * The case screen: a note (or findings picked from the model's vocabulary) in, the differential
 * out; the clinician corrects what was read, answers or skips the suggested questions, orders tests
 * and enters their results, and every step lands on a timeline. The state and the actions that
 * re-score the case live in `case-session.ts`; this module lays them out.
 */
import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Api, ModelSummary, NextAction, Vocabulary } from './api.js';
import { findingIndex } from './case-model.js';
import { CantMissAlerts, DifferentialList, FindingsPanel, NextActions, Summary, Timeline, TriageBanner } from './case-parts.js';
import { caseEdits, caseStarts, useCaseSession, useIntake, useModels, type CaseSession, type Intake, type SexField } from './case-session.js';

/** The intake form: model, age, sex, budget, the note, and the two ways to start (a note or a FHIR Bundle). */
function IntakeForm({ models, model, onModel, intake, busy, lastMs, error, onDiagnose, onBundle }: {
  models: readonly ModelSummary[]; model: string; onModel: (hash: string) => void; intake: Intake; busy: boolean; lastMs: number | undefined; error: string;
  onDiagnose: (e: Event) => Promise<void>; onBundle: (e: Event) => Promise<void>;
}) {
  const { age, setAge, sex, setSex, budget, setBudget, note, setNote, assumed } = intake;
  return (
    <form class="intake" onSubmit={onDiagnose} aria-label="Case intake">
      <h1>Case</h1>
      <div class="row">
        <label>Model
          <select value={model} onChange={(e) => onModel(e.currentTarget.value)}>
            {models.map((m) => <option key={m.content_hash} value={m.content_hash}>{m.name} ({m.id}@{m.version}{m.status !== 'released' ? `, ${m.status}` : ''})</option>)}
          </select>
        </label>
        <label>Age <input type="number" min={0} max={130} inputMode="numeric" value={age} onInput={(e) => setAge(e.currentTarget.value)} class="narrow" /></label>
        <label>Sex
          <select value={sex} onChange={(e) => setSex(e.currentTarget.value as SexField)}>
            <option value="">from the note</option><option value="female">female</option><option value="male">male</option>
          </select>
        </label>
        <label>Budget (USD) <input type="number" min={0} step="any" value={budget} onInput={(e) => setBudget(e.currentTarget.value)} class="narrow" placeholder="none" /></label>
      </div>
      <label for="note">Clinical note</label>
      <textarea id="note" rows={7} value={note} onInput={(e) => setNote(e.currentTarget.value)} placeholder="Paste or type the note, e.g. 62-year-old man with crushing chest pain and sweating, no fever. Leave it empty to pick findings yourself." />
      <div class="row">
        <button type="submit" disabled={busy || !model}>Diagnose</button>
        <label class="inline">Or start from a FHIR Bundle <input type="file" accept=".json,application/json,application/fhir+json" onChange={(e) => void onBundle(e)} disabled={busy || !model} /></label>
        <span class="muted" role="status">{busy ? 'Working…' : lastMs !== undefined ? `Differential updated in ${Math.round(lastMs)} ms` : ''}</span>
      </div>
      {assumed && <p class="warn">{assumed}</p>}
      {error && <p role="alert" class="error">{error}</p>}
    </form>
  );
}

/** The export panel: the FHIR Bundle download and the printable summary's toggle. */
function ExportPanel({ onExport, summary, onToggleSummary, exported }: { onExport: () => Promise<void>; summary: boolean; onToggleSummary: () => void; exported: string }) {
  return (
    <section aria-labelledby="export-h" class="panel">
      <h2 id="export-h">Export</h2>
      <div class="row">
        <button type="button" onClick={() => void onExport()}>Export FHIR Bundle</button>
        <button type="button" onClick={onToggleSummary} aria-expanded={summary}>Printable summary</button>
      </div>
      {exported && <p role="status">{exported}</p>}
    </section>
  );
}

/** The tests to offer: those ordered first, then the ranked ones not skipped or already ordered. */
function testsShown(s: CaseSession): NextAction[] {
  return [...s.ordered, ...s.tests.filter((a) => !s.skipped.includes(a.action_id) && !s.ordered.some((o) => o.action_id === a.action_id))];
}

/** The scored case: triage, findings and timeline beside the differential, alerts, next actions and export. */
function CaseResults({ s, intake, vocab, nameOf, resultsRef, onExport }: {
  s: CaseSession; intake: Intake; vocab: Vocabulary | undefined; nameOf: (id: string) => string; resultsRef: Ref<HTMLHeadingElement>; onExport: () => Promise<void>;
}) {
  const { result } = s;
  if (!result) return null;
  const edits = caseEdits(s, nameOf);
  return (
    <div class="results">
      <h2 tabIndex={-1} ref={resultsRef} class="sr-only">Results</h2>
      <TriageBanner triage={result.triage} notice={result.notice} />
      <div class="cols">
        <div class="col">
          <FindingsPanel note={s.noteShown} findings={s.findings} vocab={vocab} onNegate={edits.negate} onRemove={edits.remove} onCorrect={edits.correct} onAdd={edits.add} disabled={s.busy} />
          <Timeline steps={s.timeline} />
        </div>
        <div class="col">
          <DifferentialList entries={result.differential} />
          <CantMissAlerts entries={result.cant_miss} />
          <NextActions actions={result.next_actions.filter((a) => a.kind === 'question' && !s.skipped.includes(a.action_id))} tests={testsShown(s)} vocab={vocab} ordered={s.ordered.map((o) => o.action_id)} onAnswer={edits.answer} onSkip={edits.skip} onOrder={edits.order} disabled={s.busy}
            spent={s.spent} budget={intake.budgetUsd()} stop={result.should_stop ? result.stop_reason ?? 'the engine suggests stopping' : undefined} />
          <ExportPanel onExport={onExport} summary={s.summary} onToggleSummary={() => s.setSummary((v) => !v)} exported={s.exported} />
        </div>
      </div>
      {s.summary && <Summary result={result} findings={s.findings} vocab={vocab} timeline={s.timeline} spent={s.spent} />}
    </div>
  );
}

/** The case screen (see the module comment). */
export function CaseScreen({ api }: { api: Api }) {
  const [error, setError] = useState('');
  const { models, model, setModel, vocab } = useModels(api, setError);
  const intake = useIntake();
  const s = useCaseSession(api, model, intake, setError);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const index = useMemo(() => findingIndex(vocab), [vocab]);
  const nameOf = (id: string) => index.get(id)?.name ?? id;
  const starts = caseStarts(api, model, intake, s, setError, () => resultsRef.current?.focus());
  return (
    <div class="case">
      <IntakeForm models={models} model={model} onModel={setModel} intake={intake} busy={s.busy} lastMs={s.lastMs} error={error} onDiagnose={starts.onDiagnose} onBundle={starts.onBundle} />
      <CaseResults s={s} intake={intake} vocab={vocab} nameOf={nameOf} resultsRef={resultsRef} onExport={starts.exportFhir} />
    </div>
  );
}
