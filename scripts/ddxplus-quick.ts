// Quick single-thread DDXPlus evaluation for development: node --import tsx scripts/ddxplus-quick.ts <model.json> <patients.csv> <fast|thorough> [limit]
import { readModelArtifact } from '../src/learn/artifact.js';
import { compileModel } from '../src/core/compile.js';
import { readPatients } from '../src/learn/ddxplus/index.js';
import { runPatient } from '../src/bench/ddxplus/run-case.js';
import { summarise } from '../src/bench/ddxplus/metrics.js';
import { policiesFor, type Profile } from '../src/bench/ddxplus/policies.js';

const [modelPath = 'models/ddxplus.json', file = '../shared/data/ddxplus/patients-dev.csv', profile = 'fast', limit] = process.argv.slice(2);
const cm = compileModel(readModelArtifact(modelPath));
const ps = readPatients(file, 'patients').patients.slice(0, Number(limit ?? 1e9));
for (const pol of policiesFor(profile as Profile)) {
  const t = performance.now();
  const outs = ps.map((p, i) => runPatient(cm, p, pol.options(cm, String(i))).outcome);
  const dt = (performance.now() - t) / 1000;
  console.log(profile, pol.name, JSON.stringify({ ...summarise(outs), cases_per_s: Math.round(ps.length / dt) }));
}
