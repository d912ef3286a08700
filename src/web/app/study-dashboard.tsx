/** A study's dashboard: agreement, concordance, calibration plot, accuracy by group, cost, disagreements, the gate and sign-off. */
import { useEffect, useState } from 'preact/hooks';
import type { paths } from '../../../clients/ddx-api.js';
import { describeError, must, type Api } from './api.js';
import { usd } from './format.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Board = Json<paths['/v1/studies/{id}/dashboard']['get']['responses'][200]>;

const ATTESTATION = 'I have reviewed the validation report and approve release of this model version for clinical decision support' as const;
const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(2));
const rate = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);

/** Reliability diagram: mean predicted probability against the observed rate per bin; the diagonal is perfect calibration. */
function CalibrationPlot({ bins }: { bins: Board['metrics']['calibration']['bins'] }) {
  const W = 240;
  const pad = 30;
  const x = (p: number) => pad + p * (W - pad - 10);
  const y = (p: number) => W - pad - p * (W - pad - 10);
  const desc = bins.map((b) => `${Math.round(b.mean_p * 100)}% predicted, ${Math.round(b.observed * 100)}% observed (n=${b.n})`).join('; ');
  return (
    <svg class="plot" width={W} height={W} viewBox={`0 0 ${W} ${W}`} role="img" aria-label={`Calibration plot: ${desc || 'no data'}`}>
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#6b7280" stroke-dasharray="4 3" />
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} stroke="#1a1a1a" />
      <line x1={x(0)} y1={y(0)} x2={x(0)} y2={y(1)} stroke="#1a1a1a" />
      {[0, 0.5, 1].map((t) => <text key={`x${t}`} x={x(t)} y={W - 12} font-size="10" text-anchor="middle" fill="#1a1a1a">{t * 100}%</text>)}
      {[0, 0.5, 1].map((t) => <text key={`y${t}`} x={4} y={y(t) + 3} font-size="10" fill="#1a1a1a">{t * 100}%</text>)}
      <polyline fill="none" stroke="#1d4ed8" stroke-width="2" points={bins.map((b) => `${x(b.mean_p)},${y(b.observed)}`).join(' ')} />
      {bins.map((b) => <circle key={b.lo} cx={x(b.mean_p)} cy={y(b.observed)} r={Math.min(7, 2 + Math.sqrt(b.n))} fill="#1d4ed8" />)}
    </svg>
  );
}

function GroupTable({ label, rows }: { label: string; rows: Board['metrics']['accuracy_by_sex'] }) {
  return (
    <table aria-label={label}>
      <thead><tr><th scope="col">{label}</th><th scope="col">Cases</th><th scope="col">Top-1</th><th scope="col">Top-3</th></tr></thead>
      <tbody>{rows.map((r) => <tr key={r.group}><th scope="row">{r.group}</th><td class="num">{r.n}</td><td class="num">{rate(r.top1)}</td><td class="num">{rate(r.top3)}</td></tr>)}</tbody>
    </table>
  );
}

