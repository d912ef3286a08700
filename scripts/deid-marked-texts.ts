/**
 * Writes a hand-marked de-identification check set as the JSONL `bench deid --notes` reads. Texts mark PHI inline
 * as {{TYPE|text}}; each PHI text and each PHI-free text becomes one note of its own patient. Shared by the check
 * set scripts (deid-ood-letters*.ts), so the marking rule and the checks of the marks are written once.
 */
import { writeFileSync } from 'node:fs';

const MARK = /\{\{([A-Z_]+)\|([^}]*)\}\}/g;

/** Strips the marks from `src`, returning the plain text and its PHI spans. */
export function unmark(src: string): { text: string; phi: { start: number; end: number; type: string }[] } {
  let text = '';
  let last = 0;
  const phi: { start: number; end: number; type: string }[] = [];
  for (const m of src.matchAll(MARK)) {
    text += src.slice(last, m.index);
    phi.push({ start: text.length, end: text.length + (m[2] ?? '').length, type: m[1] ?? 'ID' });
    text += m[2] ?? '';
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + src.slice(last), phi };
}

/** Writes the set to `--out` (or `defaultOut`), patients named `<prefix>-<i>` and `<prefix>-free-<i>`, and prints a summary. */
export function writeMarkedTexts(phiTexts: readonly string[], freeTexts: readonly string[], prefix: string, defaultOut: string): void {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 ? (process.argv[i + 1] ?? '') : defaultOut;
  const lines = phiTexts.map((src, k) => JSON.stringify({ patient: `${prefix}-${k}`, note: '1', ...unmark(src) }));
  freeTexts.forEach((text, k) => lines.push(JSON.stringify({ patient: `${prefix}-free-${k}`, note: '1', text, phi: [] })));
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ out, texts: lines.length, phi_free: freeTexts.length })}\n`);
}

const TYPES = new Set(['NAME', 'LOCATION', 'ZIP', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT',
  'HEALTH_PLAN', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID']);
const NUMBER_WORDS: Record<string, number> = { ninety: 90, 'ninety-one': 91, 'ninety-two': 92, 'ninety-three': 93,
  'ninety-four': 94, 'ninety-five': 95, 'ninety-six': 96, 'ninety-seven': 97, 'ninety-eight': 98, 'ninety-nine': 99 };

/** Escapes a string for use inside a regular expression. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value of an AGE span: its leading number or number word (so an age of 89 or under can be caught). */
function ageValue(s: string): number {
  const n = /\d+/.exec(s);
  if (n) return Number(n[0]);
  const w = /^ninety(?:-[a-z]+)?/i.exec(s);
  return w ? (NUMBER_WORDS[w[0].toLowerCase()] ?? 0) : 0;
}

/** Lists what is wrong with one marked text: a span that does not hold its marked string, a stray mark, a kind outside Safe Harbor, an age of 89 or under, a bare year as a date, or a marked string left unmarked elsewhere. */
function problemsOf(src: string, k: number): string[] {
  const intended = [...src.matchAll(MARK)].map((m) => ({ type: m[1] ?? '', text: m[2] ?? '' }));
  const { text, phi } = unmark(src);
  const out: string[] = [];
  if (phi.length !== intended.length) out.push(`text ${k}: ${phi.length} spans for ${intended.length} marks`);
  phi.forEach((p, j) => {
    const want = intended[j];
    if (!want || text.slice(p.start, p.end) !== want.text || p.type !== want.type) out.push(`text ${k}: span ${j} does not hold its marked string`);
    if (!TYPES.has(p.type)) out.push(`text ${k}: unknown type ${p.type}`);
    if (want && want.text.trim() !== want.text) out.push(`text ${k}: span ${j} has outer spaces`);
    if (p.type === 'AGE' && ageValue(want?.text ?? '') <= 89) out.push(`text ${k}: AGE of 89 or under`);
    if (p.type === 'DATE' && /^\d{4}$/.test(want?.text ?? '')) out.push(`text ${k}: bare year marked`);
  });
  if (/\{\{|\}\}/.test(text)) out.push(`text ${k}: stray mark`);
  for (const w of new Set(intended.map((m) => m.text).filter((t) => t.length >= 3))) {
    const all = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRe(w)}(?![\\p{L}\\d])`, 'gu'))].map((m) => m.index ?? 0);
    const covered = all.filter((i) => phi.some((p) => p.start <= i && i + w.length <= p.end));
    if (covered.length !== all.length) out.push(`text ${k}: a marked string also occurs unmarked`);
  }
  return out;
}

/**
 * Checks a hand-marked set before it is written, and exits non-zero listing what is wrong: every gold span holds its
 * marked string, kinds are Safe Harbor's, no age of 89 or under or bare year is marked, no marked string is also left
 * unmarked, and PHI-free texts carry no mark.
 */
export function checkMarkedTexts(phiTexts: readonly string[], freeTexts: readonly string[]): void {
  const problems = phiTexts.flatMap((src, k) => problemsOf(src, k));
  freeTexts.forEach((t, k) => {
    if (MARK.test(t) || /\{\{|\}\}/.test(t)) problems.push(`free text ${k}: has a mark`);
    MARK.lastIndex = 0;
  });
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
}
