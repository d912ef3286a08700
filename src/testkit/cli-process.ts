/**
 * Test support for `ddx learn ddxplus` with a privacy ledger: a tiny synthetic DDXPlus release (the
 * shape of src/learn/ddxplus/learn.test.ts's) and the CLI run as a real child process. In-process
 * runs (`runCli`) swallow the test reporter's output while the store's I/O lets it interleave, and a
 * separate process is what the single-holder and concurrency rules are about anyway.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export { writeTinyRelease } from './ddxplus-release.js';

/** Run `ddx <args>` in a child process; DATABASE_URL is passed only when given here. */
export function runCliProcess(args: readonly string[], databaseUrl?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  if (databaseUrl !== undefined) env['DATABASE_URL'] = databaseUrl;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
