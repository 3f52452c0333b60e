// Reading the dependency tree the parser put on the tokens: a mention's head word, a word's
// ancestors, the path between two words.
import type { Token } from './nlp';
import type { Mention } from './model';

/** The token of a mention that heads the others (its head lies outside the mention). */
export function headToken(tokens: Token[], m: Mention): number {
  let head = m.tokenEnd - 1;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const h = tokens[k]?.syntax?.head ?? -1;
    if (h < m.tokenStart || h >= m.tokenEnd) { head = k; break; }
  }
  return head;
}

/** Whether a mention is a subject (active or passive) of the word it hangs from. */
export const isSubject = (tokens: Token[], m: Mention): boolean => /^nsubj/.test(tokens[headToken(tokens, m)]?.syntax?.deprel ?? '');

/** The token and its ancestors up to the root of its sentence. */
export function ancestry(tokens: Token[], t: number): number[] {
  const out = [t];
  for (let x = t, guard = 0; guard < 64; guard++) {
    const h = tokens[x]?.syntax?.head ?? -1;
    if (h < 0 || out.includes(h)) break;
    out.push(h);
    x = h;
  }
  return out;
}

/** The path between two tokens: up from a to their lowest common ancestor, then down to b. */
export interface TreePath { up: number[]; lca: number; down: number[] }

export function treePath(tokens: Token[], a: number, b: number): TreePath | undefined {
  const upA = ancestry(tokens, a), upB = ancestry(tokens, b);
  const lca = upA.find((x) => upB.includes(x));
  if (lca === undefined) return undefined;
  return { up: upA.slice(0, upA.indexOf(lca)), lca, down: upB.slice(0, upB.indexOf(lca)).reverse() };
}
