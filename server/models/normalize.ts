// How the models see a word's form: lower case, digits folded to 0 (years and counts share their
// weights), curly quotes made straight. The word clusters are keyed the same way.
const FOLDED = /[\d‘’‛′“”„″]/;

export function normalizeWord(form: string): string {
  const lower = form.toLowerCase();
  // most words have nothing to fold: one test instead of three replacements
  if (!FOLDED.test(lower)) return lower;
  return lower.replace(/\d/g, '0').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}
