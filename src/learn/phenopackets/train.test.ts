import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, withContentHash } from '../artifact.js';
import { parseObo } from './obo.js';
import { TINY_OBO } from './obo.test.js';
import { parseJsonl, parsePhenopacket } from './cases.js';
import { createTermMapper } from './terms.js';
import { learnPhenopacketModel } from './train.js';

const LINES = [
  '{"id":"c1","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:1","label":"Epilepsy 1"}],"present_hpo":["HP:0002069"],"excluded_hpo":[],"genes":["GENEA"]}',
  '{"id":"c2","sex":"FEMALE","age":null,"diseases":[{"id":"OMIM:2","label":"Focal epilepsy 2"}],"present_hpo":["HP:0007359","HP:0300000"],"excluded_hpo":["HP:0002069"],"genes":["GENEB"]}',
  '{"id":"c3","sex":"FEMALE","age":"P1Y6M","diseases":[{"id":"OMIM:1","label":"Epilepsy 1"}],"present_hpo":["HP:0001250"],"excluded_hpo":[],"genes":["GENEA"]}',
].join('\n');

function learn(): string {
  const mapper = createTermMapper(parseObo(TINY_OBO), { 'HP:0300000': 'A brand new term' });
  const cases = parseJsonl(LINES, parsePhenopacket).items;
  const priceOf = (code: string) => ({ priceUsd: code === '81415' ? 4780 : 100, source: 'test' });
  const { model } = learnPhenopacketModel(cases, mapper, [{ name: 'cases.jsonl', sha256: 'x', rows: 3 }], { priceOf });
  return canonicalJson(withContentHash(model));
}

test('learning is byte-identical for the same input', () => {
  assert.equal(learn(), learn());
});

test('observed terms propagate to ancestors; new terms stay leaf findings; genes link to diseases', () => {
  const model = JSON.parse(learn()) as { findings: { id: string }[]; likelihoods: Record<string, Record<string, number[]>>; actions: { id: string }[] };
  const ids = model.findings.map((f) => f.id);
  assert.ok(ids.includes('HP:0001250') && ids.includes('HP:0000707') && ids.includes('HP:0300000'));
  assert.ok(!ids.includes('HP:0000118') && !ids.includes('HP:0000001'));
  // Both diseases have Seizures through their specific terms.
  assert.deepEqual(Object.keys(model.likelihoods['HP:0001250']!).sort(), ['OMIM:1', 'OMIM:2']);
  assert.deepEqual(Object.keys(model.likelihoods['gene:GENEA']!), ['OMIM:1']);
  assert.ok(model.actions.some((a) => a.id === 'genetic:exome'));
  assert.ok(model.actions.some((a) => a.id === 'genetic:gene:GENEB'));
});

test('malformed case lines are reported with line number and field, the rest parse', () => {
  const text = `${LINES}\nnot json\n{"id":"c4","diseases":[],"present_hpo":["HP:1"]}\n`;
  const r = parseJsonl(text, parsePhenopacket);
  assert.equal(r.items.length, 3);
  assert.deepEqual(r.skipped.map((s) => s.line), [4, 5]);
  assert.ok(r.skipped[1]!.issues.some((i) => i.path === 'line 5: $.diseases'));
  assert.ok(r.skipped[1]!.issues.some((i) => i.path === 'line 5: $.present_hpo[0]'));
});
