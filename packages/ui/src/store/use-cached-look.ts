'use client';
import type { Look, LookId } from '@avatar-picker/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { findLookInCache } from './find-look-in-cache';

/** The cached look for `id`, kept current as refetches replace it (e.g. mark it inactive). */
export function useCachedLook(id: LookId | null): Look | null {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  const getSnapshot = () => (id === null ? null : findLookInCache(queryClient, id));
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
