/** The case screen's panels: triage, the note with its findings, the differential, alerts, next actions, timeline, summary. */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Diagnosis, Entry, NextAction, Observation, Vocabulary } from './api.js';
import { describeObs, findingIndex, type CaseFinding, type TimelineStep } from './case-model.js';
import { bits, pct, signed, usd } from './format.js';

/** The triage level, the must-not-miss conditions on this differential, red flags and the decision-support notice. */
export function TriageBanner({ triage, notice }: { triage: Diagnosis['triage']; notice: string }) {
  return (
    <section aria-label="Triage" class={`triage triage-${triage.level}`}>
      <p><strong>Triage: {triage.level}</strong></p>
      {triage.cant_miss.length > 0 && <p>Must not be missed on this differential: {triage.cant_miss.map((c) => `${c.name} (#${c.rank}, ${pct(c.probability)})`).join('; ')}</p>}
      {triage.red_flags.length > 0 && (
        <ul aria-label="Red flags">
          {triage.red_flags.map((f) => <li key={f.id}>Red flag ({f.level}): {f.description}</li>)}
        </ul>
      )}
      <p class="notice">{notice}</p>
    </section>
  );
}

/** The note with every span that produced a finding marked; negated ones are struck through. */
function NoteView({ text, findings }: { text: string; findings: readonly CaseFinding[] }) {
  const spans = findings.flatMap((f) => f.spans.map((s) => ({ ...s, absent: f.obs.present === false }))).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark class={s.absent ? 'absent' : undefined}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return <p class="note" aria-label="Note with recognised findings highlighted">{parts.map((p, i) => <Fragment key={i}>{p}</Fragment>)}</p>;
}

function CorrectForm({ vocab, from, onPick, onCancel }: { vocab: Vocabulary | undefined; from?: string; onPick: (o: Observation) => void; onCancel?: () => void }) {
  const [q, setQ] = useState('');
  const [value, setValue] = useState('');
  const query = q.trim().toLowerCase();
  const matches = query.length < 2 ? [] : (vocab?.findings ?? []).filter((f) => f.name.toLowerCase().includes(query) || f.id.includes(query)).slice(0, 8);
  const exact = (vocab?.findings ?? []).find((f) => f.name.toLowerCase() === query || f.id === query);
  const label = from ? `Correct ${from} to` : 'Add a finding';
  const listId = from ? 'vocab-correct' : 'vocab-add';
  return (
    <div class="correct">
      <label>{label}
        <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} list={listId} autoComplete="off" />
      </label>
      <datalist id={listId}>{matches.map((f) => <option key={f.id} value={f.name} />)}</datalist>
      {exact?.values && (
        <label>Value
          <select value={value} onChange={(e) => setValue(e.currentTarget.value)}>
            <option value="">choose</option>
            {exact.values.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
        </label>
      )}
      <button type="button" disabled={!exact || (exact.values !== undefined && value === '')}
        onClick={() => exact && onPick(exact.value_type === 'binary' ? { id: exact.id, present: true } : exact.value_type === 'multi' ? { id: exact.id, values: [value] } : { id: exact.id, value })}>
        {from ? 'Apply correction' : 'Add'}
      </button>
      {onCancel && <button type="button" class="quiet" onClick={onCancel}>Cancel</button>}
    </div>
  );
}

/** The note with what was read highlighted, and each finding with its source and the clinician's corrections (negate, remove, correct, add). */
export function FindingsPanel(props: {
  note: string; findings: readonly CaseFinding[]; vocab: Vocabulary | undefined; disabled: boolean;
  onNegate: (id: string) => void; onRemove: (id: string) => void; onCorrect: (id: string, o: Observation) => void; onAdd: (o: Observation) => void;
}) {
  const [editing, setEditing] = useState<string>();
  const index = findingIndex(props.vocab);
  return (
    <section aria-labelledby="findings-h" class="panel">
      <h2 id="findings-h">Findings</h2>
      {props.note && <NoteView text={props.note} findings={props.findings} />}
      {props.findings.length === 0 && <p>No findings were recognised. Add them below.</p>}
      <ul class="findings" aria-label="Extracted findings">
        {props.findings.map((f) => {
          const d = describeObs(f.obs, index.get(f.obs.id));
          return (
            <li key={f.obs.id} class={d.absent ? 'absent' : undefined}>
              <span class="fname">{d.name}</span>: <span>{d.value}</span> <span class="muted">({f.source})</span>
              <span class="actions">
                {f.obs.present !== undefined && <button type="button" disabled={props.disabled} onClick={() => props.onNegate(f.obs.id)} aria-label={`${f.obs.present ? 'Negate' : 'Affirm'} ${d.name}`}>{f.obs.present ? 'Negate' : 'Affirm'}</button>}
                <button type="button" disabled={props.disabled} onClick={() => setEditing(editing === f.obs.id ? undefined : f.obs.id)} aria-label={`Correct ${d.name}`} aria-expanded={editing === f.obs.id}>Correct</button>
                <button type="button" disabled={props.disabled} onClick={() => props.onRemove(f.obs.id)} aria-label={`Remove ${d.name}`}>Remove</button>
              </span>
              {editing === f.obs.id && <CorrectForm vocab={props.vocab} from={d.name} onPick={(o) => { setEditing(undefined); props.onCorrect(f.obs.id, o); }} onCancel={() => setEditing(undefined)} />}
            </li>
          );
        })}
      </ul>
      <CorrectForm vocab={props.vocab} onPick={props.onAdd} />
    </section>
  );
}

