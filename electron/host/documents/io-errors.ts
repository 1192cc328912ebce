import { HostError } from '../../../shared/host-api/errors';

/** The `code` of a Node file-system error (`ENOSPC`, `EACCES`…), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** What the facilitator was doing when the disk said no, for the error message. */
export interface FileAction {
  /** Completes "ReadyRoom could not …", e.g. `save "q3-pilot.readyroom"`. */
  readonly doing: string;
  /** What is still safe, e.g. "The previously saved version is intact." */
  readonly stillSafe: string;
}

const reasons: Readonly<Record<string, { readonly what: string; readonly advice: string }>> = {
  ENOSPC: { what: 'the disk is full', advice: 'Free some space on the disk, then try again.' },
  EDQUOT: { what: 'your disk quota is used up', advice: 'Free some space, then try again.' },
  EACCES: {
    what: 'this computer does not allow ReadyRoom to change files there (permission denied)',
    advice:
      'Check that the folder is not read-only and that you may change it, or pick another library folder in Settings, then try again.',
  },
  EPERM: {
    what: 'the file is in use by another program, or ReadyRoom is not allowed to change it',
    advice:
      'Wait a moment (a backup, sync or antivirus tool may be reading it) and try again; if it keeps failing, check the folder permissions.',
  },
  EBUSY: {
    what: 'the file is in use by another program (for example a backup, sync or antivirus tool)',
    advice: 'Wait a moment and try again.',
  },
  EROFS: {
    what: 'the disk is read-only',
    advice: 'Pick a library folder on a disk you can write to in Settings, then try again.',
  },
  ENOENT: {
    what: 'its folder is no longer there',
    advice:
      'Check that the folder still exists (and that a USB or network drive is connected), then try again.',
  },
  ENOTDIR: {
    what: 'part of its folder path is a file, not a folder',
    advice: 'Check the library folder in Settings, then try again.',
  },
  EISDIR: {
    what: 'there is a folder with that name',
    advice: 'Pick another name or place, then try again.',
  },
  EEXIST: {
    what: 'something with that name is already in the way',
    advice:
      'Check the library folder in Settings (it must be a folder), or choose another name, then try again.',
  },
  EMFILE: { what: 'too many files are open at once', advice: 'Close some programs, then try again.' },
  ENFILE: { what: 'too many files are open at once', advice: 'Close some programs, then try again.' },
  EIO: {
    what: 'the disk reported a read or write error',
    advice: 'Try again; if it keeps failing, save a copy on another disk and check this one.',
  },
  ENAMETOOLONG: {
    what: 'the file path is too long for this computer',
    advice: 'Use a shorter name or a folder nearer the top of the disk.',
  },
};

/**
 * Turns a file-system error into a `HostError('io-error')` that says what happened, that
 * the previous version is safe, and what to do. Anything that is not a file-system error
 * (a bug) is passed through unchanged so the dispatcher reports it as internal.
 */
export function toIoError(error: unknown, action: FileAction): unknown {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  const reason = reasons[code] ?? {
    what: `the computer reported an unexpected problem (${code})`,
    advice: 'Try again in a moment.',
  };
  return new HostError(
    'io-error',
    `ReadyRoom could not ${action.doing} because ${reason.what}. ${action.stillSafe} ${reason.advice}`,
    { code },
  );
}
