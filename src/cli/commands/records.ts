/**
 * `ddx records synth --model primary-care --patients N --seed S --out DIR [--omop DATABASE_URL]`:
 * synthetic longitudinal patients sampled from a model, deterministic by seed, written as FHIR NDJSON
 * (or generated inside an OMOP CDM PostgreSQL database). For scale tests and parameter recovery.
 */
import type { Command } from 'commander';
import { loadModel } from '../../learn/builtin-models.js';
import { synthFhir } from '../../learn/records/synth.js';
import { synthOmopSql } from '../../learn/records/synth-omop.js';
import { CliUsageError } from '../exit.js';
import { num } from './learn-records.js';

interface SynthFlags {
  model: string;
  patients: string;
  seed: string;
  out?: string;
  omop?: string;
  schema: string;
  leaks: boolean;
}

const int = (flag: string, v: string, min: number): number => num(flag, v, true, min);

/** Registers `ddx records` (synth): longitudinal records: synthetic patients for scale and recovery tests. */
export function registerRecords(program: Command): void {
  const records = program.command('records').description('longitudinal records: synthetic patients for scale and recovery tests');
  records
    .command('synth')
    .description('sample synthetic longitudinal patients from a model (FHIR NDJSON, or OMOP tables in PostgreSQL)')
    .option('--model <model>', 'built-in model id or model file', 'primary-care')
    .requiredOption('--patients <n>', 'number of patients')
    .option('--seed <s>', 'seed (the same seed gives the same patients)', '1')
    .option('--out <dir>', 'folder for the FHIR NDJSON files')
    .option('--omop <url>', 'write OMOP CDM tables into this PostgreSQL database instead (generated in the database)')
    .option('--schema <s>', 'schema for --omop (created, its CDM tables replaced)', 'ddx_synth')
    .option('--no-leaks', 'draw only the findings a condition has a likelihood for')
    .action(async (flags: SynthFlags) => {
      const patients = int('--patients', flags.patients, 1);
      const seed = int('--seed', flags.seed, 0);
      if ((flags.out === undefined) === (flags.omop === undefined)) throw new CliUsageError('give exactly one of --out DIR or --omop DATABASE_URL');
      const model = loadModel(flags.model);
      const started = performance.now();
      if (flags.out) {
        const s = synthFhir(model, flags.out, { patients, seed, leaks: flags.leaks });
        process.stderr.write(`wrote ${s.patients} patients, ${s.episodes} episodes (${Object.entries(s.resources).map(([k, v]) => `${v} ${k}`).join(', ')}; ${(s.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        process.stdout.write(`${flags.out}\n`);
      } else {
        const s = await synthOmopSql(model, flags.omop!, { patients, seed, schema: flags.schema });
        process.stderr.write(`generated ${s.persons} persons, ${s.episodes} episodes, ${s.facts} finding rows in schema ${flags.schema} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        process.stdout.write(`${flags.schema}\n`);
      }
    });
}
