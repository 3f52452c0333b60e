// Quoting what a person typed in a message: JSON-escaped (so nothing in it reads as markup or a
// line break) and shortened.
export const quote = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
