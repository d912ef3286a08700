/**
 * Writes a hand-marked de-identification check set as the JSONL `bench deid --notes` reads. Texts mark PHI inline
 * as {{TYPE|text}}; each PHI text and each PHI-free text becomes one note of its own patient. Shared by the check
 * set scripts (deid-ood-letters.ts, deid-ood-letters2.ts), so the marking rule is written once.
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
