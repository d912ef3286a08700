/**
 * A trie over normalised tokens: the matcher behind both concept recognition and context triggers.
 * `longestAt` walks from one token and returns the longest phrase that ends there, so one left-to-right
 * pass costs O(tokens x longest phrase) with Map lookups on interned strings. `longestIn` walks a note's tokens
 * by their form ids (`form-ids.ts`): the first step an array read instead of a probe of the root's large
 * string-keyed map, the next ones small integer-keyed maps, and a token whose form no table holds ends the walk.
 */

import { formId, type FormTokens } from './form-ids.js';

interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  /** `next` by the form id of each child's form. */
  nextById: Map<number, Node<T>> | undefined;
  values: T[] | undefined;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: undefined, nextById: undefined, values: undefined };
  /** The root's children by the form id of their form (undefined where the root has none). */
  private readonly firstById: (Node<T> | undefined)[] = [];
  /** The highest form id of any form in a phrase (-1 while empty). */
  private topId = -1;
  private phrases = 0;
  /** Longest phrase in tokens. */
  maxLength = 0;

  get size(): number {
    return this.phrases;
  }

  /** Add a phrase (its normalised token forms). Empty phrases are ignored. */
  add(forms: readonly string[], value: T): void {
    if (forms.length === 0) return;
    let node = this.root;
    for (const f of forms) {
      node.next ??= new Map();
      let child = node.next.get(f);
      if (!child) {
        child = { next: undefined, nextById: undefined, values: undefined };
        node.next.set(f, child);
        const id = formId(f);
        if (id > this.topId) this.topId = id;
        if (node === this.root) this.setFirst(id, child);
        else (node.nextById ??= new Map()).set(id, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.phrases++;
    }
    node.values.push(value);
    if (forms.length > this.maxLength) this.maxLength = forms.length;
  }

  private setFirst(id: number, child: Node<T>): void {
    while (this.firstById.length <= id) this.firstById.push(undefined);
    this.firstById[id] = child;
  }

  /** Every form a phrase starts with. */
  firstForms(): IterableIterator<string> {
    return (this.root.next ?? new Map<string, Node<T>>()).keys();
  }

  /** Does any phrase start with this form? (A cheap filter before `longestAt`.) */
  startsWith(form: string): boolean {
    return this.root.next?.has(form) ?? false;
  }

  /**
   * The longest phrase starting at token `i` and ending before `limit`: its end token (exclusive) and
   * values, or undefined. A phrase may not cover a token whose `blocked` entry is non-zero.
   */
  longestAt(norm: readonly string[], i: number, limit: number, blocked?: Uint8Array): { end: number; values: readonly T[] } | undefined {
    let node: Node<T> | undefined = this.root;
    // One result object at the end, not one per shorter phrase passed on the way.
    let bestEnd = -1;
    let bestValues: readonly T[] | undefined;
    for (let j = i; j < limit; j++) {
      if (blocked !== undefined && blocked[j] !== 0) break;
      node = node.next?.get(norm[j] as string);
      if (!node) break;
      if (node.values) {
        bestEnd = j + 1;
        bestValues = node.values;
      }
    }
    return bestValues === undefined ? undefined : { end: bestEnd, values: bestValues };
  }

  /** `longestAt` over a note's tokens: the same answer, walked by the tokens' form ids. */
  longestIn(tokens: FormTokens, i: number, limit: number, blocked?: Uint8Array): { end: number; values: readonly T[] } | undefined {
    // Tokens made before this trie gave one of its forms an id may carry -1 for it: walk by the forms then.
    if (this.topId >= tokens.formsKnown) return this.longestAt(tokens.norm, i, limit, blocked);
    const first = this.firstById;
    if (i >= limit || (blocked !== undefined && blocked[i] !== 0)) return undefined;
    const id = tokens.ids[i] as number;
    const node = id >= 0 && id < first.length ? first[id] : undefined;
    if (node === undefined) return undefined;
    return this.longestById(node, tokens.ids, i + 1, limit, blocked, node.values === undefined ? -1 : i + 1);
  }

  /** The walk of `longestAt` by form ids from `start`, the node of token i - 1 (`bestEnd` i when a phrase ends there, else -1). */
  private longestById(start: Node<T>, ids: Int32Array, i: number, limit: number, blocked: Uint8Array | undefined, bestEnd: number): { end: number; values: readonly T[] } | undefined {
    let node: Node<T> | undefined = start;
    let end = bestEnd;
    let bestValues: readonly T[] | undefined = bestEnd < 0 ? undefined : start.values;
    for (let j = i; j < limit; j++) {
      if (blocked !== undefined && blocked[j] !== 0) break;
      const id = ids[j] as number;
      if (id < 0 || node.nextById === undefined) break;
      node = node.nextById.get(id);
      if (!node) break;
      if (node.values) {
        end = j + 1;
        bestValues = node.values;
      }
    }
    return bestValues === undefined ? undefined : { end, values: bestValues };
  }
}
