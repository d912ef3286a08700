/** `ddx learn <source>`: train a model artifact from records, one module per source. */
import type { Command } from 'commander';
import { registerLearnDdxplus } from './learn-ddxplus.js';
import { registerLearnPhenopackets } from './learn-phenopackets.js';
import { registerLearnPrimaryCare } from './learn-primary-care.js';
import { registerLearnRecords } from './learn-records.js';

/** Registers `ddx learn`: train a versioned, reproducible model artifact from de-identified records. */
export function registerLearn(program: Command): void {
  const learn = program.command('learn').description('train a versioned, reproducible model artifact from de-identified records');
  for (const register of [registerLearnDdxplus, registerLearnPhenopackets, registerLearnPrimaryCare, registerLearnRecords]) register(learn);
}
