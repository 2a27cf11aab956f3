#!/usr/bin/env node
// `pnpm demo`: builds the packages, installs them into the consumer app from their tarballs, then
// runs the fake API and the app (with its key-holding proxy) until Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = Number(process.env.DEMO_API_PORT ?? 4010);
const appPort = Number(process.env.DEMO_APP_PORT ?? 4173);
const apiUrl = `http://127.0.0.1:${apiPort}`;
const appUrl = `http://127.0.0.1:${appPort}/`;
const READY_TIMEOUT_MS = 120_000;

const children = new Set();
let stopping = false;

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function start(label, args, env = {}) {
  // Own process group, so stopping it also stops what pnpm started underneath.
  const child = spawn('pnpm', args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  // Once stopping, pnpm's complaint that its script was terminated is noise.
  const forward = (target) => (chunk) => {
    if (!stopping) target.write(`[${label}] ${chunk}`);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`demo: ${label} exited (${signal ?? `code ${code}`}); stopping.`);
      stop(1);
    }
  });
  return child;
}

function stop(exitCode) {
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exitCode = exitCode;
}

async function waitForHttp(url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// Whatever ends this script, the servers must not outlive it.
process.on('exit', () => {
  if (!stopping) stop(process.exitCode ?? 0);
});

run('pnpm', ['build']);
run('node', ['e2e/scripts/install-packs.mjs']);
run('pnpm', ['exec', 'vite', 'build', 'e2e/app', '--logLevel', 'warn']);

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
  { AVATAR_UPSTREAM: apiUrl, AGENTHUMAN_API_KEY: 'demo-key' },
);

try {
  await waitForHttp(`${apiUrl}/v1/avatars`);
  await waitForHttp(appUrl);
  if (!stopping) console.log(`\nDemo app: ${appUrl}  (fake API: ${apiUrl}; Ctrl-C stops both)\n`);
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  stop(1);
}
