import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_BANDS, RecordCounts, ROW_MAX } from './counts.js';

const pairs = (c: RecordCounts): [string, string, number, number][] => {
  const out: [string, string, number, number][] = [];
  c.eachPair((l, f, x, t) => out.push([l, f, x, t]));
  return out;
};

test('count rows are 32-bit while the counts fit', () => {
  const c = new RecordCounts(DEFAULT_BANDS, ['f1', 'f2']);
  c.addPresent('a', 'f2', 3);
  c.addTested('a', 'f2', 4);
  assert.ok(c.toJSON().pairs.every(([, row]) => row instanceof Uint32Array));
  assert.deepEqual(pairs(c), [['a', 'f2', 3, 4]]);
});

test('a count past 2^32 - 1 widens its row to 64-bit instead of wrapping around', () => {
  const c = new RecordCounts(DEFAULT_BANDS, ['f1', 'f2']);
  c.addPresent('a', 'f1', 7);
  c.addPresent('a', 'f2', ROW_MAX);
  assert.deepEqual(c.pair('a', 'f2'), { present: ROW_MAX, tested: 0 });
  c.addPresent('a', 'f2', 2);
  c.addTested('a', 'f2', 1);
  // Exact: a 32-bit row would have wrapped to 1.
  assert.deepEqual(c.pair('a', 'f2'), { present: ROW_MAX + 2, tested: 1 });
  assert.deepEqual(c.pair('a', 'f1'), { present: 7, tested: 0 });
  const rows = new Map(c.toJSON().pairs);
  assert.ok(rows.get('a') instanceof Float64Array);
  // Only the row that needed it is widened; later counts keep adding to the wide row.
  c.addPresent('b', 'f1', 1);
  assert.ok(new Map(c.toJSON().pairs).get('b') instanceof Uint32Array);
  c.addPresent('a', 'f2', ROW_MAX);
  assert.equal(c.pair('a', 'f2').present, 2 * ROW_MAX + 2);
});

test('counts that are not whole non-negative numbers are kept exactly too', () => {
  const c = new RecordCounts(DEFAULT_BANDS, ['f1']);
  c.addPresent('a', 'f1', 2.5);
  c.addTested('a', 'f1', -1);
  assert.deepEqual(c.pair('a', 'f1'), { present: 2.5, tested: -1 });
});

test('merging two threads\' 32-bit counts whose sum passes 2^32 - 1 gives the exact sum', () => {
  const seed = ['f1', 'f2'];
  const main = new RecordCounts(DEFAULT_BANDS, seed);
  const w1 = new RecordCounts(DEFAULT_BANDS, seed);
  const w2 = new RecordCounts(DEFAULT_BANDS, seed);
  w1.addPresent('a', 'f1', 3_000_000_000);
  w1.addTested('a', 'f2', 5);
  w2.addPresent('a', 'f1', 3_000_000_000);
  w2.addTested('a', 'f2', 6);
  w2.addPresent('b', 'f2', 1);
  main.merge(w1.toJSON(), true);
  main.merge(w2.toJSON(), true);
  assert.deepEqual(pairs(main), [['a', 'f1', 6_000_000_000, 0], ['a', 'f2', 0, 11], ['b', 'f2', 1, 0]]);
  // A wide row merges into a narrow one (and the other way round) exactly as well.
  const other = new RecordCounts(DEFAULT_BANDS, seed);
  other.addPresent('b', 'f2', ROW_MAX);
  other.merge(main.toJSON());
  assert.deepEqual(pairs(other), [['b', 'f2', ROW_MAX + 1, 0], ['a', 'f1', 6_000_000_000, 0], ['a', 'f2', 0, 11]]);
});

test('a finding\'s column is read across the given labels', () => {
  const c = new RecordCounts(DEFAULT_BANDS, ['f1', 'f2']);
  c.addPresent('a', 'f2', 3);
  c.addTested('a', 'f2', 4);
  const col = c.column('f2', ['a', 'nope']);
  assert.deepEqual([col.present.get('a'), col.tested.get('a')], [3, 4]);
  assert.deepEqual([...c.column('nope', ['a']).present], []);
  assert.equal(col.present.has('nope'), false);
});
