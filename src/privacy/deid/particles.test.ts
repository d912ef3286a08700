import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAME_PARTICLES, PARTICLE_ALTERNATION, particleTest } from './particles.js';
import { detectPhi } from './detect.js';

test('name particles: one list, any case, extras per reader', () => {
  const p = particleTest();
  assert.ok(p.test('van') && p.test('De') && p.test('bin') && p.test('ter'));
  assert.ok(!p.test('vans') && !p.test('st') && !p.test('of'));
  assert.ok(particleTest(['st']).test('St'));
  assert.equal(PARTICLE_ALTERNATION.split('|').length, NAME_PARTICLES.length);
});

test('a name is read across its particles', () => {
  const text = 'Seen with Anouk van der Berghe today.';
  const s = detectPhi(text).find((x) => x.type === 'NAME');
  assert.equal(s && text.slice(s.start, s.end), 'Anouk van der Berghe');
});
