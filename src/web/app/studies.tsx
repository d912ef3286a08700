/**
 * Validation study screens: create a study (a model version plus uploaded cases), review each case
 * blinded (own differential first, then the model's suggestions to rate), the dashboard, and the
 * sign-off that promotes the model through the registry when the study meets the release gates.
 */
import { useEffect, useState } from 'preact/hooks';
import type { paths } from '../../../clients/ddx-api.js';
import { describeError, must, type Api, type Me, type ModelSummary, type Vocabulary } from './api.js';
import { pct } from './format.js';
import { Dashboard } from './study-dashboard.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type StudyItem = Json<paths['/v1/studies']['get']['responses'][200]>['studies'][number];
type CaseView = Json<paths['/v1/studies/{id}/cases/{n}']['get']['responses'][200]>;
type Rating = 'correct' | 'plausible' | 'wrong' | 'dangerous-miss';

const WHO = 'ddx.reviewer';

/** Cases from an uploaded file or pasted text: a JSON array, `{cases: [...]}`, a FHIR Bundle or an array of Bundles. */
export function parseCases(text: string): unknown[] {
  const j = JSON.parse(text) as unknown;
  const list = Array.isArray(j) ? j : (j as { cases?: unknown }).cases !== undefined ? (j as { cases: unknown[] }).cases : [j];
  return list.map((c) => ((c as { resourceType?: string }).resourceType === 'Bundle' ? { bundle: c } : c));
}

function NewStudy({ api, onCreated }: { api: Api; onCreated: (id: string) => void }) {
  const [models, setModels] = useState<ModelSummary[]>([]);
  const [model, setModel] = useState('');
  const [name, setName] = useState('');
  const [caseSet, setCaseSet] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    api.GET('/v1/models').then((r) => {
      const list = must(r).models;
      setModels(list);
      const pick = list.find((m) => m.status === 'internal') ?? list[0];
      if (pick) setModel(pick.content_hash);
    }, (e: unknown) => setError(describeError(e)));
  }, [api]);
  useEffect(() => {
    if (!model) return;
    api.GET('/v1/models/{hash}', { params: { path: { hash: model } } }).then((r) => { if (r.data) setCaseSet((c) => c || r.data.gates.case_set); }, () => undefined);
  }, [api, model]);
  const onFile = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    if (f) setText(await f.text());
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      const cases = parseCases(text) as never[];
      const s = must(await api.POST('/v1/studies', { body: { name, model, case_set: caseSet, cases } }));
      onCreated(s.id);
    } catch (err) {
      setError(err instanceof SyntaxError ? 'The cases are not valid JSON.' : describeError(err));
    }
  };
  return (
    <form class="panel" onSubmit={submit} aria-labelledby="new-study-h">
      <h2 id="new-study-h">New study</h2>
      <div class="row">
        <label>Study name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required /></label>
        <label>Model version
          <select value={model} onChange={(e) => { const v = e.currentTarget.value; if (v !== model) { setModel(v); setCaseSet(''); } }}>
            {models.map((m) => <option key={m.content_hash} value={m.content_hash}>{m.id}@{m.version} ({m.status})</option>)}
          </select>
        </label>
        <label>Case set name <input value={caseSet} onInput={(e) => setCaseSet(e.currentTarget.value)} required /></label>
      </div>
      <label>Cases file (JSON or FHIR) <input type="file" accept=".json,application/json,application/fhir+json" onChange={(e) => void onFile(e)} /></label>
      <label for="cases-json">Cases (JSON)</label>
      <textarea id="cases-json" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder='[{"age": 45, "sex": "female", "note": "…", "diagnosis": ["condition-id"]}]' />
      <button type="submit" disabled={!name || !model || !caseSet || !text.trim()}>Create study</button>
      {error && <p role="alert" class="error">{error}</p>}
    </form>
  );
}

