import type { Malformation, WireAvatar } from '../types';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>Bobby</b>';
const LONG_NAME = 'Long name '.repeat(1000);

/** The `avatars` value of a list body: rows, or the wrong type when the envelope is broken. */
export type MalformedList = WireAvatar[] | Array<Record<string, unknown>> | string;

/**
 * Corrupts the first rows of a list, one row per malformation in order, so a client can be
 * tested on hostile input while the rest of the list stays valid.
 */
export function malformRows(
  rows: WireAvatar[],
  malformations: readonly Malformation[],
): MalformedList {
  if (malformations.includes('not-an-array')) return 'oops';
  const result: Array<Record<string, unknown>> = rows.map((row) => ({ ...row }));
  malformations.forEach((kind, index) => {
    const row = result[index];
    if (row) corrupt(row, kind);
  });
  return result;
}

function corrupt(row: Record<string, unknown>, kind: Malformation): void {
  const isLook = typeof row.parent_id === 'string';
  switch (kind) {
    case 'wrong-types':
      row.is_favorite = 'yes';
      row.looks_count = '3';
      row.name = 42;
      return;
    case 'missing-fields':
      delete row.avatar_id;
      delete row.name;
      return;
    case 'javascript-url':
      row.preview_img_url = 'javascript:alert(1)';
      if (isLook) row.video_url = 'javascript:alert(1)';
      return;
    case 'data-url':
      row.preview_img_url = 'data:text/html,<script>alert(1)</script>';
      if (isLook) row.video_url = 'data:text/html,<script>alert(1)</script>';
      return;
    case 'long-name':
      row.name = LONG_NAME;
      return;
    case 'html-name':
      row.name = HOSTILE_NAME;
      return;
    case 'not-an-array':
      return;
  }
}
