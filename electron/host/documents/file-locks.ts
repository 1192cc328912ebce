/**
 * Who may write a workshop file. One session (a window or browser tab) holds a file while
 * it has it open, so there is never a silent last-writer-wins:
 *
 * - within this process, a map from file to session;
 * - across processes, a lock file `<file>.lock` holding `{ pid, hostname, sessionId, since }`
 *   (plus, on Linux, `processStart`: see process-identity.ts). A lock whose process has died
 *   (same computer) is stale and reclaimed.
 */
import { readFile, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ConflictDetails } from '../../../shared/host-api/documents-contract';
import { HostError } from '../../../shared/host-api/errors';
import { writeFileViaRename, writeNewFileExclusively } from './atomic-file';
import { describeMoment } from './file-names';
import { errorCode } from './io-errors';
import { lockWriterIsRunning, ownProcessStart } from './process-identity';
import { text } from '../../../shared/text';

/** What a lock file says. */
export const LockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  sessionId: z.string(),
  since: z.string(),
  /** When the writing process started, in clock ticks since boot (Linux). */
  processStart: z.string().optional(),
});
/** What a lock file says. */
export type LockOwner = z.infer<typeof LockOwnerSchema>;

/** The lock file of a workshop file. */
export function lockPathOf(filePath: string): string {
  return `${filePath}.lock`;
}

interface Hold {
  readonly sessionId: string;
  readonly since: Date;
  /** The service that took the hold, so each service releases only its own. */
  readonly holder: object;
}

/**
 * Holds of every document service in this process. Module-wide on purpose: two services in
 * one process (tests, or a second shell) must see each other's holds, because a lock file
 * written by this process id cannot tell them apart.
 */
const holdsInThisProcess = new Map<string, Hold>();

/** The key of a file in maps of files: case-insensitive where the file system usually is. */
export function fileKey(filePath: string): string {
  const resolved = path.resolve(filePath);
  return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

/** Where the other holder is, for messages. */
type Elsewhere =
  | { readonly kind: 'window'; readonly since: Date }
  | { readonly kind: 'computer'; readonly hostname: string; readonly since: Date };

type LockOnDisk =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'owner'; readonly owner: LockOwner };

/** What taking a hold found. */
export interface AcquiredHold {
  /**
   * True when no other live process or session was using the file, so anything a previous
   * writer left behind (temporary files of a killed save) may be cleaned up.
   */
  readonly previousWriterGone: boolean;
}

/** Holds and lock files of one document service. */
export class FileLocks {
  readonly #identity = {};
  readonly #hostname = os.hostname();

  /** The session holding `filePath` in this process, if any. */
  holderOf(filePath: string): string | undefined {
    return holdsInThisProcess.get(fileKey(filePath))?.sessionId;
  }

