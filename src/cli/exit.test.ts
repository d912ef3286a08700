import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, issue } from '../core/issues.js';
import { ModelNotFoundError } from '../learn/model-error.js';
import { CliUsageError, EXIT_CODES, exitCodeFor, exitReasonFor } from './exit.js';

test('each error kind ends with its exit code from the one table', () => {
  const cases: [unknown, keyof typeof EXIT_CODES][] = [
    [new InputError([issue('required', '$.age', 'age is required')]), 'bad-input'],
    [new CliUsageError('no such file'), 'usage'],
    [new ModelNotFoundError('no model named x'), 'model-not-found'],
    [new Error('boom'), 'failure'],
    ['a string', 'failure'],
  ];
  for (const [err, reason] of cases) {
    assert.equal(exitReasonFor(err), reason);
    const lines: string[] = [];
    assert.equal(exitCodeFor(err, (s) => lines.push(s)), EXIT_CODES[reason]);
    assert.ok(lines.join('').startsWith('ddx: '));
  }
  assert.equal(EXIT_CODES['bad-input'], 2);
  assert.equal(EXIT_CODES.failure, 1);
});

test('bad input lists every issue with its code and path', () => {
  const lines: string[] = [];
  exitCodeFor(new InputError([issue('required', '$.age', 'age is required'), issue('range', '$.sex', 'bad sex')]), (s) => lines.push(s));
  assert.match(lines.join(''), /\$\.age: age is required \[required\]\n\$\.sex: bad sex \[range\]/);
});
