import { parseCliArgs, USAGE } from './cli/parse-cli-args';
import { startMockServer } from './node/start-mock-server';

async function main(): Promise<void> {
  const command = parseCliArgs(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (command.kind === 'error') {
    console.error(`mock-api: ${command.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer(command.options);
  } catch (error) {
    console.error(`mock-api: could not start: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Mock avatar API listening on ${server.url}`);
  console.log(`Try: curl -H 'x-api-key: demo-key' ${server.url}/v1/avatars`);
  let stopping = false;
  // Ctrl-C reaches us twice under `pnpm mock-api` (from the terminal and relayed by pnpm); the
  // second must not kill the process by default action while the port is being closed.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
