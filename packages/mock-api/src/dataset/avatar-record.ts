/** Whose avatar it is: the demo account every configured key belongs to, or a third user. */
export type AvatarOwner = 'account' | 'others';

/** One avatar in the fake's domain, independent of caller, origin and clock. */
export interface AvatarRecord {
  kind: 'character' | 'look';
  id: string;
  name: string;
  createdMs: number;
  /** ISO timestamps are formatted once here: formatting them per response is what made large lists slow. */
  createdAt: string;
  updatedAt: string;
  /** The character id for looks, null for characters. */
  parentId: string | null;
  owner: AvatarOwner;
  isPublic: boolean;
  active: boolean;
  /** The contract lets rows leave out `active` (meaning 1) and, on characters, `parent_id`. */
  omitsActive: boolean;
  omitsParentId: boolean;
  /** Characters only. */
  looksCount: number;
  /** Looks only: whether a preview clip exists. */
  hasVideo: boolean;
  /** Fixed per avatar; combined with a per-user salt to seed that user's favorites. */
  favoriteRoll: number;
  /** Position in the owner's character list; for looks, the position of their character. */
  characterIndex: number;
}
