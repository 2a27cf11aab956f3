import { parseArgs } from 'node:util';
import { MAX_CHARACTERS } from '../resolve-options';

export interface CliOptions {
  port: number;
  characters?: number;
  seed?: string;
  urlTtlSeconds?: number;
  latencyMs?: number;
}

export type CliCommand =
  | { kind: 'start'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: mock-api [--port 4010] [--characters N] [--seed S] [--url-ttl SECONDS] [--latency MS]

  --port        port on 127.0.0.1, 0 picks a free one (default 4010)
  --characters  characters in the demo account, 0..${MAX_CHARACTERS} (default 24)
  --seed        dataset seed, any text (default 1)
  --url-ttl     lifetime of signed video URLs in seconds (default 3600)
  --latency     delay added to every API response in ms (default 0)`;

const MAX_LATENCY_MS = 60_000;
const MAX_TTL_SECONDS = 365 * 86_400;

function integerInRange(flag: string, text: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(text)) return `--${flag} must be a whole number, got "${text}"`;
  const value = Number(text);
  if (value < min || value > max)
    return `--${flag} must be between ${min} and ${max}, got ${value}`;
  return value;
}

/** Turns argv into a command; never throws and never exits, so it can be tested as a function. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  // `pnpm mock-api -- --port 1` passes the separator through.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const options: CliOptions = { port: 4010 };
  const numeric = [
    ['port', 0, 65_535],
    ['characters', 0, MAX_CHARACTERS],
    ['url-ttl', 1, MAX_TTL_SECONDS],
    ['latency', 0, MAX_LATENCY_MS],
  ] as const;
  for (const [flag, min, max] of numeric) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = integerInRange(flag, text, min, max);
    if (typeof value === 'string') return { kind: 'error', message: value };
    if (flag === 'port') options.port = value;
    if (flag === 'characters') options.characters = value;
    if (flag === 'url-ttl') options.urlTtlSeconds = value;
    if (flag === 'latency') options.latencyMs = value;
  }
  if (values.seed !== undefined) {
    if (values.seed.trim() === '') return { kind: 'error', message: '--seed must not be empty' };
    options.seed = values.seed;
  }
  return { kind: 'start', options };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      characters: { type: 'string' },
      seed: { type: 'string' },
      'url-ttl': { type: 'string' },
      latency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
