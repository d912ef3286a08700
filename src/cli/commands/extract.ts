/**
 * `ddx extract note.txt [--model <file>] [--json]`: findings named in a clinician note, each with its
 * character span, section and context (negated, uncertain, historical, whose), and the rule that
 * decided it. Input text never appears in errors; it appears in the output, which is the user's own.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatIssues, InputError } from '../../core/issues.js';
import { readModelArtifact } from '../../learn/artifact.js';
import { buildLexicon, extractFindings, MAX_NOTE_CHARS, type Extraction, type Mention } from '../../intake/notes/index.js';
import { CliUsageError } from '../exit.js';
import { readTextFile } from '../io.js';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const DEFAULT_EXTRACT_MODEL = resolve(REPO_ROOT, 'models/ddxplus.json');

interface ExtractFlags {
  model?: string;
  json?: boolean;
  values?: boolean;
}

function status(m: Mention): string {
  const parts: string[] = [];
  parts.push(m.negated ? 'negated' : 'affirmed');
  if (m.uncertain) parts.push('uncertain');
  if (m.hypothetical) parts.push('hypothetical');
  if (m.historical) parts.push('historical');
  if (m.experiencer !== 'patient') parts.push(m.experiencer);
  return parts.join(',');
}

function oneLine(s: string, max = 40): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function table(x: Extraction): string {
  const rows = [['span', 'text', 'finding', 'section', 'status', 'used', 'rules']];
  for (const m of x.mentions) {
    rows.push([
      `${m.span.start}-${m.span.end}`, oneLine(m.text), m.valueId ? `${m.findingId}=${m.valueId}` : m.findingId, m.section, status(m), m.used ? 'yes' : '',
      [...(m.reading ? [`${m.reading.rule}${m.reading.converted !== undefined ? ` = ${+m.reading.converted.toPrecision(4)} ${m.reading.testUnit ?? ''}` : ''}`] : []), ...(m.statement ? [`${m.statement.rule} (${m.statement.test})`] : []), ...m.rules.map((r) => `${r.ruleId} "${oneLine(r.trigger, 24)}"@${r.span.start}`)].join('; '),
    ]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
  const obs = x.findings.map((o) => ('present' in o ? `${o.id}: ${o.present ? 'present' : 'absent'}` : 'value' in o ? `${o.id} = ${o.value}` : `${o.id} = ${o.values.join(', ')}`));
  const unmapped = x.unmapped.map((u) => `  ${u.span.start}-${u.span.end}  ${oneLine(u.text)}  ${u.concept ?? '-'}  ${u.reason} (${u.rule})`);
  return `${lines.join('\n')}\n\n${x.mentions.length} mention(s); findings for the engine:\n${obs.length ? obs.map((o) => `  ${o}`).join('\n') : '  (none)'}\n${unmapped.length ? `\nrecognised, not in the model:\n${unmapped.join('\n')}\n` : ''}`;
}

/** Registers `ddx extract`: find a model's findings in a clinician note, with spans, sections and context (negation, uncertainty, history, experiencer). */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('find a model\'s findings in a clinician note, with spans, sections and context (negation, uncertainty, history, experiencer)')
    .argument('<note>', `note text file (UTF-8, at most ${MAX_NOTE_CHARS} characters)`)
    .option('--model <file>', 'model artifact (default models/ddxplus.json)')
    .option('--values', 'also recognise value names of categorical and multi-choice findings')
    .option('--json', 'print JSON: {model, mentions, findings, readings, durations, unmapped, issues}')
    .action((notePath: string, flags: ExtractFlags) => {
      const modelPath = flags.model ?? DEFAULT_EXTRACT_MODEL;
      if (!flags.model && !existsSync(modelPath)) throw new CliUsageError('the default model models/ddxplus.json is not built yet; give --model <file>');
      // Three bytes of UTF-8 at most per UTF-16 unit: the character limit is checked after decoding.
      const text = readTextFile(notePath, MAX_NOTE_CHARS * 3);
      const model = readModelArtifact(modelPath);
      const lexicon = buildLexicon(model, { includeValues: flags.values === true });
      const r = extractFindings(text, lexicon);
      if (!r.ok) throw new InputError(r.issues);
      if (r.issues.length) process.stderr.write(`ddx: warning\n${formatIssues(r.issues)}\n`);
      if (flags.json) {
        const out = { model: { id: model.id, version: model.version, contentHash: model.manifest.contentHash }, mentions: r.value.mentions, findings: r.value.findings, readings: r.value.readings, durations: r.value.durations, unmapped: r.value.unmapped, issues: r.issues };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        process.stdout.write(table(r.value));
      }
    });
}
