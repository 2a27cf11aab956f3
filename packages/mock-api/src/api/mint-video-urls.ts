import type { AvatarRecord } from '../dataset/avatar-record';
import type { ApiContext } from './api-context';

const SIGNING_BATCH = 1000;

/**
 * Signs a fresh URL for every look that has a clip. All URLs of one response share an expiry,
 * so a client that caches a list sees its clips go stale together, as with the real API.
 */
export async function mintVideoUrls(
  records: readonly AvatarRecord[],
  context: ApiContext,
  mediaBase: string,
): Promise<Map<string, string>> {
  // Rounded up so a URL lives at least the whole TTL: with `--url-ttl 1`, flooring could mint a
  // URL that is already a few milliseconds from expiry.
  const expires = Math.ceil(context.options.now() / 1000) + context.options.urlTtlSeconds;
  const looks = records.filter((record) => record.kind === 'look' && record.hasVideo);
  const urls = new Map<string, string>();
  // Batches keep a list of 100,000 characters' looks from queueing that many crypto jobs at once.
  for (let start = 0; start < looks.length; start += SIGNING_BATCH) {
    const batch = looks.slice(start, start + SIGNING_BATCH);
    const signatures = await Promise.all(
      batch.map((look) => context.signer.sign(look.id, expires)),
    );
    batch.forEach((look, index) => {
      urls.set(
        look.id,
        `${mediaBase}/media/video/${look.id}.webm?expires=${expires}&sig=${signatures[index]}`,
      );
    });
  }
  return urls;
}
