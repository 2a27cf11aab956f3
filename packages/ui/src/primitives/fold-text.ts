const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for search: "Zoë" and "ZOE" both become "zoe". NFD splits accented letters into a
 * base letter plus combining marks, which are then dropped.
 */
export function foldText(text: string, locale?: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLocaleLowerCase(locale);
}
