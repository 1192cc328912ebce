import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const serveEntry = fileURLToPath(new URL('../../../out/main/serve.js', import.meta.url));

/** A running browser shell (`node out/main/serve.js`) on a free loopback port. */
export interface BrowserShell {
  /** The address it printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly output: string[];
  stop(): Promise<void>;
}

/**
 * Starts the real browser shell over `dataDirectory` and waits for the address line it
 * prints. Fails with the shell's own output if it does not start.
 */
export async function startBrowserShell(
  dataDirectory: string,
  options: { readonly extraArguments?: readonly string[] } = {},
): Promise<BrowserShell> {
  const child: ChildProcess = spawn(
    process.execPath,
    [serveEntry, '--port', '0', '--data-dir', dataDirectory, ...(options.extraArguments ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Every phone context of these tests is 127.0.0.1: the room lifts its per-address limits.
      env: { ...process.env, READYROOM_TEST_SHARED_ADDRESS: '1' },
    },
  );
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(
      () => reject(new Error(`The browser shell did not start:\n${output.join('')}`)),
      20_000,
    );
    lines.on('line', (line) => {
      output.push(line);
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser shell exited with code ${code}:\n${output.join('\n')}`));
    });
  });

  return {
    url,
    origin: new URL(url).origin,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
