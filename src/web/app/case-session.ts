/**
 * The case screen's state and what changes it: the models and the picked one's vocabulary, the intake
 * fields and the demographics they give, the case as last scored (findings, differential, tests, money
 * spent, timeline), and the clinician's actions on it. Every change re-asks the stateless
 * `/v1/diagnose` with exactly the findings shown, so what is on screen is what the engine scored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError, must, type Api, type Diagnosis, type ModelSummary, type NextAction, type Observation, type Vocabulary } from './api.js';
import { describeChange, replaceFinding, withoutFinding, type CaseFinding, type TimelineStep } from './case-model.js';
import { demographicsFromNote } from './demographics.js';
import { usd } from './format.js';
import { afterPaint, timings } from './timings.js';

/** The broad primary-care model is where a clinician starts, when this server has it. */
const CLINICIAN_DEFAULT = 'primary-care';

/** The sex field: empty means "from the note". */
export type SexField = '' | 'female' | 'male';

/** The age and sex a case is scored with. */
export interface Demographics {
  readonly age: number;
  readonly sex: 'female' | 'male';
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The models this server offers, the one picked (the clinician default when released) and its vocabulary. */
export function useModels(api: Api, setError: (message: string) => void) {
  const [models, setModels] = useState<ModelSummary[]>([]);
  const [model, setModel] = useState('');
  const [vocab, setVocab] = useState<Vocabulary>();

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

  return { models, model, setModel, vocab };
}

/** The intake fields; the demographics typed in or else read from the note (filled in and flagged as assumed). */
export function useIntake() {
  const [note, setNote] = useState('');
  const [age, setAge] = useState('');
  const [sex, setSex] = useState<SexField>('');
  const [assumed, setAssumed] = useState('');
  const [budget, setBudget] = useState('');

  const demographics = (): Demographics => {
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

  /** The budget in USD when one is entered and is a number. */
  const budgetUsd = (): number | undefined => {
    const b = budget.trim() === '' ? undefined : Number(budget);
    return b !== undefined && Number.isFinite(b) ? b : undefined;
  };

  return { note, setNote, age, setAge, sex, setSex, assumed, budget, setBudget, demographics, budgetUsd };
}

/** The intake fields and what they give (see `useIntake`). */
export type Intake = ReturnType<typeof useIntake>;

/** The case as last scored, and `rescore`, which scores a new set of findings and adds a timeline step. */
export function useCaseSession(api: Api, model: string, intake: Intake, setError: (message: string) => void) {
  const [findings, setFindings] = useState<CaseFinding[]>([]);
  const [noteShown, setNoteShown] = useState('');
  const [result, setResult] = useState<Diagnosis>();
  const [tests, setTests] = useState<NextAction[]>([]);
  const [spent, setSpent] = useState(0);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [ordered, setOrdered] = useState<NextAction[]>([]);
  const [timeline, setTimeline] = useState<TimelineStep[]>([]);
  const [busy, setBusy] = useState(false);
  const [lastMs, setLastMs] = useState<number>();
  const [summary, setSummary] = useState(false);
  const [exported, setExported] = useState('');
  const testsSeq = useRef(0);

  /** Re-score the case as shown; one timeline step per call. */
  const rescore = async (next: readonly CaseFinding[], nextSpent: number, label: string, demo = intake.demographics()) => {
    const t0 = performance.now();
    setBusy(true);
    setError('');
    try {
      const b = intake.budgetUsd();
      const body = {
        model, age: demo.age, sex: demo.sex, findings: next.map((f) => f.obs), max_differential: 10,
        ...(b !== undefined ? { mode: 'budgeted' as const, budget_usd: b } : {}), spent_usd: nextSpent,
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

  return {
    findings, noteShown, setNoteShown, result, tests, spent, skipped, setSkipped, ordered, setOrdered, timeline, setTimeline,
    busy, setBusy, lastMs, summary, setSummary, exported, setExported, rescore, startOver,
  };
}

/** The case as last scored (see `useCaseSession`). */
export type CaseSession = ReturnType<typeof useCaseSession>;

/** What starts a case or leaves with it: a note, a FHIR Bundle, picked findings; the FHIR export. */
export function caseStarts(api: Api, model: string, intake: Intake, s: CaseSession, setError: (message: string) => void, onRead: () => void) {
  /** Start from a FHIR Bundle: its patient's age, sex and mapped findings. */
  const onBundle = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !model) return;
    setError('');
    try {
      const bundle = JSON.parse(await file.text()) as never;
      const c = must(await api.POST('/v1/fhir/case', { params: { query: { model } }, body: bundle }));
      intake.setAge(String(c.age));
      intake.setSex(c.sex === 'male' ? 'male' : 'female');
      s.setNoteShown('');
      s.startOver();
      await s.rescore(c.findings.map((obs): CaseFinding => ({ obs, source: 'fhir', spans: [] })), 0, `FHIR Bundle read: ${c.findings.length} findings${c.unmapped ? `, ${c.unmapped} not in this model` : ''}`, { age: c.age, sex: c.sex === 'male' ? 'male' : 'female' });
    } catch (err) {
      setError(err instanceof SyntaxError ? 'The file is not JSON.' : describeError(err));
    } finally {
      input.value = '';
    }
  };

  const onDiagnose = async (e: Event) => {
    e.preventDefault();
    if (!model) return;
    if (intake.note.trim() === '') {
      // No note: score the findings picked so far (none at first), then add more from the vocabulary.
      s.setNoteShown('');
      s.startOver();
      await s.rescore(s.findings.filter((f) => f.source !== 'note'), 0, 'Started from picked findings');
      return;
    }
    s.setBusy(true);
    setError('');
    try {
      const demo = intake.demographics();
      const x = must(await api.POST('/v1/extract', { body: { text: intake.note, model } }));
      const spans = new Map<string, { start: number; end: number }[]>();
      for (const m of x.mentions) spans.set(m.finding_id, [...(spans.get(m.finding_id) ?? []), { start: m.start, end: m.end }]);
      const next = x.findings.map((obs): CaseFinding => ({ obs, source: 'note', spans: spans.get(obs.id) ?? [] }));
      s.setNoteShown(intake.note);
      s.startOver();
      await s.rescore(next, 0, `Note read: ${next.length} finding${next.length === 1 ? '' : 's'}`, demo);
      onRead();
    } catch (err) {
      setError(describeError(err));
      s.setBusy(false);
    }
  };

  const exportFhir = async () => {
    try {
      const demo = intake.demographics();
      const r = await api.POST('/v1/diagnose/fhir', { body: { model, age: demo.age, sex: demo.sex, findings: s.findings.map((f) => f.obs), spent_usd: s.spent }, parseAs: 'text' });
      const text = must(r as { data?: string; error?: unknown; response: Response });
      const bundle = JSON.parse(text) as { entry?: { resource?: { resourceType?: string } }[] };
      const kinds = [...new Set((bundle.entry ?? []).map((e) => e.resource?.resourceType ?? ''))].filter(Boolean).sort();
      download('ddx-assessment.fhir.json', text, 'application/fhir+json');
      s.setExported(`FHIR Bundle exported: ${kinds.join(', ')}`);
    } catch (err) {
      setError(describeError(err));
    }
  };

  return { onBundle, onDiagnose, exportFhir };
}

/** The clinician's edits to a scored case: correct, remove or add findings, answer, skip or order next actions. */
export function caseEdits(s: CaseSession, nameOf: (id: string) => string) {
  const { findings, spent, rescore } = s;
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
    s.setOrdered((o) => o.filter((x) => x.action_id !== a.action_id));
    void rescore(next, spent, `${isTest ? 'Result' : 'Answered'}: ${a.name}`);
  };
  const skip = (a: NextAction) => {
    s.setSkipped((k) => [...k, a.action_id]);
    s.setTimeline((t) => [...t, { label: `Skipped: ${a.name}`, top: t[t.length - 1]?.top ?? [], change: 'no change', spentUsd: spent }]);
  };
  const order = (a: NextAction) => {
    s.setOrdered((o) => [...o, a]);
    void rescore(findings, spent + a.cost_usd, `Ordered: ${a.name} (${usd(a.cost_usd)})`);
  };
  return { negate, remove, correct, add, answer, skip, order };
}
