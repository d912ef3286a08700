/**
 * A trie over normalised tokens: the matcher behind both concept recognition and context triggers.
 * `longestAt` walks from one token and returns the longest phrase that ends there, so one left-to-right
 * pass costs O(tokens x longest phrase) with Map lookups on interned strings.
 */

interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  values: T[] | undefined;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: undefined, values: undefined };
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
        child = { next: undefined, values: undefined };
        node.next.set(f, child);
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
}
