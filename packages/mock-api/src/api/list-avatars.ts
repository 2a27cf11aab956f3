import type { AvatarRecord } from '../dataset/avatar-record';
import { isWellFormedAvatarId } from '../dataset/is-well-formed-avatar-id';
import { bareError } from '../http/json-response';
import type { ApiContext } from './api-context';

export type ListQuery =
  | { kind: 'characters' }
  | { kind: 'all' }
  | { kind: 'looks'; parentId: string };

/** Reads the query of `GET /v1/avatars`, or the 400 it deserves. */
export function parseListQuery(params: URLSearchParams): ListQuery | Response {
  const parentId = params.get('parent_id');
  const charactersOnly = params.get('characters_only');
  if (charactersOnly !== null && charactersOnly !== 'true' && charactersOnly !== 'false') {
    return bareError(400, 'Invalid characters_only: use true or false');
  }
  if (parentId !== null) {
    if (!isWellFormedAvatarId(parentId)) return bareError(400, 'Invalid parent_id');
    return { kind: 'looks', parentId };
  }
  return charactersOnly === 'false' ? { kind: 'all' } : { kind: 'characters' };
}

/** Looks of a character the caller may see: their account's, or a public one of another user. */
export function looksFor(context: ApiContext, parentId: string): readonly AvatarRecord[] {
  const parent = context.dataset.find(parentId);
  if (parent?.kind !== 'character') return [];
  if (parent.owner !== 'account' && !parent.isPublic) return [];
  return context.dataset.looksOf(parent);
}

/** The records `GET /v1/avatars` lists for a query, newest first. */
export function selectListRecords(context: ApiContext, query: ListQuery): readonly AvatarRecord[] {
  const { dataset } = context;
  switch (query.kind) {
    case 'characters':
      return dataset.ownCharacters;
    case 'looks':
      return looksFor(context, query.parentId);
    case 'all':
      return dataset.ownCharacters
        .flatMap((character) => [character, ...dataset.looksOf(character)])
        .sort((a, b) => b.createdMs - a.createdMs);
  }
}
