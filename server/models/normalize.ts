// How the models see a word's form: lower case, digits folded to 0 (years and counts share their
// weights), curly quotes made straight. The word clusters are keyed the same way.
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/\d/g, '0').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}
