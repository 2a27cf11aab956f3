import { describe, expect, it } from 'vitest';
import { browserPreviewEnvironment } from './browser-preview-environment';

function fakeWindow(options: { reduce?: boolean; saveData?: boolean; hidden?: boolean }) {
  return {
    matchMedia: (query: string) => ({
      matches: query.includes('reduce') && options.reduce === true,
    }),
    navigator: { connection: { saveData: options.saveData } },
    document: { visibilityState: options.hidden ? 'hidden' : 'visible' },
  } as unknown as Window;
}

describe('browserPreviewEnvironment', () => {
  it('reads reduced motion, save-data and page visibility', () => {
    const env = browserPreviewEnvironment(
      fakeWindow({ reduce: true, saveData: true, hidden: true }),
    );
    expect([env.prefersReducedMotion(), env.saveData(), env.isHidden()]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('allows previews by default', () => {
    const env = browserPreviewEnvironment(fakeWindow({}));
    expect([env.prefersReducedMotion(), env.saveData(), env.isHidden()]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('treats a browser without matchMedia or connection info as allowing previews', () => {
    const env = browserPreviewEnvironment({
      navigator: {},
      document: { visibilityState: 'visible' },
    } as unknown as Window);
    expect(env.prefersReducedMotion()).toBe(false);
    expect(env.saveData()).toBe(false);
  });
});
