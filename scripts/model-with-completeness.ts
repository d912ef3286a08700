/**
 * Dev tool (seventeenth session): write a copy of a model artifact with `profileCompleteness` set (or removed), the
 * content hash recomputed, to measure the option without a rebuild.
 * Usage: node --import tsx scripts/model-with-completeness.ts <in.json> <out.json> <n0|off>
 */
import { readModelArtifact, writeModelArtifact } from '../src/learn/artifact.js';

const [inPath, outPath, n0] = process.argv.slice(2);
if (!inPath || !outPath || !n0) throw new Error('usage: model-with-completeness.ts <in.json> <out.json> <n0|off>');
const { profileCompleteness: _drop, ...base } = readModelArtifact(inPath);
const model = n0 === 'off' ? base : { ...base, profileCompleteness: { n0: Number(n0), source: 'profile completeness (docs/sessions/17-rank.md)' } };
writeModelArtifact(outPath, model);
