// Graph keys from outside (a file's node ids, a name's slug) are data, never property names:
// graphology keeps each node's neighbours in plain objects, so a node keyed "__proto__" or
// "constructor" would reach Object.prototype (an import of such a file polluted it for the whole
// process). Such a key gets a suffix that no plain object has.

/** Is this key a property every plain object has ("__proto__", "constructor", "toString", …)? */
export const isObjectProperty = (key: string): boolean => key in Object.prototype;

/** The key itself, or with "_" appended until it is neither an object property nor taken. */
export function safeKey(key: string, taken: (k: string) => boolean = () => false): string {
  if (!isObjectProperty(key)) return key;
  let k = `${key}_`;
  while (isObjectProperty(k) || taken(k)) k += '_';
  return k;
}
