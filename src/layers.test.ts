// The layer rules (docs/architecture.md, "Layers") checked over the import graph of every src/**/*.ts file,
// type-only imports included, so a broken rule fails `npm test` and names the offending edge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = dirname(fileURLToPath(import.meta.url));
const repo = resolve(root, '..');

/** Which layers each layer may import (besides itself). `testkit` and tests are handled separately. */
const allowed: Record<string, readonly string[]> = {
  core: [],
  privacy: ['core'],
  intake: ['core', 'privacy'],
  learn: ['core', 'privacy', 'intake'],
  // The optional language-model backend: reads de-identified text, leaves the arithmetic to core.
  llm: ['core', 'privacy', 'intake'],
  bench: ['core', 'privacy', 'intake', 'learn', 'llm'],
  server: ['core', 'privacy', 'intake', 'learn', 'llm'],
  cli: ['core', 'privacy', 'intake', 'learn', 'llm', 'bench', 'server'],
  // The browser workbench talks to the server over HTTP only: core types and its generated client.
  web: ['core'],
};

/** Node modules that do I/O (or reach the process/OS); `core` computes and never touches them. */
const ioModules = new Set([
  'fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'worker_threads', 'cluster', 'dgram',
  'dns', 'dns/promises', 'tls', 'readline', 'readline/promises', 'repl', 'inspector', 'os', 'process', 'v8', 'vm',
]);

interface Edge { from: string; to: string; spec: string; typeOnly: boolean }

function collect(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, name.name);
    if (name.isDirectory()) collect(p, out);
    else if (name.name.endsWith('.ts') && !name.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier in a file (imports, re-exports, dynamic and `import('x')` types), with its kind. */
function specifiers(file: string): { spec: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings
        && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0
        && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) out.push({ spec: arg.text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)
      && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const rel = (p: string): string => relative(repo, p).split('\\').join('/');
const files = collect(root, []).map(rel);
const known = new Set(files);

/** Relative imports resolved to repo paths (`.js` → `.ts`); bare and `node:` specifiers kept as written. */
const edges: Edge[] = files.flatMap((from) => specifiers(join(repo, from)).map(({ spec, typeOnly }) => {
  if (!spec.startsWith('.')) return { from, to: spec, spec, typeOnly };
  const target = rel(resolve(repo, dirname(from), spec)).replace(/\.js$/, '.ts');
  return { from, to: target, spec, typeOnly };
}));

const layerOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];
const isTest = (path: string): boolean => path.endsWith('.test.ts');
/** Fixtures, test helpers and dev tools: may import any layer; excluded from the build. */
const isTestkit = (path: string): boolean => path.startsWith('src/testkit/');
/** Micro-benchmarks run with tsx (`*.bench.ts`): excluded from the build, so they may use the testkit. */
const isBench = (path: string): boolean => path.endsWith('.bench.ts');
const isShipped = (path: string): boolean => !isTest(path) && !isTestkit(path) && !isBench(path);
/**
 * Edges known to break a rule, each removed by a change on another branch; delete an entry once it is gone.
 * start.ts falls back to the synthetic test model when no model is found (issue 11 item 2 removes it).
 */
const pending = new Set(['src/server/start.ts -> ../testkit/model-fixture.js']);
const show = (e: Edge): string => `${e.from} -> ${e.spec}${e.typeOnly ? ' (type)' : ''}`;

test('every relative import resolves to a source file', () => {
  const broken = edges.filter((e) => e.spec.startsWith('.') && e.to.startsWith('src/') && !known.has(e.to));
  assert.deepEqual(broken.map(show), []);
});

test('each layer imports only the layers below it', () => {
  const bad: string[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = e.to.startsWith('src/') ? layerOf(e.to) : undefined;
    if (!from || !to || from === to || isTestkit(e.from) || isTestkit(e.to)) continue;
    if (from === 'web' && to === 'core' && !e.typeOnly) { bad.push(`${show(e)}: web takes only types from core`); continue; }
    const ok = allowed[from];
    if (!ok) { bad.push(`${show(e)}: ${e.from} is in no known layer (add it to src/layers.test.ts)`); continue; }
    // Tests may reach one layer further only through the testkit; otherwise they obey their layer's rule.
    if (!ok.includes(to)) bad.push(`${show(e)}: ${from} may import ${ok.join(', ') || 'only itself'}`);
  }
  assert.deepEqual(bad, []);
});

test('the web workbench imports only core types, its own modules, its generated client and browser packages', () => {
  const bad = edges.filter((e) => layerOf(e.from) === 'web' && e.spec.startsWith('.')
    && !e.to.startsWith('src/') && !e.to.startsWith('clients/'));
  assert.deepEqual(bad.map(show), []);
});

test('core does no I/O and imports no packages (type-only package imports aside)', () => {
  const bad = edges.filter((e) => layerOf(e.from) === 'core' && !e.spec.startsWith('.'))
    .filter((e) => ioModules.has(e.spec.replace(/^node:/, '')) || (!isTest(e.from) && !(e.typeOnly && !e.spec.startsWith('node:'))))
    .map(show);
  assert.deepEqual(bad, []);
});

test('nothing shipped imports the testkit (fixtures and test helpers)', () => {
  const bad = edges.filter((e) => isTestkit(e.to) && isShipped(e.from)).map(show).filter((e) => !pending.has(e));
  assert.deepEqual(bad, []);
});

test('test fixtures and helpers live in src/testkit, not in shipped folders', () => {
  const bad = files.filter((f) => !isTestkit(f) && (/\.testkit\.ts$|(^|\/)fixtures?\.ts$|test-suite\.ts$/.test(f) || /\/test(ing|s)?\//.test(f)));
  assert.deepEqual(bad, []);
});

test('the build (tsconfig.build.json) reaches no test, testkit or bench file', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(repo, 'tsconfig.build.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  });
  assert.ok(config);
  // What tsc emits: the root files plus everything they import, transitively.
  const reached = new Set(config.fileNames.map((f) => rel(f)));
  const queue = [...reached];
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    for (const e of edges) {
      if (e.from !== f || !known.has(e.to) || reached.has(e.to) || pending.has(show(e))) continue;
      reached.add(e.to);
      queue.push(e.to);
    }
  }
  assert.deepEqual([...reached].filter((f) => !isShipped(f)).sort(), []);
  assert.ok(reached.has('src/cli/main.ts') && reached.has('src/core/index.ts'), 'the build still compiles the product');
});

test('the import graph has no cycles (value or type imports)', () => {
  const next = new Map<string, string[]>();
  for (const e of edges) if (known.has(e.to)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components; every component with more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  let counter = 0;
  const strong = (v: string): void => {
    index.set(v, counter); low.set(v, counter); counter++;
    stack.push(v); onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) { strong(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) cycles.push(component.sort().join(' <-> '));
      else if ((next.get(v) ?? []).includes(v)) cycles.push(`${v} imports itself`);
    }
  };
  for (const f of files) if (!index.has(f)) strong(f);
  assert.deepEqual(cycles, []);
});
