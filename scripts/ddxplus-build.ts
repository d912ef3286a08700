// Rebuild the built-in DDXPlus model: node --import tsx scripts/ddxplus-build.ts [dataDir] [out] [--head]
import { writeModelArtifact } from '../src/learn/artifact.js';
import { learnDdxplus } from '../src/learn/ddxplus/index.js';

const args = process.argv.slice(2).filter((a) => a !== '--head');
const [dataDir = '../shared/data/ddxplus', out = 'models/ddxplus.json'] = args;
const t = performance.now();
const { model } = learnDdxplus(dataDir, { head: process.argv.includes('--head') });
const { bytes } = writeModelArtifact(out, model);
console.log(JSON.stringify({ out, bytes, seconds: (performance.now() - t) / 1000, temperature: model.calibration?.temperature, head: model.head !== undefined }));
