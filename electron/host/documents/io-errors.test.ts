import { describe, expect, it } from 'vitest';
import { HostError } from '../../../shared/host-api/errors';
import { toIoError } from './io-errors';

const saving = { doing: 'save "q3-pilot.readyroom"', stillSafe: 'The previously saved version is intact.' };

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: something low-level, write '/home/dana/x'`), { code });
}

describe('disk errors in words for the facilitator', () => {
  it.each([
    ['ENOSPC', 'the disk is full', 'Free some space'],
    ['EACCES', 'permission denied', 'Check that the folder is not read-only'],
    ['EPERM', 'in use by another program', 'Wait a moment'],
    ['EBUSY', 'in use by another program', 'Wait a moment'],
    ['EROFS', 'the disk is read-only', 'Pick a library folder'],
    ['EIO', 'read or write error', 'save a copy on another disk'],
    ['EWEIRD', 'unexpected problem (EWEIRD)', 'Try again'],
  ])('%s says what happened, that the saved version is safe, and what to do', (code, what, advice) => {
    const error = toIoError(systemError(code), saving);
    expect(error).toBeInstanceOf(HostError);
    const { code: hostCode, message, details } = error as HostError;
    expect(hostCode).toBe('io-error');
    expect(message).toMatch(/^ReadyRoom could not save "q3-pilot\.readyroom" because /);
    expect(message).toContain(what);
    expect(message).toContain('The previously saved version is intact.');
    expect(message).toContain(advice);
    expect(message).not.toContain('/home/dana');
    expect(details).toEqual({ code });
  });

  it('passes on errors that are not about the disk, and HostErrors as they are', () => {
    const bug = new TypeError('undefined is not a function');
    expect(toIoError(bug, saving)).toBe(bug);
    const conflict = new HostError('conflict', 'open elsewhere');
    expect(toIoError(conflict, saving)).toBe(conflict);
  });
});