  /**
   * Lets `sessionId` hold `filePath`. Refuses with a `conflict` when another session or
   * another ReadyRoom has it, unless `takeOver` (then the other one stops saving).
   */
  async acquire(filePath: string, sessionId: string, takeOver: boolean): Promise<AcquiredHold> {
    const key = fileKey(filePath);
    const local = holdsInThisProcess.get(key);
    if (local !== undefined && local.sessionId !== sessionId && !takeOver) {
      throw openElsewhereError(filePath, { kind: 'window', since: local.since });
    }
    let previousWriterGone = local === undefined;
    const lockPath = lockPathOf(filePath);
    for (let attempt = 0; ; attempt += 1) {
      const onDisk = await readLock(lockPath);
      if (
        onDisk.kind === 'owner' &&
        !this.#writtenByThisProcess(onDisk.owner) &&
        this.#isLive(onDisk.owner)
      ) {
        if (!takeOver) throw openElsewhereError(filePath, this.#elsewhere(onDisk.owner));
        previousWriterGone = false;
      }
      const since = new Date();
      const content = this.#lockContent(sessionId, since);
      try {
        if (onDisk.kind === 'none') {
          // Exclusive create: of two ReadyRooms opening a free file at once, one wins.
          await writeNewFileExclusively(lockPath, content, { durable: false });
        } else {
          await writeFileViaRename(lockPath, content);
        }
      } catch (error) {
        if (errorCode(error) === 'EEXIST' && attempt < 2) continue;
        throw error;
      }
      holdsInThisProcess.set(key, { sessionId, since, holder: this.#identity });
      return { previousWriterGone };
    }
  }

  /**
   * Checks, before a save, that `sessionId` still holds `filePath`. A session whose hold
   * lapsed (the host restarted) gets it back if nobody else took the file meanwhile; the
   * revision check still guards the content.
   */
  async confirm(filePath: string, sessionId: string): Promise<void> {
    const key = fileKey(filePath);
    const local = holdsInThisProcess.get(key);
    if (local === undefined) {
      await this.acquire(filePath, sessionId, false).catch((error: unknown) => {
        throw error instanceof HostError && error.code === 'conflict'
          ? takenOverError(filePath, (error.details as { elsewhere?: Elsewhere } | undefined)?.elsewhere)
          : error;
      });
      return;
    }
    if (local.sessionId !== sessionId) {
      throw takenOverError(filePath, { kind: 'window', since: local.since });
    }
    const lockPath = lockPathOf(filePath);
    const onDisk = await readLock(lockPath);
    if (onDisk.kind === 'owner') {
      if (this.#writtenByThisProcess(onDisk.owner) && onDisk.owner.sessionId === sessionId) return;
      if (!this.#writtenByThisProcess(onDisk.owner) && this.#isLive(onDisk.owner)) {
        holdsInThisProcess.delete(key);
        throw takenOverError(filePath, this.#elsewhere(onDisk.owner));
      }
    }
    // The lock file is missing, unreadable or stale: put ours back.
    await writeFileViaRename(lockPath, this.#lockContent(sessionId, local.since));
  }

  /**
   * Refuses with a `conflict` when a session other than `sessionId` (in this process or
   * another) holds `filePath`: used before renaming, deleting or overwriting it.
   */
  async assertNotHeldByOthers(filePath: string, sessionId: string | null): Promise<void> {
    const local = holdsInThisProcess.get(fileKey(filePath));
    if (local !== undefined && local.sessionId !== sessionId) {
      throw openElsewhereError(filePath, { kind: 'window', since: local.since });
    }
    const onDisk = await readLock(lockPathOf(filePath));
    if (onDisk.kind === 'owner' && !this.#writtenByThisProcess(onDisk.owner) && this.#isLive(onDisk.owner)) {
      throw openElsewhereError(filePath, this.#elsewhere(onDisk.owner));
    }
  }

  /** Ends `sessionId`'s hold on `filePath` and removes its lock file; no-op otherwise. */
  async release(filePath: string, sessionId: string): Promise<void> {
    const key = fileKey(filePath);
    const local = holdsInThisProcess.get(key);
    if (local === undefined || local.sessionId !== sessionId) return;
    holdsInThisProcess.delete(key);
    const lockPath = lockPathOf(filePath);
    const onDisk = await readLock(lockPath);
    if (
      onDisk.kind === 'owner' &&
      this.#writtenByThisProcess(onDisk.owner) &&
      onDisk.owner.sessionId === sessionId
    ) {
      await unlink(lockPath).catch(() => undefined);
    }
  }

  /** Releases every hold this service took (on quit). */
  async releaseAll(): Promise<void> {
    const mine = [...holdsInThisProcess.entries()].filter(([, hold]) => hold.holder === this.#identity);
    for (const [key, hold] of mine) {
      await this.release(key, hold.sessionId);
    }
  }

  #lockContent(sessionId: string, since: Date): string {
    const owner: LockOwner = {
      pid: process.pid,
      hostname: this.#hostname,
      sessionId,
      since: since.toISOString(),
      ...(ownProcessStart === null ? {} : { processStart: ownProcessStart }),
    };
    return `${JSON.stringify(owner)}\n`;
  }

  /** Locks written by this process are judged by the hold map, which is always current. */
  #writtenByThisProcess(owner: LockOwner): boolean {
    return owner.pid === process.pid && owner.hostname === this.#hostname;
  }

  #isLive(owner: LockOwner): boolean {
    // A lock from another computer (a shared network folder) cannot be checked from here.
    if (owner.hostname !== this.#hostname) return true;
    return lockWriterIsRunning(owner.pid, owner.processStart);
  }

  #elsewhere(owner: LockOwner): Elsewhere {
    const since = new Date(owner.since);
    return owner.hostname === this.#hostname
      ? { kind: 'window', since }
      : { kind: 'computer', hostname: owner.hostname, since };
  }
}

/** Reads a lock file. Lock files are written whole (temp + rename), so an unreadable one is debris. */
async function readLock(lockPath: string): Promise<LockOnDisk> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  try {
    const owner = LockOwnerSchema.safeParse(JSON.parse(text));
    return owner.success ? { kind: 'owner', owner: owner.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

function openElsewhereError(filePath: string, elsewhere: Elsewhere): HostError {
  const details: ConflictDetails & { elsewhere: Elsewhere } = {
    reason: 'open-elsewhere',
    path: filePath,
    elsewhere,
  };
  const file = path.basename(filePath);
  const moment = describeMoment(elsewhere.since);
  const message =
    elsewhere.kind === 'window'
      ? text('host.documents.openInAnotherWindow', { file, moment })
      : text('host.documents.openOnAnotherComputer', { file, moment, computer: elsewhere.hostname });
  return new HostError('conflict', message, { ...details });
}

function takenOverError(filePath: string, elsewhere: Elsewhere | undefined): HostError {
  const details: ConflictDetails = { reason: 'open-elsewhere', path: filePath };
  const file = path.basename(filePath);
  const message =
    elsewhere === undefined
      ? text('host.documents.takenOver', { file })
      : elsewhere.kind === 'window'
        ? text('host.documents.takenOverByWindow', { file, moment: describeMoment(elsewhere.since) })
        : text('host.documents.takenOverByComputer', {
            file,
            moment: describeMoment(elsewhere.since),
            computer: elsewhere.hostname,
          });
  return new HostError('conflict', message, { ...details });
}
