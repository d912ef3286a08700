/**
 * Parents of a qualified gold name from the ICD-10-CM alphabetic index's own tree (issue 13, thirty-ninth session).
 * The index files a qualified name as a subterm of its head disease: "Failure, heart" (I50.9) / "with" / "reduced
 * ejection fraction"; "Osteoarthritis" (M19.90) / "knee" (M17.9); "Cyst, Baker's" (M71.2-) / "ruptured" (M66.0). A gold
 * name that is exactly such a subterm (its head term's words, and the subterm path's words as its qualifier, in any
 * order, no word left over) is a kind of the nearest coded index term above it, which the judge's scale counts as its
 * parent (score 4); the coded terms further up are its ancestors, accepted only when no candidate is closer.
 *   - Head terms are the index's main terms (the words before the comma: "Cyst, Baker's" -> "cyst") and level-1
 *     subterms read with their main term's head ("Baker's cyst", as `parseIcdIndex` reads them).
 *   - The qualifier must be the subterm path's words exactly (connectors "with", "in", "due to" may be left out): a
 *     word the index does not file makes the gold something the index does not name ("Gastric MALT lymphoma" is no
 *     index term), so no parent is given (a looser parent would pass the disease the index does not name).
 *   - A parent or ancestor is a term with a code of its own; a connector ("with") or a main term without a code
 *     ("Failure") names nothing. Names are word sets ("~failure heart"), as the judge compares parents.
 *   - The index is a finding aid, so the classification must agree (`filedUnder`): the subterm's code lies in the
 *     same chapter letter as its parent's, or its cross-reference sends it back under the same main term. "Eczema,
 *     herpeticum" (B00.0, a herpes simplex infection) is filed under Eczema (L30.9) for finding, not as a kind of it.
 * Only the index's tree is read (no list of names). `truthResolver` asks it only for names DO does not know, whose
 * is_a links know better.
 */
import { normaliseName, wordSetKey } from '../../core/disease-names.js';

interface IndexNode {
  readonly words: readonly string[];
  /** The node's own code ("M17.9"), if it has one. */
  code?: string;
  /** The head words of the main term a cross-reference sends to ("see Failure, heart, systolic" -> "failure"). */
  see?: string;
  readonly kids: IndexNode[];
}

/** A head term: its words, its node (a main term, or a level-1 subterm read with its main term's head) and its main term's head words. */
interface Head { readonly words: readonly string[]; readonly node: IndexNode; readonly main: string }
/** A coded term above a subterm: the subterm path's words down to it, and its code. */
interface Above { readonly path: readonly string[]; readonly code: string }

/**
 * The subterm is filed under its coded term in the classification too: its code lies in the same ICD-10-CM chapter
 * letter ("Osteoarthritis" M19.90 / "knee" M17.9), or its cross-reference sends it back under the same main term
 * ("Failure, heart" / "with reduced ejection fraction": see "Failure, heart, systolic"). An index path that only leads
 * elsewhere ("Eczema" L30.9 / "herpeticum" B00.0, a herpes infection) files no kind of its head.
 */
function filedUnder(k: IndexNode, aboveCode: string, main: string): boolean {
  if (k.code !== undefined) return k.code[0]!.toUpperCase() === aboveCode[0]!.toUpperCase();
  return k.see === main;
}

/**
 * Connectors the index writes as subterms of their own ("with", "in"), which a gold may leave out. Not "a": in a
 * disease name it is a type letter ("hemophilia A"), a word the qualifier must account for.
 */
const CONNECTOR = new Set(['with', 'in', 'due', 'to', 'by', 'for', 'on', 'from', 'as', 'at']);
/** A level-1 subterm that is a relation or a cross-reference is no name of its own (as `parseIcdIndex`). */
const NOT_A_NAME = /\b(?:NEC|NOS|see|with|without|due to|in|of)\b/i;

