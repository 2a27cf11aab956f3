import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args';

describe('parseCliArgs', () => {
  it('defaults to port 4010', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'start', options: { port: 4010 } });
  });

  it('reads every option, also after a pnpm "--" separator', () => {
    const argv = [
      '--port',
      '0',
      '--characters',
      '100000',
      '--seed',
      'demo',
      '--url-ttl',
      '5',
      '--latency',
      '250',
    ];
    const expected = {
      kind: 'start',
      options: { port: 0, characters: 100_000, seed: 'demo', urlTtlSeconds: 5, latencyMs: 250 },
    };
    expect(parseCliArgs(argv)).toEqual(expected);
    expect(parseCliArgs(['--', ...argv])).toEqual(expected);
    expect(parseCliArgs(['--port=4011'])).toEqual({ kind: 'start', options: { port: 4011 } });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be between 0 and 65535/],
    [['--port', '-1'], /--port/],
    [['--characters', '100001'], /--characters must be between 0 and 100000/],
    [['--characters', '2.5'], /--characters must be a whole number/],
    [['--url-ttl', '0'], /--url-ttl must be between 1/],
    [['--latency', '1e3'], /--latency must be a whole number/],
    [['--seed', ' '], /--seed must not be empty/],
    [['--port'], /argument missing/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['serve'], /Unexpected argument 'serve'/],
  ])('refuses %j with a clear message', (argv, message) => {
    const command = parseCliArgs(argv);
    expect(command.kind).toBe('error');
    expect(command.kind === 'error' && command.message).toMatch(message);
  });
});
