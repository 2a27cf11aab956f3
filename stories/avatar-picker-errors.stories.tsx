import type { AvatarApiErrorKind } from '@avatar-picker/hooks';
import type { Fault } from '@avatar-picker/mock-api';
import { AvatarPicker } from '@avatar-picker/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { mockApiStory } from './mock-api-story';
import { expandCharacter, NETWORK_TIMEOUT, waitForCell } from './picker-play';
import { findLook } from './story-dataset';

const meta = {
  title: 'AvatarPicker/Errors',
  component: AvatarPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: { value: { control: false }, defaultValue: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Each failure of the avatar API, produced by the fake’s fault controls, with its own copy and a Retry button. Server, network and rate-limit failures are retried by the hooks first, so their message appears after a few seconds.',
      },
    },
  },
} satisfies Meta<typeof AvatarPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Covers the hooks' automatic retries (1 s then 2 s back-off) before the error is shown. */
const AFTER_RETRIES = { timeout: 10_000 };

/**
 * A story whose characters request keeps failing with `fault` until the play function clears
 * the fault and presses Retry, which must bring the grid back.
 */
function failingStory(
  fault: Omit<Fault, 'route' | 'times'>,
  kind: AvatarApiErrorKind,
  message: string,
): Story {
  const scenario = mockApiStory({
    faults: [{ route: 'characters', times: Number.POSITIVE_INFINITY, ...fault }],
  });
  return {
    beforeEach: scenario.beforeEach,
    play: async ({ canvas, userEvent }) => {
      const alert = await canvas.findByRole('alert', {}, AFTER_RETRIES);
      await expect(alert).toHaveAttribute('data-kind', kind);
      await expect(alert).toHaveTextContent(message);
      scenario.api().faults.clear();
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      await expect(
        await canvas.findByRole('grid', { name: 'Avatars' }, NETWORK_TIMEOUT),
      ).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
    },
  };
}

export const Unauthorized = failingStory(
  { status: 401, body: 'bare', message: 'API key required' },
  'auth',
  "The server's API key was refused. Ask the site owner to check its avatar API key.",
);

export const Forbidden = failingStory(
  { status: 403 },
  'forbidden',
  'Access to these avatars was denied.',
);

export const NotFound = failingStory(
  { status: 404, body: 'bare' },
  'not-found',
  'The avatars could not be found.',
);

export const ServerError = failingStory(
  { status: 500 },
  'server',
  'The avatar service had a problem. Try again in a moment.',
);

export const GatewayHtmlPage = failingStory(
  { status: 502, body: 'html' },
  'server',
  'The avatar service had a problem. Try again in a moment.',
);

export const NetworkError = failingStory(
  { network: true },
  'network',
  'Could not reach the avatar service. Check your connection.',
);

export const MalformedBody = failingStory(
  { malformed: ['not-an-array'] },
  'invalid-response',
  'The avatar service sent a response that could not be read.',
);

const limited = mockApiStory({
  faults: [{ route: 'characters', status: 429, retryAfterSeconds: 2, times: 3 }],
});
export const RateLimited: Story = {
  beforeEach: limited.beforeEach,
  parameters: {
    docs: {
      description: {
        story:
          '429 with Retry-After: 2. The hooks wait as told, then the picker counts down and retries by itself; the fourth request succeeds.',
      },
    },
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, AFTER_RETRIES);
    await expect(alert).toHaveAttribute('data-kind', 'rate-limited');
    await expect(alert).toHaveTextContent(/Too many requests — retrying in \d+ s/);
    await expect(await canvas.findByRole('grid', { name: 'Avatars' }, AFTER_RETRIES)).toBeVisible();
  },
};

const looksFailing = mockApiStory({
  faults: [{ route: 'looks', status: 500, times: Number.POSITIVE_INFINITY }],
});
export const LooksFailToLoad: Story = {
  beforeEach: looksFailing.beforeEach,
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const { character, look } = await findLook(looksFailing.dataset(), () => true);
    await expandCharacter(context, character, []);
    const row = await context.canvas.findByText(
      /Could not load the looks of this avatar\./,
      {},
      AFTER_RETRIES,
    );
    looksFailing.api().faults.clear();
    const retry = within(row.closest('[role="row"]') as HTMLElement).getByRole('button', {
      name: 'Retry',
    });
    await userEvent.click(retry);
    await expect(await waitForCell(canvasElement, look.avatar_id)).toBeVisible();
  },
};