const words = (s: string): string[] => normaliseName(s).split(' ').filter(Boolean);
const decode = (s: string): string => s.replace(/<nemod>[^<]*<\/nemod>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').trim();
const TOKEN = /<term level="\d+">|<\/term>|<title>((?:[^<]|<nemod>[^<]*<\/nemod>)*)<\/title>|<code>([^<]+)<\/code>|<see>([^<]*)<\/see>/g;

/** The index's main terms as trees (titles without their nonessential modifiers), keyed by their head terms' word sets. */
export function parseIndexHeads(xml: string): Map<string, Head[]> {
  const heads = new Map<string, Head[]>();
  const add = (w: readonly string[], node: IndexNode, main: readonly string[]): void => {
    if (w.join('').length < 6) return;
    const k = wordSetKey(w);
    (heads.get(k) ?? heads.set(k, []).get(k)!).push({ words: w, node, main: main.join(' ') });
  };
  for (const mt of xml.split('<mainTerm>').slice(1)) {
    const root: IndexNode = { words: [], kids: [] };
    const stack: IndexNode[] = [root];
    let title: string | undefined;
    let titled = false;
    for (const m of mt.split('</mainTerm>')[0]!.matchAll(TOKEN)) {
      const top = stack[stack.length - 1]!;
      if (m[0].startsWith('<term')) {
        const n: IndexNode = { words: [], kids: [] };
        top.kids.push(n);
        stack.push(n);
        titled = false;
      } else if (m[0] === '</term>') stack.pop();
      else if (m[1] !== undefined && !titled) {
        const t = decode(m[1]);
        (top as { words: readonly string[] }).words = words(top === root ? t.split(',')[0]! : t);
        if (top === root) title = t;
        titled = true;
      } else if (m[2] !== undefined) top.code ??= m[2].trim();
      else if (m[3] !== undefined) top.see ??= words(decode(m[3]).split(',')[0]!).join(' ');
    }
    if (title === undefined) continue;
    add(root.words, root, root.words);
    for (const k of root.kids) if (k.words.length > 0 && !NOT_A_NAME.test(k.words.join(' '))) add([...k.words, ...root.words], k, root.words);
  }
  return heads;
}

/**
 * `name -> { parents, ancestors }` from the index tree (see the module header): parents are the word sets of the
 * nearest coded index terms above the subterm the name is; ancestors the coded terms further up, nearest first.
 */
export function indexParents(heads: ReadonlyMap<string, readonly Head[]>): (name: string) => { parents: string[]; ancestors: string[][] } {
  return (name) => {
    const gw = words(name);
    const levels: Set<string>[] = [];
    for (let i = 0; i < gw.length; i++) {
      for (let j = i + 1; j <= gw.length; j++) {
        if (i === 0 && j === gw.length) continue;
        const qualifier = new Set([...gw.slice(0, i), ...gw.slice(j)]);
        const needed = [...qualifier].filter((w) => !CONNECTOR.has(w));
        for (const head of heads.get(wordSetKey(gw.slice(i, j))) ?? []) {
          // Depth-first over the head's subterms, with the coded terms passed on the way (nearest first).
          const walk = (n: IndexNode, path: readonly string[], above: readonly Above[]): void => {
            for (const k of n.kids) {
              if (!k.words.every((w) => qualifier.has(w))) continue;
              const p = [...path, ...k.words];
              if (above.length > 0 && filedUnder(k, above[0]!.code, head.main) && needed.every((w) => p.includes(w)) && p.some((w) => !CONNECTOR.has(w))) {
                above.forEach((a, d) => (levels[d] ??= new Set()).add(wordSetKey([...head.words, ...a.path])));
              }
              walk(k, p, k.code ? [{ path: p, code: k.code }, ...above] : above);
            }
          };
          walk(head.node, [], head.node.code ? [{ path: [], code: head.node.code }] : []);
        }
      }
    }
    const [parents = new Set<string>(), ...rest] = levels;
    return { parents: [...parents].sort(), ancestors: rest.filter((s) => s.size > 0).map((s) => [...s].sort()) };
  };
}
