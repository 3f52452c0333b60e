// Lemmas learned from the treebanks: a word's lemma is its form with a suffix rewritten ("found" →
// "find", "studies" → "study"). Training keeps, for each part of speech and word ending, the rewrite
// most often right, and a table of the words no ending explains (irregular forms).

/** A rewrite: drop `strip` characters from the end of the lower-cased form, then add `add`. */
export interface Rewrite { strip: number; add: string }

export interface LemmatizerModel {
  /** "UPOS\tending" → rewrite, for endings of 0–5 characters */
  rules: Record<string, string>;
  /** "UPOS\tform" → lemma, where the rules go wrong */
  exceptions: Record<string, string>;
}

const MAX_ENDING = 5;

export function rewriteOf(form: string, lemma: string): string {
  let k = 0;
  while (k < form.length && k < lemma.length && form[k] === lemma[k]) k++;
  return `${form.length - k}:${lemma.slice(k)}`;
}

/** Lower case except proper nouns and "I", as the treebanks write lemmas. */
function keepsCase(upos: string, form: string): boolean {
  return upos === 'PROPN' || form === 'I';
}

/** A model's tables by part of speech, parsed once: lemmatizing builds no keys and parses no rules. */
interface CompiledLemmatizer { exceptions: Map<string, string>; rules: Map<string, { strip: number; add: string }> }
const compiled = new WeakMap<LemmatizerModel, Map<string, CompiledLemmatizer>>();

function compile(model: LemmatizerModel): Map<string, CompiledLemmatizer> {
  const byPos = new Map<string, CompiledLemmatizer>();
  const of = (upos: string) => byPos.get(upos) ?? byPos.set(upos, { exceptions: new Map(), rules: new Map() }).get(upos)!;
  for (const [key, lemma] of Object.entries(model.exceptions)) {
    const tab = key.indexOf('\t');
    of(key.slice(0, tab)).exceptions.set(key.slice(tab + 1), lemma);
  }
  for (const [key, rule] of Object.entries(model.rules)) {
    const tab = key.indexOf('\t'), colon = rule.indexOf(':');
    of(key.slice(0, tab)).rules.set(key.slice(tab + 1), { strip: Number(rule.slice(0, colon)), add: rule.slice(colon + 1) });
  }
  compiled.set(model, byPos);
  return byPos;
}

export function lemmatize(model: LemmatizerModel, form: string, upos: string): string {
  const lower = keepsCase(upos, form) ? form : form.toLowerCase();
  const tables = (compiled.get(model) ?? compile(model)).get(upos);
  if (!tables) return lower;
  const exception = tables.exceptions.get(lower);
  if (exception !== undefined) return exception;
  for (let k = Math.min(MAX_ENDING, lower.length); k >= 0; k--) {
    const rule = tables.rules.get(lower.slice(lower.length - k));
    if (rule !== undefined) {
      const lemma = lower.slice(0, lower.length - rule.strip) + rule.add;
      return lemma || lower;
    }
  }
  return lower;
}

/** Learns rules and exceptions from (form, UPOS, lemma) triples. */
export function trainLemmatizer(examples: Iterable<{ form: string; upos: string; lemma: string }>): LemmatizerModel {
  const counts = new Map<string, Map<string, number>>();
  const words = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, key: string, value: string) => {
    let inner = m.get(key);
    if (!inner) m.set(key, (inner = new Map()));
    inner.set(value, (inner.get(value) ?? 0) + 1);
  };
  for (const { form, upos, lemma } of examples) {
    if (lemma === '_' || !lemma) continue;
    const lower = keepsCase(upos, form) ? form : form.toLowerCase();
    const rule = rewriteOf(lower, lemma);
    bump(words, `${upos}\t${lower}`, lemma);
    for (let k = 0; k <= Math.min(MAX_ENDING, lower.length); k++) bump(counts, `${upos}\t${lower.slice(lower.length - k)}`, rule);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const rules: Record<string, string> = {};
  for (const [key, m] of counts) {
    const [rule, n] = top(m);
    // an ending speaks only when it has been seen enough to generalise
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (key.endsWith('\t') || (total >= 3 && n / total >= 0.6)) rules[key] = rule;
  }
  // an ending whose rewrite is the same as its next shorter ending's says nothing more
  for (const key of Object.keys(rules)) {
    const tab = key.indexOf('\t');
    for (let end = key.length - 1; end > tab; end--) {
      const shorter = rules[key.slice(0, tab + 1) + key.slice(end + 1)];
      if (shorter === undefined) continue;
      if (shorter === rules[key]) delete rules[key];
      break;
    }
  }
  const model: LemmatizerModel = { rules, exceptions: {} };
  for (const [key, m] of words) {
    const [lemma] = top(m);
    const tab = key.indexOf('\t');
    const upos = key.slice(0, tab), lower = key.slice(tab + 1);
    if (lemmatize(model, lower, upos) !== lemma) model.exceptions[key] = lemma;
  }
  // the tables were compiled before the exceptions were added
  compiled.delete(model);
  return model;
}
