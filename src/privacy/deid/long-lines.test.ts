/**
 * Bad input must not stall a request: de-identification time stays linear on long adversarial lines (a run of
 * capitalised words was quadratic in the town and name-before-role patterns: 100 kB took about 8 s, so 200 kB about
 * 30 s). The limit is generous on purpose (about 1.5 s is usual now): it guards against a stall, not a speed figure.
 * It counts the process's CPU time, not the wall clock, so a machine busy with other jobs does not fail it (in the
 * thirty-third session eight engineers' jobs on two cores stretched 1.5 s of work to 16-19 s of wall time). The bounds
 * still keep whole towns and names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const SIZE = 200_000;
const LIMIT_MS = 15_000;

/** One line of SIZE characters made of `unit` repeated. */
function line(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const SHAPES: Array<[string, string]> = [
  ['capitalised words', 'Alpha Bravo Charlie Delta Echo Foxtrot '],
  ['capitalised words with particles and hyphens', 'Alpha de Bravo-Charlie upon Delta le Echo '],
  ['comma-separated capitalised words', 'Alpha, Bravo, Charlie, Delta, '],
  ['capitalised words before a role bracket that does not close the name', 'Alpha Bravo Charlie Delta x (GP) '],
  ['capitalised words before a state without a code', 'Alpha Bravo Charlie Delta, CA x '],
  ['digits and dashes', '1234-5678-'],
  ['"Dr. " repeated', 'Dr. '],
  ['e-mail-like tokens', 'abc.def@ghi.jk '],
  ['initials', 'A. B. C. '],
];

detectPhi('Seen by Dr Okonkwo at Wexham Park on 3 May.');
for (const [shape, unit] of SHAPES) {
  test(`a 200 kB line of ${shape} is de-identified in under ${LIMIT_MS / 1000} s of CPU time`, () => {
    const text = line(unit);
    const start = process.cpuUsage();
    detectPhi(text);
    const used = process.cpuUsage(start);
    const elapsed = (used.user + used.system) / 1000;
    assert.ok(elapsed < LIMIT_MS, `${shape}: ${elapsed.toFixed(0)} ms of CPU time`);
  });
}

test('the word bounds still keep a many-word town and a many-word name whole', () => {
  const town = 'Lives at 4 Mill Lane, Newcastle upon Tyne NE1 4LP.';
  const spans = detectPhi(town).map((s) => town.slice(s.start, s.end));
  assert.ok(spans.some((s) => s.includes('Newcastle upon Tyne')), JSON.stringify(spans));
  const name = 'Discussed with Maria de los Angeles Garcia Lopez (GP) today.';
  const named = detectPhi(name).map((s) => name.slice(s.start, s.end));
  assert.ok(named.some((s) => s.includes('Maria de los Angeles Garcia Lopez')), JSON.stringify(named));
});
