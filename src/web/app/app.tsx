/**
 * The workbench shell: sign in with an API key (kept in sessionStorage, so closing the tab signs
 * out), then the screens the key's scopes allow — the case screen for `diagnose`, validation
 * studies for `review` and `admin`.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError, makeApi, must, type Api, type Me } from './api.js';
import { CaseScreen } from './case-screen.js';
import { StudiesScreen } from './studies.js';

const KEY_SLOT = 'ddx.apiKey';

interface Signed { readonly api: Api; readonly me: Me }

async function signIn(key: string): Promise<Signed> {
  const api = makeApi(key);
  const me = must(await api.GET('/v1/me'));
  return { api, me };
}

function SignIn(props: { onSigned: (s: Signed, key: string) => void; error?: string }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState(props.error ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      props.onSigned(await signIn(key.trim()), key.trim());
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="signin">
      <h1>ddx workbench</h1>
      <p>Decision support for clinicians. Sign in with the API key your administrator gave you.</p>
      {/* A plain textbox (masked by CSS): every assistive technology and test tool sees a textbox named "API key". */}
      <form onSubmit={submit}>
        <label for="api-key">API key</label>
        <input id="api-key" type="text" class="secret" autoComplete="off" autoCapitalize="off" spellcheck={false} value={key} onInput={(e) => setKey(e.currentTarget.value)} required />
        <button type="submit" disabled={busy}>Sign in</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </main>
  );
}

/** The workbench: sign-in, then the case screen and the validation studies as the key's scopes allow. */
export function App() {
  const [signed, setSigned] = useState<Signed | undefined>();
  const [restoring, setRestoring] = useState(() => sessionStorage.getItem(KEY_SLOT) !== null);
  const [tab, setTab] = useState<'case' | 'studies'>('case');

  useEffect(() => {
    const key = sessionStorage.getItem(KEY_SLOT);
    if (!key) return;
    signIn(key).then(setSigned, () => sessionStorage.removeItem(KEY_SLOT)).finally(() => setRestoring(false));
  }, []);

  if (restoring) return <p class="boot">Signing in…</p>;
  if (!signed) return <SignIn onSigned={(s, key) => { sessionStorage.setItem(KEY_SLOT, key); setSigned(s); setTab(s.me.scopes.includes('diagnose') ? 'case' : 'studies'); }} />;

  const canCase = signed.me.scopes.includes('diagnose');
  const canStudies = signed.me.scopes.includes('review') || signed.me.scopes.includes('admin');
  const signOut = () => {
    sessionStorage.removeItem(KEY_SLOT);
    setSigned(undefined);
  };
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <span class="brand">ddx workbench</span>
        <nav aria-label="Screens">
          {canCase && <button type="button" aria-current={tab === 'case' ? 'page' : undefined} onClick={() => setTab('case')}>Case</button>}
          {canStudies && <button type="button" aria-current={tab === 'studies' ? 'page' : undefined} onClick={() => setTab('studies')}>Validation studies</button>}
        </nav>
        <span class="who">{signed.me.org} · {signed.me.scopes.join(', ')}</span>
        <button type="button" class="quiet" onClick={signOut}>Sign out</button>
      </header>
      <main id="main" tabIndex={-1}>
        {tab === 'case' && canCase && <CaseScreen api={signed.api} />}
        {tab === 'studies' && canStudies && <StudiesScreen api={signed.api} me={signed.me} />}
        {!canCase && !canStudies && <p>This API key has no scope that opens a screen here.</p>}
      </main>
    </>
  );
}
