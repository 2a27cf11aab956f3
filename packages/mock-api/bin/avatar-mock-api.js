#!/usr/bin/env node
// Committed rather than built, so pnpm can link the bin on a fresh install before `dist/` exists.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'avatar-mock-api: the CLI is not built yet. Run `pnpm --filter @avatar-picker/mock-api build`, or `pnpm mock-api` from the workspace root.',
  );
  process.exit(1);
}
await import(cli.href);