function Reasons({ e }: { e: Entry }) {
  const row = (r: Entry['reasons_for'][number]) => <li key={r.finding_id}>{r.name}{r.observation.present === false ? ' (absent)' : r.observation.value !== undefined ? `: ${String(r.observation.value)}` : ''} <span class="num">{signed(r.llr)}</span>{r.inferred ? <span class="muted"> inferred from related conditions</span> : null}</li>;
  return (
    <div class="reasons">
      <div><h4>For</h4>{e.reasons_for.length ? <ul>{e.reasons_for.map(row)}</ul> : <p class="muted">none</p>}</div>
      <div><h4>Against</h4>{e.reasons_against.length ? <ul>{e.reasons_against.map(row)}</ul> : <p class="muted">none</p>}</div>
      <p class="muted small">Contributions in nats (log likelihood ratio) to this condition's score.</p>
    </div>
  );
}

function EntryRow({ e }: { e: Entry }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="entry">
      <div class="entry-head">
        <span class="ename">{e.name}{e.cant_miss && <span class="tag">do not miss</span>}</span>
        <span class="bar" aria-hidden="true"><span style={{ width: `${Math.max(0.5, e.probability * 100)}%` }} /></span>
        <span class="num">{pct(e.probability)}</span>
        <button type="button" class="quiet" aria-expanded={open} aria-label={`Why ${e.name}`} onClick={() => setOpen(!open)}>Why?</button>
      </div>
      {open && <Reasons e={e} />}
    </li>
  );
}

/** The ranked differential with probabilities. */
export function DifferentialList({ entries }: { entries: readonly Entry[] }) {
  return (
    <section aria-labelledby="ddx-h" class="panel">
      <h2 id="ddx-h">Differential diagnosis</h2>
      <p class="muted small">Most likely first. Probabilities are the model's, shown to the resolution it supports.</p>
      <ol class="ddx" aria-label="Differential diagnosis">
        {entries.map((e) => <EntryRow key={e.condition_id} e={e} />)}
      </ol>
    </section>
  );
}

/** The conditions that must not be missed, shown only when there are any. */
export function CantMissAlerts({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="cm-h" class="panel alert">
      <h2 id="cm-h">Do not miss</h2>
      <ul>
        {entries.map((e) => <li key={e.condition_id}><strong>{e.name}</strong> {pct(e.probability)}{e.next_steps ? ` — ${e.next_steps.first_step}` : ''}</li>)}
      </ul>
    </section>
  );
}

