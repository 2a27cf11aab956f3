import type { AvatarRecord } from '../dataset/avatar-record';
import type { AvatarState } from '../state/create-avatar-state';
import type { WireAvatar } from '../types';

export function imageUrl(mediaBase: string, avatarId: string): string {
  return `${mediaBase}/media/image/${avatarId}.svg`;
}

export interface WireContext {
  state: AvatarState;
  userId: string;
  /** Absolute prefix of media URLs: origin plus base path. */
  mediaBase: string;
  /** Signed clip URLs by look id; looks missing here are listed without `video_url`. */
  videoUrls?: ReadonlyMap<string, string>;
}

/** The only place that writes the wire field names; built in the contract's field order. */
export function toWireAvatar(record: AvatarRecord, context: WireContext): WireAvatar {
  const row: Partial<WireAvatar> = {
    avatar_id: record.id,
    name: context.state.nameOf(record),
    preview_img_url: imageUrl(context.mediaBase, record.id),
  };
  if (!record.omitsParentId) row.parent_id = record.parentId;
  if (record.kind === 'character') row.looks_count = record.looksCount;
  const videoUrl = context.videoUrls?.get(record.id);
  if (videoUrl !== undefined) row.video_url = videoUrl;
  row.is_favorite = context.state.isFavorite(context.userId, record) ? 1 : 0;
  row.is_public = record.isPublic ? 1 : 0;
  if (!record.omitsActive) row.active = record.active ? 1 : 0;
  row.created_at = record.createdAt;
  row.updated_at = context.state.updatedAtOf(record);
  return row as WireAvatar;
}
