/**
 * `ddx serve --llm-tenants file.json`: each organization's own language model. The file names, per org,
 * the endpoint, the model and the environment variable holding its key (keys never sit in files), or
 * null to turn the language model off for that org.
 */
import { issue, InputError, type Issue } from '../core/issues.js';
import { parseLlmConfig, type LlmConfig } from '../llm/index.js';
import { readJsonFile } from './io.js';

/** Per-organization language-model settings from a JSON file (org id to settings, or null for none); keys come from `env`. */
export function readLlmTenants(path: string, env: NodeJS.ProcessEnv = process.env): Record<string, LlmConfig | null> {
  const raw = readJsonFile(path);
  const issues: Issue[] = [];
  const out: Record<string, LlmConfig | null> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError([issue('type', '$', 'expected an object of org id → settings or null')]);
  for (const [org, v] of Object.entries(raw as Record<string, unknown>)) {
    const at = `$[${JSON.stringify(org)}]`;
    if (v === null) { out[org] = null; continue; }
    if (typeof v !== 'object' || Array.isArray(v)) { issues.push(issue('type', at, 'expected {"url", "model", "apiKeyEnv"} or null')); continue; }
    const o = v as Record<string, unknown>;
    const keyEnv = typeof o['apiKeyEnv'] === 'string' ? o['apiKeyEnv'] : undefined;
    const r = parseLlmConfig({
      url: typeof o['url'] === 'string' ? o['url'] : undefined, model: typeof o['model'] === 'string' ? o['model'] : undefined,
      apiKey: keyEnv ? env[keyEnv] : undefined, authHeader: typeof o['auth'] === 'string' ? o['auth'] : undefined,
    }, { url: `${at}.url`, model: `${at}.model` });
    if (!r.ok) issues.push(...r.issues);
    else if (r.value) out[org] = r.value;
    else issues.push(issue('required', at, 'url and model are required'));
  }
  if (issues.length) throw new InputError(issues);
  return out;
}