function ActionRow(props: { a: NextAction; vocab: Vocabulary | undefined; ordered: boolean; disabled: boolean; onAnswer: (a: NextAction, o: Observation[], test: boolean) => void; onSkip: (a: NextAction) => void; onOrder: (a: NextAction) => void }) {
  const { a } = props;
  const index = findingIndex(props.vocab);
  const reveals = props.vocab?.actions.find((x) => x.id === a.action_id)?.reveals ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const isTest = a.kind !== 'question';
  const first = index.get(reveals[0] ?? '');
  const binary = reveals.length === 1 && first?.value_type === 'binary';
  const answerBinary = (present: boolean) => props.onAnswer(a, [{ id: reveals[0]!, present }], isTest);
  const answerValues = () => props.onAnswer(a, reveals.flatMap((id): Observation[] => {
    const v = values[id];
    const f = index.get(id);
    if (!v || !f) return [];
    return f.value_type === 'binary' ? [{ id, present: v === 'yes' }] : f.value_type === 'multi' ? [{ id, values: [v] }] : [{ id, value: v }];
  }), isTest);
  const canAnswer = !isTest || props.ordered;
  return (
    <tr>
      <th scope="row">{a.name}<div class="muted small">{a.kind}{first?.question && !isTest && !a.name.includes(first.question) ? ` · ${first.question}` : ''}</div></th>
      <td class="num">{bits(a.expected_gain)}</td>
      <td class="num">{usd(a.cost_usd)}</td>
      <td class="acts">
        {isTest && !props.ordered && <button type="button" disabled={props.disabled} onClick={() => props.onOrder(a)} aria-label={`Order ${a.name}`}>Order</button>}
        {canAnswer && binary && (
          <>
            <button type="button" disabled={props.disabled} onClick={() => answerBinary(true)} aria-label={`${a.name}: ${isTest ? 'positive' : 'yes'}`}>{isTest ? 'Positive' : 'Yes'}</button>
            <button type="button" disabled={props.disabled} onClick={() => answerBinary(false)} aria-label={`${a.name}: ${isTest ? 'negative' : 'no'}`}>{isTest ? 'Negative' : 'No'}</button>
          </>
        )}
        {canAnswer && !binary && reveals.map((id) => {
          const f = index.get(id);
          if (!f) return null;
          return (
            <label key={id} class="inline">{f.name}
              <select value={values[id] ?? ''} onChange={(e) => setValues({ ...values, [id]: e.currentTarget.value })}>
                <option value="">—</option>
                {f.value_type === 'binary' ? <><option value="yes">present</option><option value="no">absent</option></> : f.values?.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            </label>
          );
        })}
        {canAnswer && !binary && <button type="button" disabled={props.disabled || Object.keys(values).length === 0} onClick={answerValues}>{isTest ? 'Enter result' : 'Answer'}</button>}
        {!props.ordered && <button type="button" class="quiet" disabled={props.disabled} onClick={() => props.onSkip(a)} aria-label={`Skip ${a.name}`}>Skip</button>}
      </td>
    </tr>
  );
}

function ActionTable(props: Omit<Parameters<typeof NextActions>[0], 'tests' | 'spent' | 'budget' | 'stop'> & { label: string }) {
  if (props.actions.length === 0) return <p class="muted">No {props.label.toLowerCase()} to suggest.</p>;
  return (
    <table aria-label={props.label}>
      <thead><tr><th scope="col">{props.label}</th><th scope="col">Expected information</th><th scope="col">Price</th><th scope="col">Do</th></tr></thead>
      <tbody>{props.actions.map((a) => <ActionRow key={a.action_id} a={a} vocab={props.vocab} ordered={props.ordered.includes(a.action_id)} disabled={props.disabled} onAnswer={props.onAnswer} onSkip={props.onSkip} onOrder={props.onOrder} />)}</tbody>
    </table>
  );
}

/** The suggested questions and tests with their expected information and price, the money spent against the budget, and the stopping rule. */
export function NextActions(props: {
  actions: readonly NextAction[]; tests: readonly NextAction[]; vocab: Vocabulary | undefined; ordered: readonly string[]; disabled: boolean; spent: number; budget: number | undefined; stop: string | undefined;
  onAnswer: (a: NextAction, o: Observation[], test: boolean) => void; onSkip: (a: NextAction) => void; onOrder: (a: NextAction) => void;
}) {
  const { tests, spent, budget, stop, ...rest } = props;
  return (
    <section aria-labelledby="next-h" class="panel">
      <h2 id="next-h">Next best actions</h2>
      <p><strong>Spent {usd(spent)}</strong>{budget !== undefined && <span> of a {usd(budget)} budget ({usd(Math.max(0, budget - spent))} left)</span>}</p>
      {stop && <p class="muted">Stopping rule: {stop}</p>}
      <ActionTable {...rest} actions={props.actions.slice(0, 5)} label="Questions" />
      <ActionTable {...rest} actions={tests} label="Tests" />
    </section>
  );
}

/** Every step of the session with how it changed the top of the differential and what was spent. */
export function Timeline({ steps }: { steps: readonly TimelineStep[] }) {
  return (
    <section aria-labelledby="tl-h" class="panel">
      <h2 id="tl-h">Timeline</h2>
      <ol class="timeline" aria-label="Session timeline">
        {steps.map((s, i) => <li key={i}><strong>{s.label}</strong> — {s.change}{s.spentUsd > 0 ? ` · spent ${usd(s.spentUsd)}` : ''}</li>)}
      </ol>
    </section>
  );
}

/** The printable summary: model, triage, findings, the five most likely, the must-not-miss and the steps taken. */
export function Summary(props: { result: Diagnosis; findings: readonly CaseFinding[]; vocab: Vocabulary | undefined; timeline: readonly TimelineStep[]; spent: number }) {
  const index = findingIndex(props.vocab);
  const r = props.result;
  return (
    <article class="summary panel" aria-labelledby="sum-h">
      <h2 id="sum-h">Case summary</h2>
      <p>Model {r.model.id}@{r.model.version} ({r.model.status}). Triage: {r.triage.level}. Spent {usd(props.spent)}.</p>
      <h3>Findings</h3>
      <ul>{props.findings.map((f) => { const d = describeObs(f.obs, index.get(f.obs.id)); return <li key={f.obs.id}>{d.name}: {d.value}</li>; })}</ul>
      <h3>Most likely</h3>
      <ol>{r.differential.slice(0, 5).map((e) => <li key={e.condition_id}>{e.name} — {pct(e.probability)}</li>)}</ol>
      {r.cant_miss.length > 0 && <><h3>Do not miss</h3><ul>{r.cant_miss.map((e) => <li key={e.condition_id}>{e.name} — {pct(e.probability)}</li>)}</ul></>}
      <h3>Steps</h3>
      <ol>{props.timeline.map((s, i) => <li key={i}>{s.label} — {s.change}</li>)}</ol>
      <p class="notice">{r.notice}</p>
      <button type="button" class="no-print" onClick={() => window.print()}>Print</button>
    </article>
  );
}
