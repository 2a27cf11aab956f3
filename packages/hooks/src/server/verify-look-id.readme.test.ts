import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApiClient } from '../testing/create-fake-api-client';
import { closeServer, fakeUpstreamPerTest, originOf } from '../testing/readme-proxy';
import { verifyLookId } from './verify-look-id';

const { upstream } = fakeUpstreamPerTest();
let server: Server | undefined;

afterEach(async () => {
  if (server !== undefined) await closeServer(server);
  server = undefined;
});

/** Ids of the fake's seeded dataset, which every fake instance shares. */
async function fixtureIds() {
  const { client } = createFakeApiClient();
  const { items } = await client.listAll();
  const look = items.find((avatar) => avatar.kind === 'look' && avatar.isActive);
  const character = items.find((avatar) => avatar.kind === 'character');
  if (!look || !character) throw new Error('the fake dataset lacks a fixture');
  return { lookId: look.id, characterId: character.id };
}

type SessionState = { error?: string; lookId?: string };

/** The README's server action, verbatim but for the `'use server'` directive. */
async function startSession(_previous: SessionState, formData: FormData) {
  const result = await verifyLookId(formData.get('lookId'), {
    apiKey: process.env.AGENTHUMAN_API_KEY!,
    upstream: process.env.AGENTHUMAN_API_URL ?? 'https://api.agenthuman.com',
  });
  if (!result.ok) {
    if (result.reason === 'upstream') console.error(result.error);
    return { error: result.reason };
  }
  // Create the session with result.look.id here.
  return { lookId: result.look.id };
}

/** The README's Express app, verbatim. */
function readmeApp() {
  const app = express();
  app.post('/sessions', express.urlencoded({ extended: false }), async (req, res) => {
    const result = await verifyLookId(req.body.lookId, {
      apiKey: process.env.AGENTHUMAN_API_KEY!,
      upstream: process.env.AGENTHUMAN_API_URL ?? 'https://api.agenthuman.com',
    });
    if (!result.ok) {
      if (result.reason === 'upstream') console.error(result.error);
      res.status(result.reason === 'upstream' ? 502 : 422).json({ error: result.reason });
      return;
    }
    // Create the session with result.look.id here.
    res.status(201).json({ lookId: result.look.id });
  });
  return app;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the README's server action", () => {
  it('accepts a look and refuses a character or a missing field', async () => {
    const { lookId, characterId } = await fixtureIds();
    expect(await startSession({}, form({ lookId }))).toEqual({ lookId });
    expect(await startSession({}, form({ lookId: characterId }))).toEqual({ error: 'character' });
    expect(await startSession({}, form({}))).toEqual({ error: 'malformed' });
  });
});

describe("the README's Express handler", () => {
  async function post(body: Record<string, string>) {
    server = readmeApp().listen(0, '127.0.0.1');
    const response = await fetch(`${await originOf(server)}/sessions`, {
      method: 'POST',
      body: new URLSearchParams(body),
    });
    return { status: response.status, body: await response.json() };
  }

  it('creates with a look of the account', async () => {
    const { lookId } = await fixtureIds();
    expect(await post({ lookId })).toEqual({ status: 201, body: { lookId } });
  });

  it('answers 422 for a tampered id without asking the API', async () => {
    expect(await post({ lookId: 'avat_../../v1/avatars' })).toEqual({
      status: 422,
      body: { error: 'malformed' },
    });
    expect(upstream).not.toHaveBeenCalled();
  });

  it('answers 502 and logs the error when the API is unreachable', async () => {
    const { lookId } = await fixtureIds();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    upstream.mockRejectedValueOnce(new TypeError('fetch failed'));
    expect(await post({ lookId })).toEqual({ status: 502, body: { error: 'upstream' } });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    log.mockRestore();
  });
});
