/**
 * The case screen: a note (or findings picked from the model's vocabulary) in, the differential
 * out; the clinician corrects what was read, answers or skips the suggested questions, orders tests
 * and enters their results, and every step lands on a timeline. Each change re-asks the stateless
 * `/v1/diagnose` with exactly the findings shown, so what is on screen is what the engine scored.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeError, must, type Api, type Diagnosis, type ModelSummary, type NextAction, type Observation, type Vocabulary } from './api.js';
import { describeChange, findingIndex, replaceFinding, withoutFinding, type CaseFinding, type TimelineStep } from './case-model.js';
import { CantMissAlerts, DifferentialList, FindingsPanel, NextActions, Summary, Timeline, TriageBanner } from './case-parts.js';
import { demographicsFromNote } from './demographics.js';
import { usd } from './format.js';
import { afterPaint, timings } from './timings.js';

/** The broad primary-care model is where a clinician starts, when this server has it. */
const CLINICIAN_DEFAULT = 'primary-care';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CaseScreen({ api }: { api: Api }) {
  const [models, setModels] = useState<ModelSummary[]>([]);
  const [model, setModel] = useState('');
  const [vocab, setVocab] = useState<Vocabulary>();
  const [note, setNote] = useState('');
  const [age, setAge] = useState('');
  const [sex, setSex] = useState<'' | 'female' | 'male'>('');
  const [assumed, setAssumed] = useState('');
  const [budget, setBudget] = useState('');
  const [findings, setFindings] = useState<CaseFinding[]>([]);
  const [noteShown, setNoteShown] = useState('');
  const [result, setResult] = useState<Diagnosis>();
  const [tests, setTests] = useState<NextAction[]>([]);
  const [spent, setSpent] = useState(0);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [ordered, setOrdered] = useState<NextAction[]>([]);
  const [timeline, setTimeline] = useState<TimelineStep[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [lastMs, setLastMs] = useState<number>();
  const [summary, setSummary] = useState(false);
  const [exported, setExported] = useState('');
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const testsSeq = useRef(0);

  useEffect(() => {
    void (async () => {
      try {
        const list = must(await api.GET('/v1/models')).models;
        setModels(list);
        const pick = list.find((m) => m.id === CLINICIAN_DEFAULT && m.status === 'released') ?? list.find((m) => m.default) ?? list[0];
        if (pick) setModel(pick.content_hash);
      } catch (err) {
        setError(describeError(err));
      }
    })();
  }, [api]);

  useEffect(() => {
    if (!model) return;
    setVocab(undefined);
    api.GET('/v1/vocabulary', { params: { query: { model } } }).then((r) => setVocab(must(r)), (err: unknown) => setError(describeError(err)));
  }, [api, model]);

  const index = useMemo(() => findingIndex(vocab), [vocab]);

  const demographics = (): { age: number; sex: 'female' | 'male' } => {
    const fromNote = demographicsFromNote(note);
    const a = age.trim() === '' ? fromNote.age : Number(age);
    const s = sex === '' ? fromNote.sex : sex;
    const missing: string[] = [];
    if (a === undefined || !Number.isFinite(a)) missing.push('age (assumed 40)');
    if (s === undefined) missing.push('sex (assumed female)');
    setAssumed(missing.length ? `Not stated in the note: ${missing.join(' and ')}. Enter them above for a better differential.` : '');
    const out = { age: a !== undefined && Number.isFinite(a) ? a : 40, sex: s ?? 'female' as const };
    if (age.trim() === '' && fromNote.age !== undefined) setAge(String(fromNote.age));
    if (sex === '' && fromNote.sex) setSex(fromNote.sex);
    return out;
  };

  /** Re-score the case as shown; one timeline step per call. */
  const rescore = async (next: readonly CaseFinding[], nextSpent: number, label: string, demo = demographics()) => {
    const t0 = performance.now();
    setBusy(true);
    setError('');
    try {
      const b = budget.trim() === '' ? undefined : Number(budget);
      const body = {
        model, age: demo.age, sex: demo.sex, findings: next.map((f) => f.obs), max_differential: 10,
        ...(b !== undefined && Number.isFinite(b) ? { mode: 'budgeted' as const, budget_usd: b } : {}), spent_usd: nextSpent,
      };
      // Questions come with the differential; tests are ranked on their own (questions would crowd
      // them out), asked for once the differential is on screen so the two do not compete.
      const r = must(await api.POST('/v1/diagnose', { body: { ...body, top_k: 10 } }));
      const seq = ++testsSeq.current;
      const top = r.differential.slice(0, 3).map((d) => ({ name: d.name, probability: d.probability }));
      setFindings([...next]);
      setSpent(nextSpent);
      setResult(r);
      setTimeline((t) => [...t, { label, top, change: describeChange(t[t.length - 1]?.top ?? [], top), spentUsd: nextSpent }]);
      const ms = (await afterPaint()) - t0;
      setLastMs(ms);
      timings().updates.push({ label, ms });
      const tr = must(await api.POST('/v1/diagnose/tests', { body: { ...body, top_k: 5 } }));
      if (seq === testsSeq.current) setTests(tr.tests);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setSkipped([]);
    setOrdered([]);
    setTimeline([]);
    setExported('');
  };

  /** Start from a FHIR Bundle: its patient's age, sex and mapped findings. */
  const onBundle = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !model) return;
    setError('');
    try {
      const bundle = JSON.parse(await file.text()) as never;
      const c = must(await api.POST('/v1/fhir/case', { params: { query: { model } }, body: bundle }));
      setAge(String(c.age));
      setSex(c.sex === 'male' ? 'male' : 'female');
      setNoteShown('');
      startOver();
      await rescore(c.findings.map((obs): CaseFinding => ({ obs, source: 'fhir', spans: [] })), 0, `FHIR Bundle read: ${c.findings.length} findings${c.unmapped ? `, ${c.unmapped} not in this model` : ''}`, { age: c.age, sex: c.sex === 'male' ? 'male' : 'female' });
    } catch (err) {
      setError(err instanceof SyntaxError ? 'The file is not JSON.' : describeError(err));
    } finally {
      input.value = '';
    }
  };

  const onDiagnose = async (e: Event) => {
    e.preventDefault();
    if (!model) return;
    if (note.trim() === '') {
      // No note: score the findings picked so far (none at first), then add more from the vocabulary.
      setNoteShown('');
      startOver();
      await rescore(findings.filter((f) => f.source !== 'note'), 0, 'Started from picked findings');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const demo = demographics();
      const x = must(await api.POST('/v1/extract', { body: { text: note, model } }));
      const spans = new Map<string, { start: number; end: number }[]>();
      for (const m of x.mentions) spans.set(m.finding_id, [...(spans.get(m.finding_id) ?? []), { start: m.start, end: m.end }]);
      const next = x.findings.map((obs): CaseFinding => ({ obs, source: 'note', spans: spans.get(obs.id) ?? [] }));
      setNoteShown(note);
      startOver();
      await rescore(next, 0, `Note read: ${next.length} finding${next.length === 1 ? '' : 's'}`, demo);
      resultsRef.current?.focus();
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
    }
  };

  const nameOf = (id: string) => index.get(id)?.name ?? id;
  const negate = (id: string) => {
    const f = findings.find((x) => x.obs.id === id);
    if (f?.obs.present === undefined) return;
    void rescore(replaceFinding(findings, id, { id, present: !f.obs.present }), spent, `Corrected: ${nameOf(id)} ${f.obs.present ? 'absent' : 'present'}`);
  };
  const remove = (id: string) => void rescore(withoutFinding(findings, id), spent, `Removed: ${nameOf(id)}`);
  const correct = (id: string, obs: Observation) => {
    const next = findings.some((x) => x.obs.id === obs.id && x.obs.id !== id) ? withoutFinding(findings, id) : findings.map((f) => (f.obs.id === id ? { ...f, obs, source: 'manual' as const } : f));
    void rescore(next, spent, `Corrected: ${nameOf(id)} → ${nameOf(obs.id)}`);
  };
  const add = (obs: Observation) => {
    if (findings.some((f) => f.obs.id === obs.id)) return;
    void rescore([...findings, { obs, source: 'manual', spans: [] }], spent, `Added: ${nameOf(obs.id)}`);
  };
  const answer = (a: NextAction, obs: readonly Observation[], isTest: boolean) => {
    const ids = new Set(obs.map((o) => o.id));
    const next = [...findings.filter((f) => !ids.has(f.obs.id)), ...obs.map((o): CaseFinding => ({ obs: o, source: isTest ? 'test' : 'answer', spans: [] }))];
    setOrdered((o) => o.filter((x) => x.action_id !== a.action_id));
    void rescore(next, spent, `${isTest ? 'Result' : 'Answered'}: ${a.name}`);
  };
  const skip = (a: NextAction) => {
    setSkipped((s) => [...s, a.action_id]);
    setTimeline((t) => [...t, { label: `Skipped: ${a.name}`, top: t[t.length - 1]?.top ?? [], change: 'no change', spentUsd: spent }]);
  };
  const order = (a: NextAction) => {
    setOrdered((o) => [...o, a]);
    void rescore(findings, spent + a.cost_usd, `Ordered: ${a.name} (${usd(a.cost_usd)})`);
  };
  const exportFhir = async () => {
    try {
      const demo = demographics();
      const r = await api.POST('/v1/diagnose/fhir', { body: { model, age: demo.age, sex: demo.sex, findings: findings.map((f) => f.obs), spent_usd: spent }, parseAs: 'text' });
      const text = must(r as { data?: string; error?: unknown; response: Response });
      const bundle = JSON.parse(text) as { entry?: { resource?: { resourceType?: string } }[] };
      const kinds = [...new Set((bundle.entry ?? []).map((e) => e.resource?.resourceType ?? ''))].filter(Boolean).sort();
      download('ddx-assessment.fhir.json', text, 'application/fhir+json');
      setExported(`FHIR Bundle exported: ${kinds.join(', ')}`);
    } catch (err) {
      setError(describeError(err));
    }
  };

  const budgetN = budget.trim() === '' ? undefined : Number(budget);
  return (
    <div class="case">
      <form class="intake" onSubmit={onDiagnose} aria-label="Case intake">
        <h1>Case</h1>
        <div class="row">
          <label>Model
            <select value={model} onChange={(e) => setModel(e.currentTarget.value)}>
              {models.map((m) => <option key={m.content_hash} value={m.content_hash}>{m.name} ({m.id}@{m.version}{m.status !== 'released' ? `, ${m.status}` : ''})</option>)}
            </select>
          </label>
          <label>Age <input type="number" min={0} max={130} inputMode="numeric" value={age} onInput={(e) => setAge(e.currentTarget.value)} class="narrow" /></label>
          <label>Sex
            <select value={sex} onChange={(e) => setSex(e.currentTarget.value as '' | 'female' | 'male')}>
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

      {result && (
        <div class="results">
          <h2 tabIndex={-1} ref={resultsRef} class="sr-only">Results</h2>
          <TriageBanner triage={result.triage} notice={result.notice} />
          <div class="cols">
            <div class="col">
              <FindingsPanel note={noteShown} findings={findings} vocab={vocab} onNegate={negate} onRemove={remove} onCorrect={correct} onAdd={add} disabled={busy} />
              <Timeline steps={timeline} />
            </div>
            <div class="col">
              <DifferentialList entries={result.differential} />
              <CantMissAlerts entries={result.cant_miss} />
              <NextActions actions={result.next_actions.filter((a) => a.kind === 'question' && !skipped.includes(a.action_id))} tests={[...ordered, ...tests.filter((a) => !skipped.includes(a.action_id) && !ordered.some((o) => o.action_id === a.action_id))]} vocab={vocab} ordered={ordered.map((o) => o.action_id)} onAnswer={answer} onSkip={skip} onOrder={order} disabled={busy}
                spent={spent} budget={budgetN !== undefined && Number.isFinite(budgetN) ? budgetN : undefined} stop={result.should_stop ? result.stop_reason ?? 'the engine suggests stopping' : undefined} />
              <section aria-labelledby="export-h" class="panel">
                <h2 id="export-h">Export</h2>
                <div class="row">
                  <button type="button" onClick={() => void exportFhir()}>Export FHIR Bundle</button>
                  <button type="button" onClick={() => setSummary((s) => !s)} aria-expanded={summary}>Printable summary</button>
                </div>
                {exported && <p role="status">{exported}</p>}
              </section>
            </div>
          </div>
          {summary && <Summary result={result} findings={findings} vocab={vocab} timeline={timeline} spent={spent} />}
        </div>
      )}
    </div>
  );
}
