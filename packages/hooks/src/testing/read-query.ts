import type { UseQueryResult } from '@tanstack/react-query';

/**
 * Reads a query's fields during render, as a component would: useQuery re-renders only for
 * fields a render read, so reading them later from `result.current` would miss updates.
 */
export function readQuery<TData, TError>(query: UseQueryResult<TData, TError>) {
  const { data, error, status, fetchStatus, isPending, isSuccess, isError, isFetching } = query;
  return { data, error, status, fetchStatus, isPending, isSuccess, isError, isFetching };
}
