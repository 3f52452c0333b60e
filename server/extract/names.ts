// Name strings: the comparison key two spellings of one name share, their words, heads and initials.
import { createHash } from 'node:crypto';
import { toAscii } from '../util/latin';
import { safeKey } from '../graph/keys';
import { HYPHEN_SUFFIXES, isHead, LAW_HEADS, SPELLED_ORDINALS, TITLE_FUNCTION_WORDS } from './lexicons/cues';
import type { Token } from './nlp';

const keyCache = new Map<string, string>();

/** "The U.S.S.R.'s" → "ussr"; "Twenty-Second Congress" → "22nd congress"; quotes and hyphens folded. */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    // the same names come back again and again within a document and across a corpus
    if (keyCache.size > 100_000) keyCache.clear();
    key = computeNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  let s = name.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d«»]/g, '"').toLowerCase();
  s = s.replace(/^[\s"'(\[*_]+|[\s"')\]*_,;:!?]+$/g, '').replace(/'s?$/, '').replace(/^the\s+/, '');
  s = s.replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z])/g, (m) => m.replace(/\./g, '')); // U.S.S.R. → ussr, U.S → us
  s = s.replace(/\b[a-z]+(?:-[a-z]+)?\b/g, (w) => SPELLED_ORDINALS.get(w) ?? w);
  return s.replace(/[-\u2013\u2014]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words of a key. */
export const wordsOf = (key: string): string[] => key.split(' ').filter(Boolean);

/** Words after a name's head: "Institute for Chemistry", "Musée des Beaux-Arts", "Banco de Chile". */
const ENGLISH_AFTER_HEAD = new Set(['of', 'for']);
const AFTER_HEAD = new Set([...ENGLISH_AFTER_HEAD, 'de', 'des', 'du', 'del', 'della', 'di', 'do', 'da', 'dos', 'das']);

/** The head noun: the last word before "of", "for" or a Romance "de" ("Institute for Chemistry", "Musée des Beaux-Arts"), else the last word that is not a numeral. */
export function headOf(key: string): string {
  const words = wordsOf(key);
  const of = words.findIndex((w) => AFTER_HEAD.has(w));
  // a name with a Romance particle that ends in a head noun is named after someone or somewhere:
  // "Charles de Gaulle Airport", "Leonardo da Vinci Airport" (not "Banco de España")
  const last = words[words.length - 1]!;
  if (of > 0 && !ENGLISH_AFTER_HEAD.has(words[of]!) && of < words.length - 2 && isHead(last)) return last;
  const main = of > 0 ? words.slice(0, of) : words;
  // a law named for what it governs ends in its head: "Capture or Use of Biometric Identifier Act"
  // (not "Treaty of Rome", "University of Texas School of Law", whose first part has a head)
  if (of > 0 && LAW_HEADS.has(last) && !main.some((w) => isHead(w) || LAW_HEADS.has(w))) return last;
  for (let i = main.length - 1; i >= 0; i--) if (!/^(?:\d+|[ivx]+)$/.test(main[i]!)) return main[i]!;
  return main[main.length - 1] ?? '';
}

/** "Communist Party of the Soviet Union" → "cpsu": initials of the words that carry meaning. */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !TITLE_FUNCTION_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
}

/** An acronym as written: "CPSU", "U.S.S.R.", "AACSB". */
export const isAcronym = (text: string): boolean => {
  const t = text.replace(/'s$|’s$/, '');
  // "U.S.S.R.", "CPSU", and mixed ones with two or more capitals: "AfD", "McD" is not (it is a name start)
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t) || (/^\p{Lu}[\p{L}\d&]{1,5}$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^Mc|^Mac/.test(t));
};

/**
 * A stable, readable ASCII id: "Nikita Khrushchev" → "nikita-khrushchev", "Łódź" → "lodz", "Москва" →
 * "moskva"; a name of other letters gets a short hash of itself ("entity-3f9a1c"); "constructor" →
 * "constructor_" (see keys.ts).
 */
export function slug(label: string): string {
  const s = toAscii(label.replace(/[’‘“”]/g, "'")).replace(/['"]/g, '').replace(/\./g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return safeKey(s || (label.trim() ? `entity-${createHash('sha1').update(label).digest('hex').slice(0, 6)}` : 'entity'));
}

/** The ids of earlier versions (letters outside ASCII kept): what old links name; see legacyIds. */
export function legacySlug(label: string): string {
  const s = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’"“”.]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s || 'entity';
}

/** A short lower-case word glued after a hyphen that is no English suffix word: part of the name before it. */
export function hyphenSyllable(tokens: Token[], k: number): boolean {
  const t = tokens[k], after = tokens[k + 1];
  // (up to four letters, or five in a syllable's shape: "Lee Jae-myung", "Moon Jae-in", "Kim Young-sam")
  const syllable = /^\p{Ll}{1,4}$/u.test(t?.text ?? '') || /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?$/.test(t?.text ?? '');
  if (!t || t.spaceBefore || !syllable || HYPHEN_SUFFIXES.has(t.text) || /(?:ed|ing)$/.test(t.text)) return false;
  return !after || after.spaceBefore || !/^[\p{L}\d-]/u.test(after.text);
}
