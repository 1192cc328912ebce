/** What `npm run serve -- …` was asked to do. */
export interface ServeArguments {
  readonly port: number;
  readonly dataDirectory: string | null;
  readonly open: boolean;
  /** Address for the voting room; the browser shell defaults to loopback. */
  readonly roomHost: string | null;
  readonly help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [options]

  --port N            Port to listen on (0, the default, picks any free port)
  --data-dir DIR      Folder for settings and workshops (or set READYROOM_DATA_DIR)
  --room-host ADDR    Network address for the phone voting room (default 127.0.0.1)
  --open              Open the app in your default browser
  --help              Show this help`;

/** Thrown for arguments the browser shell cannot use; the message says what to fix. */
export class ServeArgumentError extends Error {
  override readonly name = 'ServeArgumentError';
}

/** Parses the browser shell's command line; `environment` supplies READYROOM_DATA_DIR. */
export function parseServeArguments(
  argv: readonly string[],
  environment: Readonly<Record<string, string | undefined>> = {},
): ServeArguments {
  let port = 0;
  let dataDirectory: string | null = environment.READYROOM_DATA_DIR || null;
  let open = false;
  let roomHost: string | null = null;
  let help = false;

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const [flag, inlineValue] = argument.includes('=')
      ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
      : [argument, undefined];
    const takeValue = (): string => {
      const value = inlineValue ?? argv[++index];
      if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
        throw new ServeArgumentError(`${flag} needs a value.\n\n${SERVE_USAGE}`);
      }
      return value;
    };
    switch (flag) {
      case '--port': {
        const value = takeValue();
        const parsed = Number(value);
        if (!/^\d+$/.test(value) || parsed > 65535) {
          throw new ServeArgumentError(
            `--port must be a whole number from 0 to 65535 (0 picks any free port); got "${value}".`,
          );
        }
        port = parsed;
        break;
      }
      case '--data-dir':
        dataDirectory = takeValue();
        break;
      case '--room-host':
        roomHost = takeValue();
        break;
      case '--open':
        open = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new ServeArgumentError(`ReadyRoom does not know the option "${argument}".\n\n${SERVE_USAGE}`);
    }
  }
  return { port, dataDirectory, open, roomHost, help };
}