/** A study's dashboard (see the module comment), with the sign-off when the caller may sign. */
export function Dashboard({ api, id, who, canSign }: { api: Api; id: string; who: { id: string; name: string }; canSign: boolean }) {
  const [board, setBoard] = useState<Board>();
  const [error, setError] = useState('');
  const [attest, setAttest] = useState(false);
  const [outcome, setOutcome] = useState('');
  const load = () => api.GET('/v1/studies/{id}/dashboard', { params: { path: { id } } }).then((r) => setBoard(must(r)), (e: unknown) => setError(describeError(e)));
  useEffect(() => void load(), [api, id]);
  const signOff = async () => {
    setError('');
    try {
      const r = must(await api.POST('/v1/studies/{id}/signoffs', { params: { path: { id } }, body: { reviewer_id: who.id, reviewer_name: who.name, attestation: ATTESTATION } }));
      setOutcome(`Signed off by ${who.name}. Model is now ${r.model.status}${r.promoted.length ? ` (promoted to ${r.promoted.join(', then ')})` : ''}.`);
      await load();
    } catch (e) {
      setError(describeError(e));
    }
  };
  if (!board) return error ? <p role="alert" class="error">{error}</p> : <p>Loading dashboard…</p>;
  const m = board.metrics;
  const g = board.gate;
  return (
    <section aria-labelledby="dash-h">
      <h2 id="dash-h">Dashboard</h2>
      <div class="kpis">
        <div class="kpi">Reviewer–model agreement (kappa)<strong>{f2(m.reviewer_model_kappa)}</strong></div>
        <div class="kpi">Agreement among reviewers (kappa)<strong>{f2(m.inter_reviewer_kappa)}</strong></div>
        {m.top_k_concordance.map((c) => <div class="kpi" key={c.k}>Reviewer's diagnosis in model top-{c.k}<strong>{rate(c.rate)}</strong></div>)}
        <div class="kpi">Model top-1 / top-3 accuracy<strong>{rate(m.accuracy.top1)} / {rate(m.accuracy.top3)}</strong><span class="muted small">{m.accuracy.n} cases with a reference</span></div>
        <div class="kpi">Calibration error (ECE)<strong>{f2(m.calibration.ece)}</strong></div>
        <div class="kpi">Can't-miss recall<strong>{rate(m.cant_miss_recall)}</strong></div>
        <div class="kpi">Cost per case (mean / median)<strong>{usd(m.cost_per_case_usd.mean)} / {usd(m.cost_per_case_usd.median)}</strong></div>
        <div class="kpi">Reviews (rated)<strong>{m.n_reviews} ({m.n_rated})</strong><span class="muted small">{m.n_reviewers} reviewers, {m.n_cases} cases</span></div>
      </div>
      <div class="cols">
        <div class="panel">
          <h3>Calibration</h3>
          <p class="muted small">Each suggestion's probability against how often it was the reference diagnosis.</p>
          <CalibrationPlot bins={m.calibration.bins} />
        </div>
        <div class="panel">
          <h3>Accuracy by group</h3>
          <GroupTable label="Sex" rows={m.accuracy_by_sex} />
          <GroupTable label="Age band" rows={m.accuracy_by_age} />
          <h3>Ratings</h3>
          <p>correct {m.ratings.correct} · plausible {m.ratings.plausible} · wrong {m.ratings.wrong} · dangerous miss {m.ratings['dangerous-miss']}</p>
        </div>
      </div>
      <section class="panel" aria-labelledby="dis-h">
        <h3 id="dis-h">Cases of disagreement</h3>
        {m.disagreements.length === 0 ? <p>None.</p> : <ul>{m.disagreements.map((d) => <li key={d.case_index}>Case {d.case_index + 1}: {d.reasons.join('; ')}</li>)}</ul>}
      </section>
      <section class="panel" aria-labelledby="gate-h">
        <h3 id="gate-h">Release gate</h3>
        <p>Model status: <strong>{board.model_status}</strong>. Gate on case set “{g.case_set}”: at least {g.min_cases} cases, top-1 ≥ {g.min_top1}, ECE ≤ {g.max_ece}, can't-miss recall ≥ {g.min_cant_miss_recall}, {g.min_signoffs} sign-offs.</p>
        <p>{g.met ? 'This study meets the gate.' : `Not met: ${g.unmet.map((u) => u.message).join('; ')}.`}</p>
        <h4>Sign-offs</h4>
        {board.signoffs.length === 0 ? <p>None yet.</p> : <ul aria-label="Sign-offs">{board.signoffs.map((s) => <li key={s.reviewer_id}>{s.reviewer_name} ({s.reviewer_id}) at {new Date(s.signed_at).toISOString().replace('T', ' ').slice(0, 16)} UTC</li>)}</ul>}
        {canSign && (
          <div>
            <label class="inline"><input type="checkbox" checked={attest} onChange={(e) => setAttest(e.currentTarget.checked)} /> {ATTESTATION}</label>
            <div class="row"><button type="button" disabled={!attest || !who.id || !who.name} onClick={() => void signOff()}>Sign off</button></div>
          </div>
        )}
        {outcome && <p role="status">{outcome}</p>}
        {error && <p role="alert" class="error">{error}</p>}
      </section>
    </section>
  );
}
