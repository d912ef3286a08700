/** `ddx bench <suite>`: the benchmark suites, each registered from its own module. */
import type { Command } from 'commander';
import { registerBenchDdxplus } from './bench-ddxplus.js';
import { registerBenchPhenopackets } from './bench-phenopackets.js';
import { registerBenchNegex } from './bench-negex.js';
import { registerBenchDeid } from './bench-deid.js';
import { registerBenchVignettes } from './bench-vignettes.js';
import { registerBenchDdxplusBroad } from './bench-ddxplus-broad.js';
import { registerBenchRecords } from './bench-records.js';
import { registerBenchNotesNumbers } from './bench-notes-numbers.js';
import { registerBenchSpeed } from './bench-speed.js';

/** Registers `ddx bench`: run a benchmark suite and print one JSON summary. */
export function registerBench(program: Command): void {
  const bench = program.command('bench').description('run a benchmark suite and print one JSON summary');
  for (const register of [registerBenchDdxplus, registerBenchPhenopackets, registerBenchNegex, registerBenchDeid, registerBenchVignettes, registerBenchDdxplusBroad, registerBenchRecords, registerBenchNotesNumbers, registerBenchSpeed]) {
    register(bench);
  }
}
