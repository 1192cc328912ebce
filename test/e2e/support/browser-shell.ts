import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { serialiseWorkshop, type Workshop } from '../../../shared/workshop';
import { makeTemporaryDirectory } from '../../support/temporary-directory';

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

/** What {@link aFreshShellForEachTest} and {@link aShellOverALibrary} hand a test file. */
export interface FreshShell {
  /** The shell of the running test. */
  readonly shell: BrowserShell;
  /** Its data folder (settings, and the library in `workshops/`). */
  readonly dataPath: string;
}

/** Workshops to put in a library, by file name (`claims.readyroom`). */
export type LibraryFiles = Readonly<Record<string, Workshop>>;

/**
 * Writes `workshops` with the real file writer into the library folder of `dataPath`
 * (`workshops/`, made if missing), where the shell lists them. Returns the library folder.
 */
export function writeToLibrary(dataPath: string, workshops: LibraryFiles): string {
  const library = path.join(dataPath, 'workshops');
  mkdirSync(library, { recursive: true });
  for (const [fileName, workshop] of Object.entries(workshops))
    writeFileSync(path.join(library, fileName), serialiseWorkshop(workshop));
  return library;
}

/**
 * Gives every test of the calling file its own browser shell over an empty data folder,
 * stopped and removed after the test. Call it at the top level of a test file.
 */
export function aFreshShellForEachTest(): FreshShell {
  return shellBetween(
    (run) => test.beforeEach(run),
    (run) => test.afterEach(run),
    {},
  );
}

/**
 * One browser shell for the whole calling file (or `test.describe` block) over a library
 * holding `workshops`, written before it starts; stopped and removed after the last test.
 * Call it at the top level of the file or the block.
 */
export function aShellOverALibrary(workshops: LibraryFiles): FreshShell {
  return shellBetween(
    (run) => test.beforeAll(run),
    (run) => test.afterAll(run),
    workshops,
  );
}

type Hook = (run: () => Promise<void>) => void;

function shellBetween(before: Hook, after: Hook, workshops: LibraryFiles): FreshShell {
  let data: ReturnType<typeof makeTemporaryDirectory> | null = null;
  let shell: BrowserShell | null = null;
  before(async () => {
    data = makeTemporaryDirectory();
    if (Object.keys(workshops).length > 0) writeToLibrary(data.path, workshops);
    shell = await startBrowserShell(data.path);
  });
  after(async () => {
    await shell?.stop();
    data?.remove();
    shell = null;
    data = null;
  });
  const running = <Value>(value: Value | null): Value => {
    if (value === null) throw new Error('The browser shell runs only inside a test.');
    return value;
  };
  return {
    get shell() {
      return running(shell);
    },
    get dataPath() {
      return running(data).path;
    },
  };
}
