import type { Random } from './create-random';

const pick = <T>(items: readonly T[], random: Random): T =>
  items[Math.floor(random() * items.length)] as T;

const LATIN = ['Ava', 'Noah', 'Mia', 'Liam', 'Grace', 'Oliver', 'Hannah', 'Ethan', 'Maya', 'Lucas'];
const SURNAMES = ['Walker', 'Okafor', 'Nakamura', 'Schmidt', 'Rossi', 'Kowalski', 'Haddad', 'Lind'];
// Accented names are why the picker's search folds accents: "Zoe" must find "Zoë".
const ACCENTED = [
  'Zoë Ångström',
  'José Ramírez',
  'Chloé Dubois',
  'Björn Søren',
  'Renée Lefèvre',
  'Dvořák Ondřej',
  'Łucja Wąsik',
  'İlkay Şahin',
  'François Gaël',
];
const NON_LATIN = [
  'さくら 山田',
  '田中 優子',
  'ليلى حداد',
  'عمر الفاروق',
  'Алексей Смирнов',
  'Наталья Иванова',
  'अनन्या शर्मा',
  'राहुल वर्मा',
  '王小明',
  '김지우',
  'Ελένη Παππά',
  'נועה כהן',
];
const SHORT = ['Bo', 'Al', 'Li', 'Jo', 'Ed', 'Ny', 'Oz'];
const ROLES = ['Presenter', 'Support Agent', 'Tutor', 'Sales Lead', 'Narrator', 'Concierge'];
const LONG_TAILS = [
  'for the quarterly enterprise onboarding and customer success programme',
  'speaking to new hires in the regional operations and logistics department',
  'hosting the weekly product update livestream for partners and resellers',
];
const LOOK_NAMES = [
  'Studio',
  'Outdoor',
  'Casual',
  'Business – navy blazer',
  'Home office',
  'Podium',
  'Green screen',
  'Café terrace',
  'Büro',
  'スタジオ',
  'استوديو',
  'Night mode, warm light, seated, three-quarter view, wide framing, soft shadows',
];

export const NAME_STYLES = ['short', 'long', 'non-latin', 'accented', 'plain'] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

/** A character name in a given style; every style appears so search and layout meet them all. */
export function pickCharacterName(style: NameStyle, random: Random): string {
  switch (style) {
    case 'short':
      return pick(SHORT, random);
    case 'long':
      return `${pick(LATIN, random)} ${pick(SURNAMES, random)}, ${pick(ROLES, random)} ${pick(LONG_TAILS, random)}`;
    case 'non-latin':
      return pick(NON_LATIN, random);
    case 'accented':
      return pick(ACCENTED, random);
    case 'plain':
      return random() < 0.5
        ? `${pick(LATIN, random)} ${pick(SURNAMES, random)}`
        : `${pick(LATIN, random)} · ${pick(ROLES, random)}`;
  }
}

/** Picks a style by weight: mostly plain names, with every unusual kind well represented. */
export function pickNameStyle(random: Random): NameStyle {
  const roll = random();
  if (roll < 0.1) return 'short';
  if (roll < 0.2) return 'long';
  if (roll < 0.4) return 'non-latin';
  if (roll < 0.55) return 'accented';
  return 'plain';
}

export function pickLookName(random: Random): string {
  return pick(LOOK_NAMES, random);
}
