// Latin letters folded to their base: the accents Unicode decomposes (é → e), and the letters it
// does not (ı → i, ø → o, ł → l, đ → d, ß → ss, æ → ae): what a person types without the letter.

const LETTERS: Record<string, string> = {
  ı: 'i', İ: 'I', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L',
  ĸ: 'k', ŉ: 'n', ſ: 's', ƒ: 'f', ŋ: 'ng', Ŋ: 'NG',
};
const OTHERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/** "Łódź Øresund Straße" → "Lodz Oresund Strasse". */
export function foldLatin(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(OTHERS, (c) => LETTERS[c] ?? c);
}

// Cyrillic and Greek letters by their common romanisation (BGN/PCGN-like, simplified): enough for
// an id a person can type and read; search keeps the original letters.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Lower-case ASCII: Latin letters folded, Cyrillic and Greek romanised, anything else left out. */
export function toAscii(s: string): string {
  return foldLatin(s.toLowerCase()).replace(/[\u0370-\u03ff\u0400-\u04ff]/gu, (c) => CYRILLIC[c] ?? GREEK[c] ?? '').replace(/[^\x20-\x7e]/g, ' ');
}
