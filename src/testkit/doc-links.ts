/**
 * Relative links in the repository's Markdown docs: every `](path)` names an existing file and every `#anchor` one
 * that a heading of the target produces under GitHub's slug rule. A dev tool for `doc-links.test.ts`; it replaces
 * the one-off `docs/log/check-moved.py` of the fourteenth session's docs restructuring (its link half).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * GitHub's heading slug: trimmed, lower-cased, every character that is not a letter, mark, number, connector
 * punctuation (`_`), space or hyphen dropped, then each space turned into a hyphen.
 */
export function slug(heading: string): string {
  return [...heading.trim().toLowerCase()].filter((ch) => /[\p{L}\p{M}\p{N}\p{Pc} -]/u.test(ch)).join('').replace(/ /g, '-');
}

/**
 * The lines of a Markdown text outside fenced code blocks (a fence is three or more backticks or tildes, indented at
 * most three spaces, closed by a fence of the same character at least as long), each with its 0-based line index.
 */
export function proseLines(markdown: string): { line: string; index: number }[] {
  const out: { line: string; index: number }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((line, index) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && f !== undefined) fence = f;
    else if (fence !== undefined && f !== undefined && f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = undefined;
    else if (fence === undefined) out.push({ line, index });
  });
  return out;
}

/**
 * The anchors a Markdown text's ATX headings produce (outside fenced code; an optional closing run of `#` is not part
 * of the heading); a repeated slug gets `-1`, `-2`, ....
 */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const { line } of proseLines(markdown)) {
    const m = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!m) continue;
    const s = slug(m[1]!);
    const n = seen.get(s) ?? 0;
    result.add(n === 0 ? s : `${s}-${n}`);
    seen.set(s, n + 1);
  }
  return result;
}

/** The Markdown files whose links are checked: README.md, AGENTS.md and every `.md` below docs/, sorted. */
export function docFiles(repo: string): string[] {
  const out = ['README.md', 'AGENTS.md'].filter((f) => existsSync(join(repo, f)));
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(repo, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  if (existsSync(join(repo, 'docs'))) walk('docs');
  return out;
}

/**
 * Every broken relative link in the given files (paths relative to `repo`), as `file: target#anchor (why)`. Links in
 * fenced code or inline code spans are examples, not links, and are skipped. Links with a scheme (`https:`, `mailto:`) are not checked; `#anchor` alone refers to the file itself; an anchor
 * is checked only in a Markdown target.
 */
export function brokenLinks(repo: string, files: readonly string[]): string[] {
  const texts = new Map<string, string>();
  const read = (path: string): string => {
    let t = texts.get(path);
    if (t === undefined) { t = readFileSync(join(repo, path), 'utf8'); texts.set(path, t); }
    return t;
  };
  const bad: string[] = [];
  for (const file of files) {
    // Links in prose only: not in fenced code, not in an inline code span; an optional link title is allowed.
    const prose = proseLines(read(file)).map(({ line }) => line.replace(/(`+)[^`]*?\1/g, '')).join('\n');
    for (const m of prose.matchAll(/\]\(([^)\s#]*)(#[^)\s]*)?(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      const anchor = m[2];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || (target === '' && !anchor)) continue;
      const path = target === '' ? file : normalize(join(dirname(file), target));
      if (!existsSync(join(repo, path))) { bad.push(`${file}: ${target}${anchor ?? ''} (no such file)`); continue; }
      if (anchor && path.endsWith('.md') && !anchors(read(path)).has(anchor.slice(1))) {
        bad.push(`${file}: ${target}${anchor} (no such heading)`);
      }
    }
  }
  return bad;
}
