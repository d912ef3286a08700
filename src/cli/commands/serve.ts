/**
 * `ddx serve`: the HTTP API (see docs/api.md). Embedded PGlite in --data-dir by default; PostgreSQL
 * when DATABASE_URL is set (several replicas may share it). SIGTERM/SIGINT shut down gracefully.
 */
import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import { CliUsageError } from '../exit.js';
import { llmConfigFromFlags } from '../llm-options.js';
import { readLlmTenants } from '../llm-tenants.js';

function intOption(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliUsageError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** A size such as 16MB, 512KB or a number of bytes. */
export function parseSize(name: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(v.trim());
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m?.[2] ?? 'b').toLowerCase() as 'b'];
  const n = m ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(n) || n < 1024 || n > 1024 ** 3) throw new CliUsageError(`--${name} must be a size from 1KB to 1GB, e.g. 16MB`);
  return n;
}

/** Registers `ddx serve`: run the ddx HTTP API (decision support for clinicians). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the ddx HTTP API (decision support for clinicians)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--data-dir <dir>', 'embedded database directory (ignored when DATABASE_URL is set)', './ddx-data')
    .option('--models <dir>', 'directory of built-in model artifacts (default: the repository models/)')
    .option('--owner-org <id>', 'the organization that runs this service and owns its models', 'owner')
    .option('--rate-limit <n>', 'requests per second per API key, per process', '50')
    .option('--audit-retention-days <n>', 'delete audit events older than this', '365')
    .option('--log-level <level>', 'pino log level', 'info')
    .option('--body-limit <size>', 'largest patient record accepted by the FHIR and CDS Hooks routes (other routes keep 256KB)', '16MB')
    .option('--llm-url <url>', 'default language model for every tenant (OpenAI-compatible; key in DDX_LLM_API_KEY); off by default')
    .option('--llm-model <name>', 'model or deployment name at --llm-url')
    .option('--llm-tenants <file>', 'per-tenant language models: JSON {"<org>": {"url", "model", "apiKeyEnv"} | null}')
    .action(async (o: { port: string; host: string; dataDir: string; models?: string; ownerOrg: string; rateLimit: string; auditRetentionDays: string; logLevel: string; bodyLimit: string; llmUrl?: string; llmModel?: string; llmTenants?: string }) => {
      const perSecond = intOption('rate-limit', o.rateLimit, 1, 1_000_000);
      const recordBodyLimit = parseSize('body-limit', o.bodyLimit);
      const llmDefault = llmConfigFromFlags(o);
      const llmByOrg = o.llmTenants !== undefined ? readLlmTenants(o.llmTenants) : undefined;
      const llm = llmDefault || llmByOrg ? { llm: { ...(llmDefault ? { default: llmDefault } : {}), ...(llmByOrg ? { byOrg: llmByOrg } : {}) } } : {};
      const server = await startServer({
        port: intOption('port', o.port, 0, 65535),
        host: o.host,
        dataDir: o.dataDir,
        databaseUrl: process.env['DATABASE_URL'] || undefined,
        ...(o.models ? { modelsDir: o.models } : {}),
        logLevel: o.logLevel,
        config: { ownerOrg: o.ownerOrg, recordBodyLimit, rateLimit: { perSecond, burst: perSecond * 2 }, auditRetentionDays: intOption('audit-retention-days', o.auditRetentionDays, 1, 36_500), ...llm },
      });
      process.stderr.write(`ddx serve listening on ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          void server.stop().then(resolve, resolve);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
    });
}
