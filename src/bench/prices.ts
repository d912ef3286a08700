/**
 * The compiled price table (data/prices/price-table.json, built by data/prices/build-price-table.ts
 * from the CMS lab fee schedule and the open Dx0 price list). Read once, looked up by CPT/HCPCS code.
 */
import { readFileSync } from 'node:fs';

export interface PriceEntry {
  readonly code: string;
  readonly system: 'CPT' | 'HCPCS';
  /** Our own short name, only for codes we use. */
  readonly name?: string;
  readonly priceUsd: number;
  readonly source: string;
}

export interface PriceTable {
  readonly format: 'ddx-price-table';
  readonly version: 1;
  readonly sources: readonly string[];
  readonly conflicts: readonly string[];
  readonly missing: readonly string[];
  readonly entries: readonly PriceEntry[];
}

let cached: { table: PriceTable; byCode: Map<string, PriceEntry> } | undefined;

function load(): { table: PriceTable; byCode: Map<string, PriceEntry> } {
  if (!cached) {
    const url = new URL('../../data/prices/price-table.json', import.meta.url);
    const table = JSON.parse(readFileSync(url, 'utf8')) as PriceTable;
    cached = { table, byCode: new Map(table.entries.map((e) => [e.code, e] as const)) };
  }
  return cached;
}

/** The compiled price table (loaded once). */
export function priceTable(): PriceTable {
  return load().table;
}

/** Price of a CPT/HCPCS code, or undefined when no source prices it (never 0 for "unknown"). */
export function priceFor(code: string): { priceUsd: number; source: string } | undefined {
  const e = load().byCode.get(code.trim().toUpperCase());
  return e ? { priceUsd: e.priceUsd, source: e.source } : undefined;
}