function Reviewer({ who, setWho }: { who: { id: string; name: string }; setWho: (w: { id: string; name: string }) => void }) {
  return (
    <div class="row" role="group" aria-label="Reviewer">
      <label>Reviewer id <input value={who.id} onInput={(e) => setWho({ ...who, id: e.currentTarget.value.trim() })} placeholder="e.g. NPI or staff id" /></label>
      <label>Your name <input value={who.name} onInput={(e) => setWho({ ...who, name: e.currentTarget.value })} /></label>
    </div>
  );
}

type Condition = Vocabulary['conditions'][number];
type RatingDraft = Record<string, { rating: Rating | ''; comment: string }>;
/** A row to rate: one of the model's suggestions, or a diagnosis of the reviewer's the model did not suggest. */
interface Rateable { id: string; name: string; p: number | undefined; rank: number | undefined }

/** The rows to rate: the model's suggestions, then the reviewer's own diagnoses it did not suggest. */
function rateableRows(view: CaseView | undefined): Rateable[] {
  return view?.model_suggestions ? [...view.model_suggestions.map((s) => ({ id: s.condition_id, name: s.name, p: s.probability, rank: s.rank as number | undefined })),
    ...(view.review?.differential ?? []).filter((d) => !view.model_suggestions!.some((s) => s.condition_id === d.id)).map((d) => ({ id: d.id, name: `${d.name} (yours; not suggested)`, p: undefined as number | undefined, rank: undefined }))] : [];
}

/** The blinded step: the reviewer builds their own differential from the vocabulary before seeing the model's. */
function OwnDifferential({ conditions, mine, setMine, canSubmit, onSubmit }: { conditions: readonly Condition[]; mine: string[]; setMine: (m: string[]) => void; canSubmit: boolean; onSubmit: () => Promise<void> }) {
  const [q, setQ] = useState('');
  const byName = (s: string) => conditions.find((c) => c.name.toLowerCase() === s.trim().toLowerCase() || c.id === s.trim());
  const nameOf = (id: string) => conditions.find((c) => c.id === id)?.name ?? id;
  const addMine = () => {
    const c = byName(q);
    if (c && !mine.includes(c.id)) setMine([...mine, c.id]);
    setQ('');
  };
  return (
    <div>
      <h3>Your differential (before you see the model's)</h3>
      <ol aria-label="Your differential">{mine.map((id) => <li key={id}>{nameOf(id)} <button type="button" class="quiet" aria-label={`Remove ${nameOf(id)}`} onClick={() => setMine(mine.filter((x) => x !== id))}>Remove</button></li>)}</ol>
      <div class="row">
        <label>Add a diagnosis <input type="search" list="cond-list" value={q} onInput={(e) => setQ(e.currentTarget.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addMine(); } }} /></label>
        <datalist id="cond-list">{q.trim().length >= 2 && conditions.filter((c) => c.name.toLowerCase().includes(q.trim().toLowerCase())).slice(0, 10).map((c) => <option key={c.id} value={c.name} />)}</datalist>
        <button type="button" onClick={addMine} disabled={!byName(q)}>Add diagnosis</button>
        <button type="button" onClick={() => void onSubmit()} disabled={mine.length === 0 || !canSubmit}>Submit my differential</button>
      </div>
    </div>
  );
}

