/**
 * The model registry as the service sees it: built-in models read from `models/*.json` at start
 * (verified and released for the owning org), plus artifacts uploaded through the admin API and
 * stored in the database. Models are compiled once and cached by content hash; the catalog of
 * statuses is cached for `catalogCacheMs`, so the hot path does not touch the database.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, type CompiledModel } from '../core/compile.js';
import { InputError } from '../core/issues.js';
import type { KnowledgeModel } from '../core/model.js';
import { canonicalJson, readModelArtifact, verifyModel } from '../learn/artifact.js';
import type { Caller } from './auth.js';
import { conflict, notFound } from './errors.js';
import type { DbStore, ModelRow } from './store/store.js';

/** A model as the registry lists it: the fields of a stored model's row (a built-in is given the same) and where it came from. */
export interface RegistryEntry extends Omit<ModelRow, 'updatedAt'> {
  readonly source: 'builtin' | 'uploaded';
}

export interface ResolvedModel {
  readonly entry: RegistryEntry;
  readonly cm: CompiledModel;
}

/** What a models folder held: the valid models (file-name order) and the files refused, with why. */
export interface ModelsRead {
  readonly models: KnowledgeModel[];
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
}

/** Read and verify every `*.json` model in a directory, in file-name order; a bad file is refused, not fatal. */
export function readBuiltinModels(dir: string): ModelsRead {
  if (!existsSync(dir)) return { models: [], refused: [] };
  const models: KnowledgeModel[] = [];
  const refused: { file: string; reason: string }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    try {
      models.push(readModelArtifact(join(dir, f)));
    } catch (err) {
      const reason = err instanceof InputError ? err.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ') : err instanceof Error ? err.message : 'unreadable';
      refused.push({ file: f, reason });
    }
  }
  return { models, refused };
}

/** Built-in and uploaded models, their statuses and who may see them; compiled models cached by content hash. */
export class ModelRegistry {
  private readonly compiled = new Map<string, CompiledModel>();
  private readonly builtins: RegistryEntry[] = [];
  private catalogCache: { at: number; entries: RegistryEntry[] } | undefined;

  constructor(private readonly store: DbStore, private readonly ownerOrg: string, private readonly catalogCacheMs: number) {}

  /** Register a built-in model (verified, compiled, released for the owning org). */
  addBuiltin(model: KnowledgeModel): RegistryEntry {
    const m = verifyModel(model);
    const hash = m.manifest.contentHash;
    if (!this.compiled.has(hash)) this.compiled.set(hash, compileModel(m));
    const entry: RegistryEntry = { contentHash: hash, modelId: m.id, version: m.version, name: m.name, ownerOrg: this.ownerOrg, status: 'released', source: 'builtin', createdAt: new Date(0) };
    if (!this.builtins.some((b) => b.contentHash === hash)) this.builtins.push(entry);
    this.catalogCache = undefined;
    return entry;
  }

  /** Forget the cached catalog, after a status change or an upload. */
  invalidate(): void {
    this.catalogCache = undefined;
  }

  /** Every model: the built-ins, then the uploaded ones that are not also built in (cached for catalogCacheMs). */
  async catalog(): Promise<RegistryEntry[]> {
    const now = Date.now();
    if (this.catalogCache && now - this.catalogCache.at < this.catalogCacheMs) return this.catalogCache.entries;
    const rows = await this.store.listModels();
    const builtinHashes = new Set(this.builtins.map((b) => b.contentHash));
    const uploaded = rows.filter((r) => !builtinHashes.has(r.contentHash)).map((r): RegistryEntry => ({ ...r, source: 'uploaded' }));
    const entries = [...this.builtins, ...uploaded];
    this.catalogCache = { at: now, entries };
    return entries;
  }

  /** A released model is visible to everyone; any other only to the owning org's owner keys. */
  static visibleTo(e: RegistryEntry, caller: Caller): boolean {
    return e.status === 'released' || (caller.owner && e.ownerOrg === caller.orgId);
  }

  /** The catalog as the caller may see it. */
  async visible(caller: Caller): Promise<RegistryEntry[]> {
    return (await this.catalog()).filter((e) => ModelRegistry.visibleTo(e, caller));
  }

  /**
   * A model reference is a content hash (`sha256:...`), a model id (`ddxplus`) or `id@version`;
   * absent means the default (the first released model). A model the caller may not use is
   * answered exactly like one that does not exist.
   */
  async resolve(ref: string | undefined, caller: Caller): Promise<ResolvedModel> {
    const visible = await this.visible(caller);
    let entry: RegistryEntry | undefined;
    if (ref === undefined) entry = visible.find((e) => e.status === 'released');
    else if (ref.startsWith('sha256:')) entry = visible.find((e) => e.contentHash === ref);
    else {
      const at = ref.lastIndexOf('@');
      const [id, version] = at > 0 ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, undefined];
      const candidates = visible.filter((e) => e.modelId === id && (version === undefined || e.version === version));
      entry = candidates.find((e) => e.status === 'released') ?? candidates[candidates.length - 1];
    }
    if (!entry) throw notFound('unknown-model', 'no such model is available to this API key');
    return { entry, cm: await this.compiledFor(entry.contentHash) };
  }

  /** Find any registered model for admin operations (owner org only, checked by the caller). */
  async find(contentHash: string): Promise<RegistryEntry | undefined> {
    return (await this.catalog()).find((e) => e.contentHash === contentHash) ?? (this.invalidate(), (await this.catalog()).find((e) => e.contentHash === contentHash));
  }

  private async compiledFor(hash: string): Promise<CompiledModel> {
    const hit = this.compiled.get(hash);
    if (hit) return hit;
    const text = await this.store.getModelArtifact(hash);
    if (text === undefined) throw notFound('unknown-model', 'no such model is available to this API key');
    const cm = compileModel(verifyModel(JSON.parse(text) as unknown));
    this.compiled.set(hash, cm);
    return cm;
  }

  /** Verify an uploaded artifact by its content hash and store it as `internal` of the owner org. */
  async upload(artifact: unknown): Promise<{ entry: RegistryEntry; created: boolean }> {
    const m = verifyModel(artifact);
    const hash = m.manifest.contentHash;
    const created = await this.store.insertModel({ contentHash: hash, modelId: m.id, version: m.version, name: m.name, ownerOrg: this.ownerOrg, artifact: canonicalJson(m) });
    if (!this.compiled.has(hash)) this.compiled.set(hash, compileModel(m));
    this.invalidate();
    const entry = await this.find(hash);
    if (!entry) throw conflict('conflict', 'the model could not be registered');
    return { entry, created };
  }
}
