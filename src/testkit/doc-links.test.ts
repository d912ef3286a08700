// The docs' relative links and #anchors resolve (README.md, AGENTS.md, docs/**/*.md), and the checker itself
// catches a missing file, a missing heading and follows GitHub's slug rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchors, brokenLinks, docFiles, slug } from './doc-links.js';
import { REPO_ROOT } from './paths.js';

test('every relative link and anchor in README.md, AGENTS.md and docs/**/*.md resolves', () => {
  const files = docFiles(REPO_ROOT);
  assert.ok(files.includes('docs/README.md') && files.some((f) => f.startsWith('docs/log/')), 'the docs are found');
  assert.deepEqual(brokenLinks(REPO_ROOT, files), []);
});

test('slug follows GitHub: lower case, punctuation dropped, spaces to hyphens, underscores and letters kept', () => {
  assert.equal(slug('Tried and dropped'), 'tried-and-dropped');
  assert.equal(slug(' 12 stepwise: cost (USD), per_case — größe '), '12-stepwise-cost-usd-per_case--größe');
  assert.equal(slug('`web` layer / rules'), 'web-layer--rules');
});

test('repeated headings get -1, -2; headings inside fenced code make no anchor', () => {
  const a = anchors('# Figures\n## Figures\n```\n# Not a heading\n```\n### Figures\n#NoSpace\n');
  assert.deepEqual([...a].sort(), ['figures', 'figures-1', 'figures-2']);
});

test('a closing run of # is not part of the heading; indented and tilde fences hide their headings', () => {
  const a = anchors('## Figures ##\n  ### Method #\n~~~\n# Inside\n```\n# Still inside\n~~~\n# After C#\n');
  assert.deepEqual([...a].sort(), ['after-c', 'figures', 'method']);
});

test('links in fenced or inline code are not checked; a link with a title is', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ddx-doc-links-'));
  try {
    writeFileSync(join(repo, 'README.md'), '# Top\n```md\n[example](no/such.md)\n```\nWrite `[x](missing.md)` so. [t](gone.md "Title") [ok](#top "Top")\n');
    assert.deepEqual(brokenLinks(repo, ['README.md']), ['README.md: gone.md (no such file)']);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

test('a missing file, a missing heading and a missing same-file anchor are reported; good links are not', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ddx-doc-links-'));
  try {
    mkdirSync(join(repo, 'docs', 'log'), { recursive: true });
    writeFileSync(join(repo, 'README.md'), '[ok](docs/a.md#second-part) [web](https://x.org/y.md) [gone](docs/b.md)\n');
    writeFileSync(join(repo, 'docs', 'a.md'), '# A\n## Second part\n[up](../README.md) [self](#a) [bad](#nope)\n');
    writeFileSync(join(repo, 'docs', 'log', 'h.md'), '[back](../a.md#second-part) [bad](../a.md#third-part)\n');
    const files = docFiles(repo);
    assert.deepEqual(files, ['README.md', 'docs/a.md', 'docs/log/h.md']);
    assert.deepEqual(brokenLinks(repo, files), [
      'README.md: docs/b.md (no such file)',
      'docs/a.md: #nope (no such heading)',
      'docs/log/h.md: ../a.md#third-part (no such heading)',
    ]);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
