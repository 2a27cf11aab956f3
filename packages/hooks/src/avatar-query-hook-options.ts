/** The options every list hook accepts: whether to run, and a projection of the cached list. */
export interface AvatarQueryHookOptions<TList, TData = TList> {
  enabled?: boolean;
  select?: (list: TList) => TData;
}
