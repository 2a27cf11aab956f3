import type { Character } from '@avatar-picker/hooks';

/** An order the user may pick; `null` in the picker's state keeps the API's order. */
export type AvatarPickerSort = 'newest' | 'oldest' | 'name' | 'updated';

export const AVATAR_PICKER_SORTS: readonly AvatarPickerSort[] = [
  'newest',
  'oldest',
  'name',
  'updated',
];

const collators = new Map<string | undefined, Intl.Collator>();

/** One collator per locale: building one costs far more than a comparison. */
function collatorFor(locale: string | undefined): Intl.Collator {
  let collator = collators.get(locale);
  if (collator === undefined) {
    const options = { sensitivity: 'base', numeric: true } as const;
    try {
      collator = new Intl.Collator(locale, options);
    } catch {
      // A malformed locale label must not break the picker: the runtime's locale sorts instead.
      collator = new Intl.Collator(undefined, options);
    }
    collators.set(locale, collator);
  }
  return collator;
}

/** Earlier first; a date that does not parse (NaN) after every one that does, in either order. */
const byTime = (a: number, b: number, direction: 1 | -1) =>
  Number.isNaN(a) ? Number(!Number.isNaN(b)) : Number.isNaN(b) ? -1 : (a - b) * direction;

/**
 * The characters in a picked order, the API's order (`null`) as is. Stable: characters that tie
 * keep their order. Names compare as people read them in `locale` (case, accents and numbers).
 */
export function sortCharacters(
  characters: Character[],
  sort: AvatarPickerSort | null,
  locale?: string,
): Character[] {
  if (sort === null) return characters;
  if (sort === 'name') {
    const { compare } = collatorFor(locale);
    return [...characters].sort((a, b) => compare(a.name, b.name));
  }
  const direction = sort === 'oldest' ? 1 : -1;
  // Each date is parsed once, not once per comparison.
  return characters
    .map((character) => ({
      character,
      time: Date.parse(sort === 'updated' ? character.updatedAt : character.createdAt),
    }))
    .sort((a, b) => byTime(a.time, b.time, direction))
    .map(({ character }) => character);
}
