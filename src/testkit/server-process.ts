/**
 * Helpers for tests that run real `ddx serve` processes: start one (port 0, parsed from its
 * "listening on" line), create keys through the CLI, and make JSON requests over loopback.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeModelArtifact } from '../learn/artifact.js';
import { fixtureModel } from './server-harness.js';
import { CLI_RUN, REPO_ROOT } from './paths.js';

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
}

/** A models directory holding only the synthetic fixture model (fast to start). */
export function fixtureModelsDir(root: string): string {
  const dir = join(root, 'models');
  mkdirSync(dir, { recursive: true });
  writeModelArtifact(join(dir, 'test-model.json'), fixtureModel());
  return dir;
}

/** The environment for a CLI child process, with DATABASE_URL set only when given. */
export function cliEnv(databaseUrl?: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  if (databaseUrl) env['DATABASE_URL'] = databaseUrl;
  return env;
}

/** Start `ddx serve` as a child process on a free port. */
export async function startServerProcess(args: { dataDir: string; modelsDir: string; databaseUrl?: string; extra?: string[]; nodeArgs?: string[] }): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(args.nodeArgs ?? []), '--import', 'tsx', CLI_RUN, 'serve', '--port', '0', '--data-dir', args.dataDir, '--models', args.modelsDir, '--rate-limit', '1000000', '--log-level', 'warn', ...(args.extra ?? [])], {
    cwd: REPO_ROOT, env: cliEnv(args.databaseUrl), stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server exited: ${err}`));
    });
  });
  return { child, url, exited };
}

/** Create an API key through the CLI; returns the key. */
export function createKeyCli(args: { org: string; scopes: string; dataDir: string; databaseUrl?: string; owner?: boolean }): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI_RUN, 'keys', 'create', '--org', args.org, '--scopes', args.scopes, '--data-dir', args.dataDir, ...(args.owner ? ['--owner'] : [])], { cwd: REPO_ROOT, env: cliEnv(args.databaseUrl), encoding: 'utf8' });
  return out.trimEnd().split('\n').pop()!;
}

/** A JSON request with a bearer key; the status and the parsed body. */
export async function call(url: string, key: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
}
