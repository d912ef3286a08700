/** `ddx models`: list the built-in models with their version, size and content hash. */
import type { Command } from 'commander';
import { builtinModelIds, loadModel } from '../../learn/builtin-models.js';

/** Registers `ddx models`: list the built-in models. */
export function registerModels(program: Command): void {
  program
    .command('models')
    .description('list the built-in models')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => {
      const rows = builtinModelIds().map((id) => {
        const m = loadModel(id);
        return {
          id: m.id,
          version: m.version,
          name: m.name,
          conditions: m.conditions.length,
          findings: m.findings.length,
          actions: m.actions.length,
          contentHash: m.manifest.contentHash,
          training: m.manifest.training.map((t) => ({ name: t.name, rows: t.rows })),
        };
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const r of rows) {
        process.stdout.write(`${r.id.padEnd(14)} ${r.version.padEnd(22)} ${String(r.conditions).padStart(4)} conditions ${String(r.findings).padStart(5)} findings  ${r.contentHash.slice(0, 23)}…\n    ${r.name}\n`);
      }
    });
}
