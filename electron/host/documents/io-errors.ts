import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import type { MessageId } from '../../../shared/text';

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
  /** Completes "ReadyRoom could not …", e.g. `save "q3-pilot.readyroom"` (from `host.documents.doing.*`). */
  readonly doing: string;
  /** What is still safe, e.g. "The previously saved version is intact." */
  readonly stillSafe: string;
}

/** Why the disk said no and what to do, per file-system error code (messages of the catalogue). */
const reasons: Readonly<Record<string, { readonly what: MessageId; readonly advice: MessageId }>> = {
  ENOSPC: { what: 'host.disk.full', advice: 'host.disk.freeSpaceOnDisk' },
  EDQUOT: { what: 'host.disk.quotaUsedUp', advice: 'host.disk.freeSpace' },
  EACCES: { what: 'host.disk.permissionDenied', advice: 'host.disk.checkPermissions' },
  EPERM: { what: 'host.disk.inUseOrNotAllowed', advice: 'host.disk.waitOrCheckPermissions' },
  EBUSY: { what: 'host.disk.inUse', advice: 'host.disk.wait' },
  EROFS: { what: 'host.disk.readOnly', advice: 'host.disk.pickWritableFolder' },
  ENOENT: { what: 'host.disk.folderGone', advice: 'host.disk.checkFolderExists' },
  ENOTDIR: { what: 'host.disk.pathPartIsFile', advice: 'host.disk.checkLibraryFolder' },
  EISDIR: { what: 'host.disk.folderWithThatName', advice: 'host.disk.pickAnotherName' },
  EEXIST: { what: 'host.disk.nameInTheWay', advice: 'host.disk.checkLibraryFolderOrName' },
  EMFILE: { what: 'host.disk.tooManyOpen', advice: 'host.disk.closePrograms' },
  ENFILE: { what: 'host.disk.tooManyOpen', advice: 'host.disk.closePrograms' },
  EIO: { what: 'host.disk.readWriteError', advice: 'host.disk.tryAnotherDisk' },
  ENAMETOOLONG: { what: 'host.disk.pathTooLong', advice: 'host.disk.shorterName' },
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
  const reason = reasons[code];
  const message = text('host.disk.couldNot', {
    doing: action.doing,
    reason: reason === undefined ? text('host.disk.unexpected', { code }) : text(reason.what),
    stillSafe: action.stillSafe,
    advice: text(reason === undefined ? 'host.disk.tryLater' : reason.advice),
  });
  return new HostError('io-error', message, { code });
}
