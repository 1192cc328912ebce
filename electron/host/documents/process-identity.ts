/**
 * Whether the process that wrote a lock file is still running. A process id alone is not
 * enough: once a process dies its id is handed out again, and on Linux even a thread of an
 * unrelated program answers `kill(id, 0)`. So on Linux the lock also records when its
 * writer started (in clock ticks since boot, which no clock correction can move), and a
 * running id only counts when it is a whole process that started at that very tick.
 */
import { readFileSync } from 'node:fs';
import { errorCode } from './io-errors';

const isLinux = process.platform === 'linux';

/** When this process started, in clock ticks since boot (Linux only; null elsewhere). */
export const ownProcessStart: string | null = isLinux ? (readLinuxProcess('self')?.startTicks ?? null) : null;

/**
 * True while the process `pid` that wrote a lock (recording `processStart`, when known) is
 * still running. Where it cannot tell, it answers true: a stale lock the facilitator has to
 * take over is a nuisance, a live one treated as stale would let two windows write.
 */
export function lockWriterIsRunning(pid: number, processStart: string | undefined): boolean {
  if (!idIsInUse(pid)) return false;
  if (!isLinux) return true;
  const running = readLinuxProcess(String(pid));
  if (running === null) return true;
  // Killed and not yet reaped by its parent: it will never write again.
  if (running.state === 'Z' || running.state === 'X') return false;
  // The id now belongs to a thread of some other program.
  if (running.threadGroupId !== String(pid)) return false;
  // The id now belongs to a process that started later than the lock's writer did.
  return processStart === undefined || running.startTicks === processStart;
}

function idIsInUse(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
}

interface LinuxProcess {
  readonly state: string;
  readonly threadGroupId: string;
  readonly startTicks: string;
}

function readLinuxProcess(id: string): LinuxProcess | null {
  try {
    const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = fields[0] ?? ''; // Field 3 of the whole line.
    const startTicks = fields[19]; // Field 22 of the whole line: starttime.
    const status = readFileSync(`/proc/${id}/status`, 'utf8');
    const threadGroupId = /^Tgid:\s*(\d+)$/m.exec(status)?.[1];
    if (startTicks === undefined || threadGroupId === undefined) return null;
    return { state, threadGroupId, startTicks };
  } catch {
    return null;
  }
}
