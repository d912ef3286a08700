/**
 * A validating JSON cursor over one line of text that materialises only what its caller asks for.
 * The records learner reads hundreds of megabytes of NDJSON of which it keeps a few fields per line;
 * `JSON.parse` builds every object and string of the line first. The cursor checks the whole line
 * against the JSON grammar as it goes (so a line it accepts is one `JSON.parse` accepts), skips what
 * is not needed without allocating, and hands back raw spans of values that are only passed on.
 * Any doubt (a control character in the line, a grammar error) is reported as
 * failure, and the caller falls back to `JSON.parse`.
 */

// Raw control characters make a line take the general path: illegal inside JSON strings (tabs and
// carriage returns are legal outside them, but rare). A line decoded from UTF-8 holds no lone
// surrogate, so its raw spans can be written back out as they are.
const UNUSUAL = /[\x00-\x1f]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The validating cursor over one line (see the module comment). */
export class JsonCursor {
  s = '';
  i = 0;
  /** Whether the line has a backslash (then strings are decoded through JSON.parse). */
  private escapes = false;

  /** Start on a line; false when the line has characters the cursor leaves to JSON.parse. */
  reset(line: string): boolean {
    this.s = line;
    this.i = 0;
    this.escapes = line.includes('\\');
    this.bad = false;
    return !UNUSUAL.test(line);
  }

  /** Skip whitespace; the code of the next character (NaN at the end). */
  peek(): number {
    const s = this.s;
    let i = this.i;
    let c = s.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
    this.i = i;
    return c;
  }

  /** Consume `ch` (a character code) after whitespace. */
  eat(ch: number): boolean {
    if (this.peek() !== ch) return false;
    this.i++;
    return true;
  }

  /** True when only whitespace is left. */
  atEnd(): boolean {
    return Number.isNaN(this.peek());
  }

  /** The end (index after the closing quote) of the string starting at `this.i` (a quote), or -1. */
  private stringEnd(): number {
    const s = this.s;
    const start = this.i + 1;
    if (!this.escapes) {
      const q = s.indexOf('"', start);
      return q < 0 ? -1 : q + 1;
    }
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) return i + 1;
      if (c === 92) i++;
    }
    return -1;
  }

  /** Read a string value (after whitespace); undefined if the next value is not a valid string. */
  string(): string | undefined {
    if (this.peek() !== 34) return undefined;
    const end = this.stringEnd();
    if (end < 0) return undefined;
    const start = this.i;
    this.i = end;
    const raw = this.s.slice(start + 1, end - 1);
    if (!this.escapes || !raw.includes('\\')) return raw;
    try {
      return JSON.parse(this.s.slice(start, end)) as string;
    } catch {
      return undefined;
    }
  }

  /** Read a number (after whitespace); undefined if the next value is not a number. */
  number(): number | undefined {
    this.peek();
    NUMBER.lastIndex = this.i;
    if (!NUMBER.test(this.s)) return undefined;
    const v = Number(this.s.slice(this.i, NUMBER.lastIndex));
    this.i = NUMBER.lastIndex;
    return v;
  }

  /** Read true or false; undefined otherwise. */
  boolean(): boolean | undefined {
    this.peek();
    if (this.s.startsWith('true', this.i)) {
      this.i += 4;
      return true;
    }
    if (this.s.startsWith('false', this.i)) {
      this.i += 5;
      return false;
    }
    return undefined;
  }

  /** Set when the grammar was broken; the line then goes to JSON.parse. */
  bad = false;

  /** Open an object or array (`{` 123, `[` 91). */
  open(ch: number): boolean {
    if (this.eat(ch)) return true;
    this.bad = true;
    return false;
  }

  /**
   * Before each member of an object (`close` 125) or element of an array (93): true when one
   * follows (the comma is consumed), false at the closing bracket (consumed) or on an error (`bad`).
   */
  more(first: boolean, close: number): boolean {
    if (this.eat(close)) return false;
    if (first || this.eat(44)) return true;
    this.bad = true;
    return false;
  }

  /** The key of the next member and its colon; undefined (and `bad`) when there is none. */
  key(): string | undefined {
    const k = this.string();
    if (k !== undefined && this.eat(58)) return k;
    this.bad = true;
    return undefined;
  }

  /** Skip one value of any type, checking its grammar; false (and `bad`) if it is not valid JSON. */
  skip(): boolean {
    const c = this.peek();
    let ok: boolean;
    if (c === 34) {
      if (!this.escapes) {
        const end = this.stringEnd();
        ok = end >= 0;
        if (ok) this.i = end;
      } else ok = this.string() !== undefined;
    } else if (c === 123) {
      ok = this.open(123);
      for (let first = true; ok && this.more(first, 125); first = false) ok = this.key() !== undefined && this.skip();
      ok = ok && !this.bad;
    } else if (c === 91) {
      ok = this.open(91);
      for (let first = true; ok && this.more(first, 93); first = false) ok = this.skip();
      ok = ok && !this.bad;
    } else if (c === 116 || c === 102) ok = this.boolean() !== undefined;
    else if (c === 110) {
      ok = this.s.startsWith('null', this.i);
      if (ok) this.i += 4;
    } else ok = this.number() !== undefined;
    if (!ok) this.bad = true;
    return ok;
  }

  /** Skip one value and return its raw text (valid JSON), or undefined. */
  raw(): string | undefined {
    this.peek();
    const start = this.i;
    return this.skip() ? this.s.slice(start, this.i) : undefined;
  }
}
