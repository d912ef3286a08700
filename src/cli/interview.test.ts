import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

function interview(args: readonly string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'interview', ...args], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000,
  });
}

/** The questions asked, in order: "Q3 Ask about: fever [y/n/s/q] y" and indented sub-questions of a multi-finding action. */
function questions(stdout: string): string[] {
  return stdout.split('\n').map((l) => /^(?:Q\d+ |  )(\S.*?) \[[^\]]*\]/.exec(l)?.[1]).filter((q): q is string => q !== undefined);
}

test('answering yes 25 times on the primary-care model ends without repeating a question', () => {
  const r = interview(['--age', '45', '--sex', 'female', '--model', 'primary-care'], 'y\n'.repeat(25));
  assert.equal(r.status, 0, r.stderr);
  const asked = questions(r.stdout);
  assert.ok(asked.length >= 3, r.stdout);
  assert.equal(new Set(asked).size, asked.length, `a question was asked twice:\n${asked.join('\n')}`);
  assert.match(r.stdout, /Differential diagnosis/);
});

test('the interview starts from the presenting complaint in free text, read as a note', () => {
  const r = interview(['--age', '60', '--sex', 'male', '--model', 'primary-care', '--max-questions', '2'], 'cough and fever for three days, no chest pain\nn\nn\nn\nn\nn\nn\n');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Presenting complaint/);
  assert.match(r.stdout, /recognised: .*cough/);
  assert.match(r.stdout, /recognised: .*fever/);
  const asked = questions(r.stdout);
  assert.ok(!asked.includes('Ask about: cough') && !asked.includes('Ask about: fever'), 'a finding given in the complaint is not asked again');
});

test('an empty presenting complaint is skipped', () => {
  const r = interview(['--age', '30', '--sex', 'female', '--max-questions', '1'], '\ny\ny\ny\ny\ny\n');
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /recognised:/);
  assert.match(r.stdout, /Q1 /);
});
