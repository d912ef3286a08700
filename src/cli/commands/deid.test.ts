/**
 * End-to-end checks of `ddx deid`, `ddx deid spans`, `ddx deid --fhir`, `ddx risk` and `ddx bench deid`,
 * run as a child process from source. The canary test seeds unique identifiers into every input and
 * asserts that none of them reaches stdout or stderr of any command, on good and on bad input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ddx-deid-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function ddx(args: readonly string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/run.ts'), ...args], {
    cwd: repo, encoding: 'utf8', env: { ...process.env, ...env, DDX_DEID_KEY: env['DDX_DEID_KEY'] ?? '' }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const CANARIES = ['Zzyxwaltrop', 'Quendolyn', 'MRN4477120', '4477120', '617-555-0193', '555-0193', 'qz.canary@example.net', 'Brightwaterfield', '3/17/2021'];
const KEY = 'canary-test-key-0123456789abcdef';

function assertNoCanary(label: string, ...texts: string[]): void {
  const all = texts.join('\n').toLowerCase();
  for (const c of CANARIES) assert.ok(!all.includes(c.toLowerCase()), `${label}: canary ${c} leaked`);
}

const NOTE = 'Mr. Zzyxwaltrop admitted 3/17/2021 from Brightwaterfield Hospital. Wife Quendolyn at bedside, '
  + 'phone 617-555-0193, email qz.canary@example.net. MRN: MRN4477120. Hx Parkinson disease.\n';

test('ddx deid prints redacted text with tags and no canary', () => {
  const r = ddx(['deid', file('note.txt', NOTE)]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Mr\. \[NAME\] admitted \[DATE\]/);
  assert.match(r.out, /Parkinson disease/);
  assertNoCanary('deid redact', r.out, r.err);
});

test('ddx deid --mode surrogate needs a key and then shifts and replaces consistently', () => {
  const noKey = ddx(['deid', file('note2.txt', NOTE), '--mode', 'surrogate', '--patient', 'p1']);
  assert.equal(noKey.code, 2);
  assertNoCanary('deid surrogate without key', noKey.out, noKey.err);
  const a = ddx(['deid', file('note3.txt', NOTE), '--mode', 'surrogate', '--patient', 'p1'], { DDX_DEID_KEY: KEY });
  const b = ddx(['deid', file('note4.txt', NOTE), '--mode', 'surrogate', '--patient', 'p1'], { DDX_DEID_KEY: KEY });
  assert.equal(a.code, 0, a.err);
  assert.equal(a.out, b.out);
  assertNoCanary('deid surrogate', a.out, a.err);
});

test('ddx deid spans: a year in a note with no other PHI is kept (Safe Harbor); beside other PHI it is reported; --redact-years reports it always', () => {
  const clean = file('clean-years.jsonl', `${JSON.stringify({ patient: 'p8', note: '1', text: "Crohn's disease since 2019, on azathioprine." })}\n`);
  const r0 = ddx(['deid', 'spans', '--in', clean, '--lexicons', 'none']);
  assert.equal(r0.code, 0, r0.err);
  assert.deepEqual((JSON.parse(r0.out) as { spans: unknown[] }).spans, []);
  const text = "Crohn's disease since 2019; seen 17-Feb-2023 at Salem Memorial Hospital.";
  const input = file('years.jsonl', `${JSON.stringify({ patient: 'p9', note: '1', text })}\n`);
  const spansOf = (args: string[]): string[] => {
    const r = ddx(['deid', 'spans', '--in', input, '--lexicons', 'none', ...args]);
    assert.equal(r.code, 0, r.err);
    return (JSON.parse(r.out) as { spans: { start: number; end: number }[] }).spans.map((s) => text.slice(s.start, s.end));
  };
  assert.deepEqual(spansOf([]), ['2019', '17-Feb-2023', 'Salem Memorial Hospital']);
  assert.deepEqual(spansOf(['--redact-years']), ['2019', '17-Feb-2023', 'Salem Memorial Hospital']);
});

test('ddx deid spans: good lines give spans, bad lines are reported by number with content withheld, exit 2', () => {
  const lines = [
    JSON.stringify({ patient: 'p1', note: '1', text: NOTE }),
    '{"patient":"p1","note":"2","text":"Mr. Zzyxwaltrop 617-555-0193',
    JSON.stringify({ patient: 'p1', note: 3, text: 42, secret: 'Quendolyn' }),
    JSON.stringify({ patient: 'p2', note: '4', text: 'No identifiers here.' }),
  ];
  const out = join(dir, 'spans.jsonl');
  const r = ddx(['deid', 'spans', '--in', file('notes.jsonl', `${lines.join('\n')}\n`), '--out', out]);
  assert.equal(r.code, 2);
  assert.match(r.err, /line 2/);
  assert.match(r.err, /line 3/);
  const written = readFileSync(out, 'utf8');
  const rows = written.trim().split('\n').map((l) => JSON.parse(l) as { patient: string; note: string; spans: { start: number; end: number; type: string }[] });
  assert.deepEqual(rows.map((x) => x.note), ['1', '4']);
  const first = rows[0]!;
  const name = NOTE.indexOf('Zzyxwaltrop');
  assert.ok(first.spans.some((s) => s.start <= name && s.end >= name + 'Zzyxwaltrop'.length && s.type === 'NAME'));
  assertNoCanary('deid spans', r.out, r.err, written);
});

test('ddx deid --fhir de-identifies a bundle and leaks no canary', () => {
  const bundle = {
    resourceType: 'Bundle', type: 'collection',
    entry: [
      { resource: { resourceType: 'Patient', id: 'canary-pt', identifier: [{ value: 'MRN4477120' }], name: [{ family: 'Zzyxwaltrop', given: ['Quendolyn'] }], telecom: [{ system: 'phone', value: '617-555-0193' }, { system: 'email', value: 'qz.canary@example.net' }], address: [{ city: 'Brightwaterfield', postalCode: '02139' }], birthDate: '1950-01-02' } },
      { resource: { resourceType: 'Encounter', id: 'e1', status: 'finished', class: { code: 'IMP' }, subject: { reference: 'Patient/canary-pt' }, period: { start: '2021-03-17T10:00:00Z', end: '2021-03-20' }, text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Quendolyn Zzyxwaltrop seen 3/17/2021</div>' } } },
    ],
  };
  const path = file('bundle.json', JSON.stringify(bundle));
  const noKey = ddx(['deid', '--fhir', path]);
  assert.equal(noKey.code, 2);
  const r = ddx(['deid', '--fhir', path], { DDX_DEID_KEY: KEY });
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
  assert.equal(out.resourceType, 'Bundle');
  assert.deepEqual(out.entry.map((e) => e.resource.resourceType), ['Patient', 'Encounter']);
  assertNoCanary('deid fhir', r.out, r.err);
});

test('bad input exits 2 without echoing it: binary junk, invalid JSON FHIR, missing file', () => {
  const junk = Buffer.concat([Buffer.from('Mr. Zzyxwaltrop '), Buffer.from([0x00, 0xff, 0xfe, 0x81])]);
  const a = ddx(['deid', file('junk.bin', junk)]);
  assert.equal(a.code, 2);
  assert.equal(a.out, '');
  const b = ddx(['deid', '--fhir', file('bad.json', '{"resourceType": "Patient", "name": "Zzyxwaltrop"'), '--key-file', file('k', KEY)]);
  assert.equal(b.code, 2);
  const c = ddx(['deid', join(dir, 'missing-Zzyxwaltrop.txt')]);
  assert.equal(c.code, 2);
  const good = Buffer.from(`${JSON.stringify({ patient: 'p9', note: '1', text: 'Mr. Zzyxwaltrop is stable.' })}\n`);
  const d = ddx(['deid', 'spans', '--in', file('junk.jsonl', Buffer.concat([junk, Buffer.from('\n'), good]))]);
  assert.equal(d.code, 2);
  assert.match(d.err, /line 1: line is not UTF-8/);
  assert.equal(d.out.trim().split('\n').length, 1, 'the valid line is still processed');
  assertNoCanary('bad input', a.out, a.err, b.out, b.err, d.out, d.err);
});

test('a 10 MB note is processed without crashing', () => {
  const big = `${'Pt stable, vitals within normal limits. '.repeat(260_000)}Dr. Zzyxwaltrop aware.\n`;
  const r = ddx(['deid', file('big.txt', big)]);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.endsWith('Dr. [NAME] aware.\n'));
  assertNoCanary('big note', r.out.slice(-200), r.err);
});

test('ddx risk prints a summary and JSON, and exits 2 on an empty extract', () => {
  const csv = file('extract.csv', 'age,sex,zip,year,dx\n34,F,02139,2020,J45\n34,F,02139,2020,J45\n51,M,02140,2020,I10\nbroken,"Zzyxwaltrop\n');
  const text = ddx(['risk', csv]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /k = /);
  const json = ddx(['risk', csv, '--json']);
  const report = JSON.parse(json.out) as { before: { k: number; records: number } };
  assert.equal(report.before.records, 3);
  assert.equal(report.before.k, 1);
  assertNoCanary('risk', text.out, text.err, json.out, json.err);
  const empty = ddx(['risk', file('empty.csv', 'age,sex\n')]);
  assert.equal(empty.code, 2);
});

test('ddx bench deid prints one JSON object with the metrics', () => {
  const gold = file('gold.jsonl', `${JSON.stringify({ patient: '1', note: '1', text: 'Seen by Dr. Quillfeather on 3/4.', phi: [{ start: 12, end: 24, type: 'HCPName' }, { start: 28, end: 31, type: 'Date' }] })}\n`);
  const r = ddx(['bench', 'deid', '--notes', gold, '--json']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const m = JSON.parse(lines[0]!) as Record<string, number>;
  for (const k of ['phi', 'recall_strict', 'recall_lenient', 'char_precision', 'notes_per_s']) assert.equal(typeof m[k], 'number', k);
  assert.equal(m['phi'], 2);
  assert.equal(m['recall_strict'], 1);
  assert.equal(m['char_precision'], 1);
});
