import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockWriterIsRunning, ownProcessStart } from './process-identity';

const onLinux = process.platform === 'linux';

describe('whether a lock writer is still running', () => {
  it('knows this process is running', () => {
    expect(lockWriterIsRunning(process.pid, ownProcessStart ?? undefined)).toBe(true);
  });

  it('knows a process that exited is not', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(lockWriterIsRunning(child.pid ?? 0, undefined)).toBe(false);
  });

  it.runIf(onLinux)('does not mistake a newer process that got the same id for the writer', () => {
    expect(ownProcessStart).toMatch(/^\d+$/);
    expect(lockWriterIsRunning(process.pid, `${ownProcessStart ?? ''}0`)).toBe(false);
  });

  it.runIf(onLinux)('does not mistake a thread that got the id for a process', () => {
    const threadId = readdirSync('/proc/self/task').find((id) => id !== String(process.pid));
    expect(threadId).toBeDefined();
    expect(lockWriterIsRunning(Number(threadId), undefined)).toBe(false);
  });
});
