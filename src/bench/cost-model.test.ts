import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOf } from './cost-model.js';
import { priceFor } from './prices.js';

const q = (id: string) => ({ id, kind: 'question' });
const t = (id: string, code: string) => ({ id, kind: 'test', code: { system: 'CPT', code } });

test('consecutive questions are one visit round; a test closes the round', () => {
  const c = costOf([q('a'), q('b'), t('cbc', '85025'), q('c'), q('d')], { visitFeeUsd: 300 });
  assert.equal(c.visitRounds, 2);
  assert.equal(c.visitFeesUsd, 600);
  assert.equal(c.totalUsd, 600 + priceFor('85025')!.priceUsd);
});

test('the visit fee is configurable', () => {
  assert.equal(costOf([q('a')], { visitFeeUsd: 150 }).totalUsd, 150);
});

test('a panel prices as its own code, not the sum of its parts', () => {
  const panel = priceFor('80053')!.priceUsd;
  const parts = ['82947', '84520', '82565', '82310'].map((c) => priceFor(c)?.priceUsd ?? 0).reduce((a, b) => a + b, 0);
  assert.equal(costOf([t('cmp', '80053')]).totalUsd, panel);
  assert.notEqual(panel, parts);
});

test('a missing price or code is reported, never priced at zero silently', () => {
  const c = costOf([t('mystery', '00000'), { id: 'nocode', kind: 'test' }]);
  assert.deepEqual(c.missing, ['mystery', 'nocode']);
  assert.equal(priceFor('00000'), undefined);
});

test('imaging comes from the open price list, labs from the CMS schedule', () => {
  assert.match(priceFor('70553')!.source, /Dx0/);
  assert.match(priceFor('85025')!.source, /CMS/);
});
