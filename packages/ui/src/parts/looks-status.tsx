'use client';
import type { AvatarApiError } from '@avatar-picker/hooks';
import type { ReactNode, Ref } from 'react';
import type { AvatarPickerLabels } from '../store/default-labels';
import { describeApiError } from './describe-api-error';

export type LooksStatus =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; error: AvatarApiError; retry: () => void };

/**
 * What stands in for a character's looks while they load, fail or turn out to be none. The
 * retry button is the focus target of a failed row, so it takes the cell's tab stop and ref.
 */
export function looksStatusContent(
  looks: LooksStatus,
  labels: AvatarPickerLabels,
  retryProps: { tabIndex?: number; ref?: Ref<HTMLButtonElement> } = {},
): ReactNode {
  if (looks.status === 'loading') return <span aria-busy="true">{labels.loadingLooks}</span>;
  if (looks.status === 'empty') return labels.noLooks;
  return (
    <>
      <span data-ap-error-message="">
        {labels.looksError} {describeApiError(looks.error, labels)}
      </span>
      <button type="button" data-ap-retry="" onClick={looks.retry} {...retryProps}>
        {labels.retry}
      </button>
    </>
  );
}
