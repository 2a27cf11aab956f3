import type { Fault, WireAvatar } from '@avatar-picker/mock-api';

/** The key the app's proxy holds; tests read the fake with it to check what the browser saw. */
const SERVER_KEY = 'demo-key';

interface AvatarListBody {
  avatars: WireAvatar[];
}

/**
 * Drives one fake API process from the test side: its loopback control route for faults and
 * resets, and its public API (with the server's key) to check results against the source of truth.
 */
export class FakeApi {
  constructor(readonly origin: string) {}

  async addFault(fault: Fault): Promise<void> {
    await this.control('POST', '/__mock/faults', fault);
  }

  async clearFaults(): Promise<void> {
    await this.control('DELETE', '/__mock/faults');
  }

  /** Favorites and faults back to the seed state. */
  async reset(): Promise<void> {
    await this.control('POST', '/__mock/reset');
  }

  async characters(): Promise<WireAvatar[]> {
    return this.list('/v1/avatars');
  }

  async publicAvatars(): Promise<WireAvatar[]> {
    return this.list('/v1/avatars/public');
  }

  async looks(characterId: string): Promise<WireAvatar[]> {
    return this.list(`/v1/avatars?parent_id=${encodeURIComponent(characterId)}`);
  }

  /** Any avatar the demo user can reach: own characters and looks, public ones and their looks. */
  async findAvatar(id: string): Promise<WireAvatar | undefined> {
    const accessible = await this.list('/v1/avatars?characters_only=false');
    const direct = accessible.find((avatar) => avatar.avatar_id === id);
    if (direct !== undefined) return direct;
    for (const character of await this.publicAvatars()) {
      const look = (await this.looks(character.avatar_id)).find(
        (avatar) => avatar.avatar_id === id,
      );
      if (look !== undefined) return look;
    }
    return undefined;
  }

  private async list(path: string): Promise<WireAvatar[]> {
    const response = await fetch(`${this.origin}${path}`, { headers: { 'x-api-key': SERVER_KEY } });
    if (!response.ok) throw new Error(`GET ${path} on the fake answered HTTP ${response.status}`);
    return ((await response.json()) as AvatarListBody).avatars;
  }

  private async control(method: string, path: string, body?: unknown): Promise<void> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} on the fake answered HTTP ${response.status}`);
    }
  }
}
