/**
 * In-browser timings the tests and the benchmark read: how long each differential update took
 * from the clinician's click until the new differential was painted (performance.now()).
 */
export interface Timings {
  readonly updates: { label: string; ms: number }[];
}

declare global {
  interface Window {
    __ddxTimings?: Timings;
  }
}

/** The page's timing record (created on first use) that the browser benchmarks read. */
export function timings(): Timings {
  window.__ddxTimings ??= { updates: [] };
  return window.__ddxTimings;
}

/** Resolve after the next frame has been painted. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}
