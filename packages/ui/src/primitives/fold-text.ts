// Accents on Latin, Greek and Cyrillic letters, and Hebrew and Arabic vowel points: optional in
// writing, so a search typed without them still matches. Marks that make another letter in other
// scripts stay: the dakuten of "ガ" (not "カ"), Devanagari and Thai vowel signs.
const OPTIONAL_MARKS = /(?=\p{M})[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]/gu;

/**
 * Folds text for search: "Zoë" and "ZOE" both become "zoe". NFD splits accented letters into a
 * base letter plus combining marks; the optional ones are dropped and the rest composed again,
 * so "カ" is not found inside "ガ".
 */
export function foldText(text: string, locale?: string): string {
  return text
    .normalize('NFD')
    .replace(OPTIONAL_MARKS, '')
    .normalize('NFC')
    .toLocaleLowerCase(locale);
}
