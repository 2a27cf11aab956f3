import type { Dataset } from '../dataset/create-dataset';
import type { UrlSigner } from '../media/create-url-signer';
import type { ResolvedOptions } from '../resolve-options';
import type { AvatarState } from '../state/create-avatar-state';

/** Everything a route handler reads: fixed config, seeded data, mutable state, URL signing. */
export interface ApiContext {
  options: ResolvedOptions;
  dataset: Dataset;
  state: AvatarState;
  signer: UrlSigner;
}
