import { text } from '../../shared/text';
/** What `npm run serve -- …` was asked to do. */
export interface ServeArguments {
  readonly port: number;
  readonly dataDirectory: string | null;
  readonly open: boolean;
  /** Address for the voting room; the browser shell defaults to loopback. */
  readonly roomHost: string | null;
  readonly help: boolean;
}

export const SERVE_USAGE = text('host.serve.usage');

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
        throw new ServeArgumentError(text('host.serve.needsValue', { flag, usage: SERVE_USAGE }));
      }
      return value;
    };
    switch (flag) {
      case '--port': {
        const value = takeValue();
        const parsed = Number(value);
        if (!/^\d+$/.test(value) || parsed > 65535) {
          throw new ServeArgumentError(text('host.serve.badPort', { value }));
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
        throw new ServeArgumentError(
          text('host.serve.unknownOption', { option: argument, usage: SERVE_USAGE }),
        );
    }
  }
  return { port, dataDirectory, open, roomHost, help };
}
