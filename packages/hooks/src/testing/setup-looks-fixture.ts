import { createFakeApiClient } from './create-fake-api-client';
import { createTestWrapper } from './create-test-wrapper';
import { firstCharacterWithLooks } from './first-character-with-looks';

/** The fake API, a fresh QueryClient wrapper, a character with looks and its looks-request count. */
export function setupLooksFixture() {
  const fake = createFakeApiClient();
  const character = firstCharacterWithLooks(fake.api);
  return {
    ...fake,
    ...createTestWrapper(fake.client),
    character,
    looksRequests: () => fake.requestsTo(`/v1/avatars?parent_id=${character.id}`),
  };
}
