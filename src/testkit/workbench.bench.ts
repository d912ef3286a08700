/**
 * `npm run bench:web`: the workbench's speed in a real Chromium against a real `ddx serve` with the
 * primary-care model, as JSON — first contentful paint (fresh loads), the time from a click on an
 * answer until the new differential is painted (performance.now() in the page), and the bundle's
 * gzip size. Timings depend on the machine and its load; the median and p90 are reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../server/web-assets.js';
import { browserMissing, launchBrowser, startWorkbenchServer } from './browser.js';

const LOADS = 5;
const ANSWERS = 12;
const NOTE = '62-year-old man with crushing chest pain radiating to the left arm, sweating and shortness of breath for 1 hour. No fever. Smoker.';

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function bundleBytes(): { gzip: number; raw: number } {
  const files = ['index.html', ...readdirSync(join(WEB_DIST, 'assets')).map((f) => join('assets', f))];
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const b = readFileSync(join(WEB_DIST, f));
    raw += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { gzip, raw };
}

const missing = browserMissing();
if (missing) {
  process.stdout.write(`${JSON.stringify({ suite: 'workbench', skipped: missing })}\n`);
  process.exit(0);
}
const srv = await startWorkbenchServer({ models: ['primary-care'] });
const browser = await launchBrowser();
try {
  const key = await srv.key(['diagnose']);
  const paints: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${srv.url}/`);
    await page.getByRole('textbox', { name: 'API key' }).waitFor();
    paints.push((await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`)) as number);
    await ctx.close();
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${srv.url}/`);
  await page.getByRole('textbox', { name: 'API key' }).fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Clinical note' }).fill(NOTE);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.waitForFunction(`(window.__ddxTimings?.updates.length ?? 0) >= 1`);
  for (let i = 0; i < ANSWERS; i++) {
    await page.getByRole('table', { name: 'Questions' }).getByRole('button', { name: i % 2 ? /: yes$/ : /: no$/ }).first().click();
    await page.waitForFunction(`(window.__ddxTimings?.updates.length ?? 0) >= ${i + 2}`);
    // Wait for the tests list too, so the next click starts from a settled screen.
    await page.waitForFunction(`!document.querySelector('button[type=submit]').disabled`);
  }
  const updates = (await page.evaluate('window.__ddxTimings.updates')) as { label: string; ms: number }[];
  const answers = updates.slice(1).map((u) => u.ms);
  const round = (x: number) => Math.round(x * 10) / 10;
  process.stdout.write(`${JSON.stringify({
    suite: 'workbench',
    model: 'primary-care',
    bundle_bytes: bundleBytes(),
    first_contentful_paint_ms: { median: round(quantile(paints, 0.5)), max: round(Math.max(...paints)), n: paints.length },
    note_to_differential_ms: round(updates[0]!.ms),
    answer_to_differential_ms: { median: round(quantile(answers, 0.5)), p90: round(quantile(answers, 0.9)), max: round(Math.max(...answers)), n: answers.length },
  })}\n`);
} finally {
  await browser.close();
  await srv.close();
}
