import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WorkshopOpenRequests,
  workshopPathFromArgument,
  workshopPathsFromCommandLine,
} from './open-workshop-requests';

describe('workshop files on the command line (real files on disk)', () => {
  let folder: string;
  let plan: string;
  let second: string;
  let upperCase: string;
  let spaced: string;

  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'readyroom-file-open-'));
    mkdirSync(path.join(folder, 'workshops'));
    mkdirSync(path.join(folder, 'folder.readyroom'));
    plan = path.join(folder, 'workshops', 'q3-pilot.readyroom');
    second = path.join(folder, 'claims.readyroom');
    upperCase = path.join(folder, 'SHOUTY.READYROOM');
    spaced = path.join(folder, 'workshops', 'Claims pilot – Q3 (final).readyroom');
    for (const file of [plan, second, upperCase, spaced]) writeFileSync(file, '{}');
    writeFileSync(path.join(folder, 'notes.txt'), 'not a workshop');
    writeFileSync(path.join(folder, 'plan.readyroom.bak'), '{}');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const at = (workingDirectory: string) => ({ workingDirectory });

  it('finds the file of a packaged first launch (exe path, then the double-clicked file)', () => {
    expect(workshopPathsFromCommandLine(['/opt/ReadyRoom/readyroom', plan], at('/'))).toEqual([plan]);
  });

  it('ignores the Electron binary and app folder of a development launch', () => {
    const argv = ['/repo/node_modules/electron/dist/electron', '.', '/repo/out/main/index.js'];
    expect(workshopPathsFromCommandLine(argv, at(folder))).toEqual([]);
    expect(workshopPathsFromCommandLine([...argv, plan], at(folder))).toEqual([plan]);
  });

  it('skips Electron, Chromium and macOS switches wherever they sit', () => {
    const argv = [
      'C:\\Program Files\\ReadyRoom\\ReadyRoom.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13361234567890123',
      '--inspect=9229',
      '-psn_0_12345',
      plan,
      '--enable-features=Foo',
      second,
    ];
    expect(workshopPathsFromCommandLine(argv, at(folder))).toEqual([plan, second]);
  });

  it('does not mistake a switch whose value looks like a workshop for a file to open', () => {
    expect(workshopPathsFromCommandLine(['app', `--log-file=${plan}`, `-o${plan}`], at(folder))).toEqual([]);
  });

  it('treats everything after a bare -- as a path, even with a leading dash', () => {
    const dashed = path.join(folder, '-dashed.readyroom');
    writeFileSync(dashed, '{}');
    expect(workshopPathsFromCommandLine(['app', '-dashed.readyroom'], at(folder))).toEqual([]);
    expect(workshopPathsFromCommandLine(['app', '--', '-dashed.readyroom'], at(folder))).toEqual([dashed]);
  });

  it("resolves relative paths against the launch's working directory, not ours", () => {
    expect(
      workshopPathsFromCommandLine(['app', 'q3-pilot.readyroom'], at(path.join(folder, 'workshops'))),
    ).toEqual([plan]);
    expect(workshopPathsFromCommandLine(['app', './workshops/../claims.readyroom'], at(folder))).toEqual([
      second,
    ]);
    expect(workshopPathsFromCommandLine(['app', 'q3-pilot.readyroom'], at(folder))).toEqual([]);
  });

  it('accepts file:// URLs (Linux desktop files pass %U) and odd but valid names', () => {
    expect(workshopPathsFromCommandLine(['app', pathToFileURL(spaced).toString()], at('/'))).toEqual([
      spaced,
    ]);
    expect(workshopPathsFromCommandLine(['app', upperCase], at('/'))).toEqual([upperCase]);
    expect(workshopPathsFromCommandLine(['app', 'file://server/share/x.readyroom'], at('/'))).toEqual([]);
  });

  it('refuses other extensions, missing files, folders and empty arguments', () => {
    const argv = [
      'app',
      path.join(folder, 'notes.txt'),
      path.join(folder, 'plan.readyroom.bak'),
      path.join(folder, 'missing.readyroom'),
      path.join(folder, 'folder.readyroom'),
      '',
      '   ',
      '.readyroom',
    ];
    expect(workshopPathsFromCommandLine(argv, at(folder))).toEqual([]);
  });

  it('lists each file once, in the order given', () => {
    const argv = ['app', second, plan, second, 'claims.readyroom'];
    expect(workshopPathsFromCommandLine(argv, at(folder))).toEqual([second, plan]);
  });

  it('checks macOS open-file paths the same way', () => {
    expect(workshopPathFromArgument(plan, at('/'))).toBe(plan);
    expect(workshopPathFromArgument(path.join(folder, 'notes.txt'), at('/'))).toBeNull();
  });
});

describe('workshop files on a Windows command line', () => {
  const existing = new Set([
    'C:\\Users\\sam\\Documents\\ReadyRoom\\Q3 pilot.readyroom',
    'D:\\shared\\claims.readyroom',
  ]);
  const windows = {
    workingDirectory: 'C:\\Users\\sam\\Documents\\ReadyRoom',
    pathFlavour: path.win32,
    isFile: (candidate: string) => existing.has(candidate),
  };

  it('resolves drive-absolute and relative paths with Windows rules', () => {
    const argv = [
      'C:\\Program Files\\ReadyRoom\\ReadyRoom.exe',
      '--original-process-start-time=133612345',
      'Q3 pilot.readyroom',
      'D:/shared/claims.readyroom',
      'C:\\Windows\\notepad.exe',
      'E:\\gone.readyroom',
    ];
    expect(workshopPathsFromCommandLine(argv, windows)).toEqual([
      'C:\\Users\\sam\\Documents\\ReadyRoom\\Q3 pilot.readyroom',
      'D:\\shared\\claims.readyroom',
    ]);
    expect(
      workshopPathsFromCommandLine(['x.exe', '..\\..\\..\\..\\shared\\claims.readyroom'], windows),
    ).toEqual([]);
    expect(
      workshopPathsFromCommandLine(['x.exe', 'D:\\shared\\..\\shared\\claims.readyroom'], windows),
    ).toEqual(['D:\\shared\\claims.readyroom']);
  });
});

describe('WorkshopOpenRequests', () => {
  it('holds requests made before the window is ready and delivers them in order once it is', () => {
    const requests = new WorkshopOpenRequests();
    requests.request(['/a.readyroom']);
    requests.request(['/b.readyroom', '/a.readyroom']);
    expect(requests.pending).toEqual(['/a.readyroom', '/b.readyroom']);
    const delivered: string[] = [];
    requests.attach((workshopPath) => {
      delivered.push(workshopPath);
      return true;
    });
    expect(delivered).toEqual(['/a.readyroom', '/b.readyroom']);
    expect(requests.pending).toEqual([]);
    requests.request(['/c.readyroom']);
    expect(delivered).toEqual(['/a.readyroom', '/b.readyroom', '/c.readyroom']);
  });

  it('queues again while the window reloads, and keeps what the receiver could not take', () => {
    const requests = new WorkshopOpenRequests();
    const delivered: string[] = [];
    let accepting = false;
    requests.attach((workshopPath) => {
      if (!accepting) return false;
      delivered.push(workshopPath);
      return true;
    });
    requests.request(['/a.readyroom']);
    expect(requests.pending).toEqual(['/a.readyroom']);
    requests.detach();
    requests.request(['/b.readyroom']);
    accepting = true;
    expect(delivered).toEqual([]);
    requests.attach((workshopPath) => {
      delivered.push(workshopPath);
      return true;
    });
    expect(delivered).toEqual(['/a.readyroom', '/b.readyroom']);
  });
});
