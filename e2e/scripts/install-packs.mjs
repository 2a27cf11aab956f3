#!/usr/bin/env node
// Installs the built packages into the consumer apps (Vite and Next.js) from their packed tarballs,
// exactly the files a user would get from the registry, so the e2e suite exercises `exports`,
// `files` and the built output rather than the sources. Run `pnpm build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packDir = join(root, 'e2e', '.packs');
const installDirs = ['app', 'next-app'].map((app) =>
  join(root, 'e2e', app, 'node_modules', '@avatar-picker'),
);
const PACKAGES = ['hooks', 'ui'];

function fail(message) {
  console.error(`install-packs: ${message}`);
  process.exit(1);
}

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

for (const name of PACKAGES) {
  const packageDir = join(root, 'packages', name);
  if (!existsSync(join(packageDir, 'dist'))) {
    fail(`packages/${name}/dist is missing: run \`pnpm build\` first.`);
  }
  execFileSync('pnpm', ['pack', '--pack-destination', packDir], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(packDir).find(
    (file) => file.startsWith(`avatar-picker-${name}-`) && file.endsWith('.tgz'),
  );
  if (tarball === undefined) fail(`pnpm pack left no tarball for @avatar-picker/${name}.`);
  for (const installDir of installDirs) {
    const target = join(installDir, name);
    // Fresh each time: a file deleted from the package must disappear from the app too.
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(packDir, tarball), '--strip-components=1', '-C', target]);
  }
  console.log(`install-packs: @avatar-picker/${name} <- e2e/.packs/${tarball}`);
}
