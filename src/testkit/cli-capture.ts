/**
 * Test support: run the CLI in-process and capture what it writes (no child process, no tsx start-up).
 * Only writes made from inside the CLI's own async context are captured; anything else (the test
 * runner's reporter, which shares process.stdout with the test file) passes through untouched.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { main } from '../cli/main.js';

interface Sink {
  readonly out: string[];
  readonly err: string[];
}

const context = new AsyncLocalStorage<Sink>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const ow = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  const ew = process.stderr.write.bind(process.stderr) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const sink = context.getStore();
    if (!sink) return ow(chunk, ...rest);
    sink.out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const sink = context.getStore();
    if (!sink) return ew(chunk, ...rest);
    sink.err.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
}

const ANSI = /\u001b\[[0-9;]*m/g;
function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Run a CLI command in-process and capture its own output and exit code. */
export async function runCli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  install();
  const sink: Sink = { out: [], err: [] };
  const previous = process.exitCode;
  try {
    const code = await context.run(sink, () => main(argv));
    // Colour depends on the environment (picocolors turns it on when CI is set); tests read plain text.
    return { code, stdout: stripAnsi(sink.out.join('')), stderr: stripAnsi(sink.err.join('')) };
  } finally {
    process.exitCode = previous;
  }
}
