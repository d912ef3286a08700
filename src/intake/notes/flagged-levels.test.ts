import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeFlag, levelIndex } from './flagged-levels.js';
import { noteReader } from '../../testkit/note-findings.js';
import type { FindingDef } from '../../core/model.js';

const HPO = 'http://purl.obolibrary.org/obo/hp.owl';
const hpo = (id: string, name: string, synonyms: string[] = []): FindingDef => ({ id, name, kind: 'sign', valueType: 'binary', leak: 0.002, synonyms, codes: [{ system: HPO, code: id }] });

test('the analytes of HPO level terms: from the label and its synonyms, by direction; other terms and phrases are no analyte', () => {
  const index = levelIndex([
    hpo('lh-up', 'Elevated circulating luteinizing hormone level', ['Elevated LH level', 'Elevated luteinizing hormone']),
    hpo('iga-up', 'Increased circulating IgA level', ['Increased levels of IgA', 'Elevated serum IgA']),
    hpo('acth-down', 'Decreased circulating ACTH level'),
    hpo('basement', 'Thin glomerular basement membrane'),
    { id: 'lh-plain', name: 'Elevated LH level', kind: 'lab', valueType: 'binary', leak: 0.1 },
  ])!;
  assert.deepEqual(index.concepts.get('level-high.lh'), ['lh-up']);
  assert.deepEqual(index.concepts.get('level-high.luteinizing hormone'), ['lh-up']);
  assert.deepEqual(index.concepts.get('level-high.iga'), ['iga-up']);
  assert.deepEqual(index.concepts.get('level-low.acth'), ['acth-down']);
  // "levels of IgA" is no analyte's name; a term without an HPO code is not read here; nor one that names no level.
  assert.equal([...index.concepts.keys()].some((k) => k.includes('levels')), false);
  assert.equal([...index.concepts.keys()].some((k) => k.includes('basement')), false);
  assert.equal(levelIndex([hpo('basement', 'Thin glomerular basement membrane')]), undefined);
});

test('a written flag or reference range judges the value; words that are no flag say nothing', () => {
  assert.equal(judgeFlag(28, 'high'), 'H');
  assert.equal(judgeFlag(28, 'raised'), 'H');
  assert.equal(judgeFlag(0.2, 'low'), 'L');
  assert.equal(judgeFlag(0.2, 'suppressed'), 'L');
  assert.equal(judgeFlag(3, 'normal'), 'N');
  assert.equal(judgeFlag(31, 'ref 1.6-6.9'), 'H');
  assert.equal(judgeFlag(1.2, 'range 1.6-6.9'), 'L');
  assert.equal(judgeFlag(4, '3.5-5.0'), 'N');
  assert.equal(judgeFlag(198, 'ref <7'), 'H');
  assert.equal(judgeFlag(5, 'N <40'), 'N');
  assert.equal(judgeFlag(6, 'normal over 15'), 'L');
  assert.equal(judgeFlag(20, 'normal over 15'), 'N');
  for (const w of ['adult male range', 'therapeutic', 'repeat', '2 days', 'was 14', 'baseline 1.0']) assert.equal(judgeFlag(10, w), undefined, w);
});

test('a flagged value of an analyte an HPO level term names reads that term (broad model)', () => {
  const found = noteReader(16, 'female');
  assert.equal(found('FSH 6 IU/L, LH 28 IU/L (high), oestradiol 160 pmol/L.').get('hp-elevated-circulating-luteinizing-hormone-level'), true);
  assert.equal(found('Renin 4.8 nmol/L/h (high), K 3.1.').get('hp-increased-circulating-renin-level'), true);
  assert.equal(found('Serum IgA 4.8 g/L (ref 0.7-4.0).').get('hp-increased-circulating-iga-level'), true);
  assert.equal(found('ACTH 3 ng/L L, cortisol 90 nmol/L.').get('hp-decreased-circulating-acth-level'), true);
  // Within its written range: the term is absent.
  assert.equal(found('LH 5 IU/L (2-10).').get('hp-elevated-circulating-luteinizing-hormone-level'), false);
});

test('an unflagged value, a qualified name and a unit letter read nothing; a table test is left to the table (broad model)', () => {
  const found = noteReader(30, 'female');
  // No flag or range: the value is not judged here.
  assert.equal(found('LH 56 IU/L, FSH 80 IU/L.').has('hp-elevated-circulating-luteinizing-hormone-level'), false);
  // The "L" of a unit is no flag.
  assert.equal(found('LH 56 IU/L.').has('hp-elevated-circulating-luteinizing-hormone-level'), false);
  // A specific antibody of the IgG class is not the total IgG.
  assert.equal(found('Anticardiolipin IgG 78 GPL (under 20).').has('hp-increased-circulating-igg-level'), false);
  // PTH is a table test: its reading, not the HPO term, stands for it.
  const pth = found('PTH 31 pmol/L (ref 1.6-6.9).');
  assert.equal(pth.has('hp-elevated-circulating-parathyroid-hormone-level'), false);
  assert.equal(pth.get('pth-high'), true);
});

test('an HPO positivity term: its antibody above the written reference reads the term, within it the term is absent (broad model)', () => {
  const found = noteReader(24, 'male');
  assert.equal(found('Anti-GBM IgG 198 U/mL (ref <7), ANCA negative.').get('hp-anti-glomerular-basement-membrane-antibody-positivity'), true);
  assert.equal(found('Anti-AChR antibodies 18.4 nmol/L (under 0.25).').get('hp-anti-acetylcholine-receptor-antibody-positivity'), true);
  assert.equal(found('Anti-MPO 3 IU/mL (ref <20).').get('hp-anti-myeloperoxidase-antibody-positivity'), false);
});

test('a positivity name without "anti" is no antibody alone: neutrophils and smooth muscle stay cells and tissue (broad model)', () => {
  const found = noteReader(24, 'male');
  assert.equal(found('Neutrophils 9.8 x10^9/L (high).').has('hp-antineutrophil-antibody-positivity'), false);
  assert.equal(found('Smooth muscle 3 (high).').has('hp-smooth-muscle-antibody-positivity'), false);
  // A titre (1:160) is no value of this reading; with its antibody word and a value it is the antibody.
  assert.equal(found('Smooth muscle antibody 1:160 (high).').has('hp-smooth-muscle-antibody-positivity'), false);
  assert.equal(found('Smooth muscle antibody 160 (ref <40).').get('hp-smooth-muscle-antibody-positivity'), true);
});