/** The unblinded step: the reviewer's differential, then the model's suggestions to rate (or as rated). */
function RateSuggestions({ view, ratings, setRatings, onSubmit }: { view: CaseView; ratings: RatingDraft; setRatings: (r: RatingDraft) => void; onSubmit: () => Promise<void> }) {
  const rated = view.review?.ratings !== undefined;
  const required = view.model_suggestions?.map((s) => s.condition_id) ?? [];
  return (
    <div>
      <h3>Your differential</h3>
      <ol>{(view.review?.differential ?? []).map((d) => <li key={d.id}>{d.name}</li>)}</ol>
      <h3>The model's suggestions</h3>
      <table>
        <thead><tr><th scope="col">Suggestion</th><th scope="col">Probability</th><th scope="col">Rating</th><th scope="col">Comment</th></tr></thead>
        <tbody>
          {rateableRows(view).map((s) => {
            const given = view.review?.ratings?.find((r) => r.condition_id === s.id);
            return (
              <tr key={s.id}>
                <th scope="row">{s.rank !== undefined ? `${s.rank}. ` : ''}{s.name}</th>
                <td class="num">{s.p !== undefined ? pct(s.p) : '–'}</td>
                <td>{rated ? given?.rating ?? '–' : (
                  <select aria-label={`Rating for ${s.name}`} value={ratings[s.id]?.rating ?? ''} onChange={(e) => setRatings({ ...ratings, [s.id]: { comment: ratings[s.id]?.comment ?? '', rating: e.currentTarget.value as Rating | '' } })}>
                    <option value="">choose</option><option value="correct">correct</option><option value="plausible">plausible</option><option value="wrong">wrong</option><option value="dangerous-miss">dangerous miss</option>
                  </select>)}
                </td>
                <td>{rated ? given?.comment ?? '' : <input aria-label={`Comment on ${s.name}`} value={ratings[s.id]?.comment ?? ''} onInput={(e) => setRatings({ ...ratings, [s.id]: { rating: ratings[s.id]?.rating ?? '', comment: e.currentTarget.value } })} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!rated && <button type="button" onClick={() => void onSubmit()} disabled={required.some((id) => !ratings[id]?.rating)}>Submit ratings</button>}
      {rated && <p role="status">Ratings recorded.</p>}
    </div>
  );
}

function ReviewCase({ api, studyId, n, total, who, vocab, onNext }: { api: Api; studyId: string; n: number; total: number; who: { id: string; name: string }; vocab: Vocabulary | undefined; onNext: () => void }) {
  const [view, setView] = useState<CaseView>();
  const [mine, setMine] = useState<string[]>([]);
  const [ratings, setRatings] = useState<RatingDraft>({});
  const [error, setError] = useState('');
  // The parent keys this component by case and reviewer, so state starts empty for each case: a render of
  // case n+1 with case n's reviewed view would show the model's suggestions before the blinded differential.
  useEffect(() => {
    let current = true;
    api.GET('/v1/studies/{id}/cases/{n}', { params: { path: { id: studyId, n: String(n) }, query: { reviewer: who.id } } }).then(
      (r) => { if (current) setView(must(r)); },
      (e: unknown) => { if (current) setError(describeError(e)); },
    );
    return () => { current = false; };
  }, [api, studyId, n, who.id]);
  const submitMine = async () => {
    try {
      setView(must(await api.PUT('/v1/studies/{id}/cases/{n}/review', { params: { path: { id: studyId, n: String(n) } }, body: { reviewer_id: who.id, reviewer_name: who.name, differential: mine } })));
    } catch (e) {
      setError(describeError(e));
    }
  };
  const submitRatings = async () => {
    try {
      const list = Object.entries(ratings).filter(([, r]) => r.rating !== '').map(([id, r]) => ({ condition_id: id, rating: r.rating as Rating, ...(r.comment ? { comment: r.comment } : {}) }));
      setView(must(await api.POST('/v1/studies/{id}/cases/{n}/ratings', { params: { path: { id: studyId, n: String(n) } }, body: { reviewer_id: who.id, ratings: list } })));
    } catch (e) {
      setError(describeError(e));
    }
  };
  if (!view) return error ? <p role="alert" class="error">{error}</p> : <p>Loading case…</p>;
  return (
    <section class="panel" aria-labelledby="case-h">
      <h2 id="case-h">Case {n + 1} of {total}</h2>
      <p>{view.sex}, {view.age} years</p>
      {view.note && <p class="note">{view.note}</p>}
      <ul aria-label="Case findings">{view.findings.map((f) => <li key={f.id}>{f.name}: {f.value}</li>)}</ul>
      {!view.review
        ? <OwnDifferential conditions={vocab?.conditions ?? []} mine={mine} setMine={setMine} canSubmit={!!who.id && !!who.name} onSubmit={submitMine} />
        : <RateSuggestions view={view} ratings={ratings} setRatings={setRatings} onSubmit={submitRatings} />}
      {error && <p role="alert" class="error">{error}</p>}
      <div class="row">
        <button type="button" class="quiet" onClick={onNext} disabled={n + 1 >= total}>Next case</button>
      </div>
    </section>
  );
}

function Study({ api, id, canReview, onBack }: { api: Api; id: string; canReview: boolean; onBack: () => void }) {
  const [tab, setTab] = useState<'review' | 'dashboard'>(canReview ? 'review' : 'dashboard');
  const [who, setWhoState] = useState<{ id: string; name: string }>(() => JSON.parse(sessionStorage.getItem(WHO) ?? '{"id":"","name":""}') as { id: string; name: string });
  const setWho = (w: { id: string; name: string }) => {
    sessionStorage.setItem(WHO, JSON.stringify(w));
    setWhoState(w);
  };
  const [study, setStudy] = useState<Json<paths['/v1/studies/{id}']['get']['responses'][200]>>();
  const [vocab, setVocab] = useState<Vocabulary>();
  const [n, setN] = useState(0);
  useEffect(() => {
    api.GET('/v1/studies/{id}', { params: { path: { id } } }).then((r) => {
      const s = must(r);
      setStudy(s);
      return api.GET('/v1/vocabulary', { params: { query: { model: s.model.content_hash } } }).then((v) => setVocab(must(v)));
    }, () => undefined);
  }, [api, id]);
  if (!study) return <p>Loading study…</p>;
  return (
    <div>
      <button type="button" class="quiet" onClick={onBack}>All studies</button>
      <h1>{study.name}</h1>
      <p class="muted">Model {study.model.id}@{study.model.version} ({study.model.status}) · case set {study.case_set} · {study.n_cases} cases</p>
      <nav aria-label="Study views" class="row">
        {canReview && <button type="button" aria-current={tab === 'review' ? 'page' : undefined} onClick={() => setTab('review')}>Review cases</button>}
        <button type="button" aria-current={tab === 'dashboard' ? 'page' : undefined} onClick={() => setTab('dashboard')}>Dashboard</button>
      </nav>
      {tab === 'review' && (
        <>
          <Reviewer who={who} setWho={setWho} />
          {who.id ? <ReviewCase key={`${n}:${who.id}`} api={api} studyId={id} n={n} total={study.n_cases} who={who} vocab={vocab} onNext={() => setN(n + 1)} /> : <p>Enter your reviewer id and name to start.</p>}
        </>
      )}
      {tab === 'dashboard' && <Dashboard api={api} id={id} who={who} canSign={canReview} />}
    </div>
  );
}

/** The validation studies: the list, a new study, and one study's review and dashboard. */
export function StudiesScreen({ api, me }: { api: Api; me: Me }) {
  const [list, setList] = useState<StudyItem[]>([]);
  const [open, setOpen] = useState<string>();
  const [error, setError] = useState('');
  const refresh = () => api.GET('/v1/studies').then((r) => setList(must(r).studies), (e: unknown) => setError(describeError(e)));
  useEffect(() => void refresh(), [api]);
  if (open) return <Study api={api} id={open} canReview={me.scopes.includes('review')} onBack={() => { setOpen(undefined); void refresh(); }} />;
  return (
    <div>
      <h1>Validation studies</h1>
      <p class="muted">A study is a model version plus a case set. Reviewers see each case blinded, give their own differential, then rate the model's.</p>
      {error && <p role="alert" class="error">{error}</p>}
      <table aria-label="Studies">
        <thead><tr><th scope="col">Study</th><th scope="col">Model</th><th scope="col">Case set</th><th scope="col">Cases</th></tr></thead>
        <tbody>{list.map((s) => (
          <tr key={s.id}>
            <th scope="row"><button type="button" class="quiet" onClick={() => setOpen(s.id)}>{s.name}</button></th>
            <td>{s.model.id}@{s.model.version} ({s.model.status})</td><td>{s.case_set}</td><td class="num">{s.n_cases}</td>
          </tr>
        ))}</tbody>
      </table>
      {me.scopes.includes('admin') && <NewStudy api={api} onCreated={(id) => { void refresh(); setOpen(id); }} />}
    </div>
  );
}
