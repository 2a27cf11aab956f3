declare const brand: unique symbol;

/** A nominal string: a `LookId` cannot be passed where a `CharacterId` is expected. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** Id of a top-level avatar (`parent_id` null on the wire). Never session-ready. */
export type CharacterId = Brand<string, 'CharacterId'>;
/** Id of a session-ready avatar look: the one value the picker outputs. */
export type LookId = Brand<string, 'LookId'>;
export type AvatarId = CharacterId | LookId;

interface AvatarBase {
  name: string;
  /** Preview image; null when the API sent none or a URL that is not http(s). */
  previewImageUrl: string | null;
  isFavorite: boolean;
  isPublic: boolean;
  /** Inactive avatars are listed but cannot start a session. Absent on the wire means active. */
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Character extends AvatarBase {
  kind: 'character';
  id: CharacterId;
  /** Number of looks the API reports; null when the wire row omits it. */
  looksCount: number | null;
}

export interface Look extends AvatarBase {
  kind: 'look';
  id: LookId;
  characterId: CharacterId;
  /** Signed preview clip that expires; null when absent or not http(s). */
  videoUrl: string | null;
}

export type Avatar = Character | Look;

/** A wire row the client refused, and why; the rest of the list is still returned. */
export interface SkippedRow {
  index: number;
  reason: string;
  avatarId: string | null;
}

export interface AvatarList<T extends Avatar = Avatar> {
  items: T[];
  skipped: SkippedRow[];
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** The plain, React-free client. Every method rejects with `AvatarApiError` only. */
export interface AvatarClient {
  listCharacters(options?: RequestOptions): Promise<AvatarList<Character>>;
  listLooks(characterId: CharacterId, options?: RequestOptions): Promise<AvatarList<Look>>;
  listAll(options?: RequestOptions): Promise<AvatarList<Avatar>>;
  listPublic(options?: RequestOptions): Promise<AvatarList<Avatar>>;
  setFavorite(id: AvatarId, isFavorite: boolean, options?: RequestOptions): Promise<void>;
}
