#!/usr/bin/env node
// `pnpm demo`: builds the packages, installs them into the consumer app from their tarballs, then
// runs the fake API and the app (with its key-holding proxy) until Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = Number(process.env.DEMO_API_PORT ?? 4010);
const appPort = Number(process.env.DEMO_APP_PORT ?? 4173);
const apiUrl = `http://127.0.0.1:${apiPort}`;
const appUrl = `http://127.0.0.1:${appPort}/`;
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 5_000;

/** Process group ids of the children still to stop. */
const groups = new Set();
let stopping = false;

/**
 * Each child leads a process group of its own, and stopping signals the whole group: pnpm 10
 * neither relays signals to what its scripts start nor waits for it, so signalling only the
 * child would leave servers holding their ports.
 */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { cwd: root, detached: true, ...options });
  groups.add(child.pid);
  return child;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    // ESRCH: no process is left in the group.
    return false;
  }
}

async function stopGroup(pgid) {
  const deadline = Date.now() + STOP_GRACE_MS;
  signalGroup(pgid, 'SIGTERM');
  while (signalGroup(pgid, 0)) {
    if (Date.now() > deadline) {
      signalGroup(pgid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  groups.delete(pgid);
}

/** Stops every child and waits until their groups are gone, so the ports are free on return. */
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await Promise.all([...groups].map(stopGroup));
  process.exit(exitCode);
}

/** A build step, in the foreground; a failure stops the demo. */
async function run(command, args) {
  const child = spawnGroup(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const [code, signal] = await once(child, 'exit');
  groups.delete(child.pid);
  if (stopping) return;
  if (code !== 0) {
    console.error(`demo: ${command} ${args.join(' ')} failed (${signal ?? `code ${code}`}).`);
    await stop(1);
  }
}

function start(label, args, env = {}) {
  const child = spawnGroup('pnpm', args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Once stopping, pnpm's complaint that its script was terminated is noise.
  const forward = (target) => (chunk) => {
    if (!stopping) target.write(`[${label}] ${chunk}`);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`demo: ${label} exited (${signal ?? `code ${code}`}); stopping.`);
    void stop(1);
  });
}

async function waitForHttp(url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

// Both may arrive twice (from the terminal and relayed by pnpm); `stop` runs once.
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// A crash cannot wait for the children, but must not leave them running either.
process.on('exit', () => {
  for (const pgid of groups) signalGroup(pgid, 'SIGTERM');
});

await run('pnpm', ['build']);
await run('node', ['e2e/scripts/install-packs.mjs']);
await run('pnpm', ['exec', 'vite', 'build', 'e2e/app', '--logLevel', 'warn']);

if (!stopping) {
  start('fake API', ['mock-api', '--port', String(apiPort)]);
  start(
    'app',
    [
      'exec',
      'vite',
      'preview',
      'e2e/app',
      '--host',
      '127.0.0.1',
      '--port',
      String(appPort),
      '--strictPort',
    ],
    // The fake accepts only its demo keys, whatever key the shell may hold for the real API.
    { AGENTHUMAN_API_URL: apiUrl, AGENTHUMAN_API_KEY: 'demo-key' },
  );
  try {
    await waitForHttp(`${apiUrl}/v1/avatars`);
    await waitForHttp(appUrl);
    if (!stopping) {
      console.log(
        `\nDemo app: ${appUrl}  (its proxy: ${appUrl}api/avatars, e.g. ${appUrl}api/avatars/v1/avatars;` +
          ` fake API: ${apiUrl}; Ctrl-C stops both)\n`,
      );
    }
  } catch (error) {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
