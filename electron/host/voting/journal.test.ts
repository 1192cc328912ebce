import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { findOpenRoundJournal, journalPath, readRoundJournal, RoundJournal } from './journal';
import type { AppendedRecord, BallotRecord, RoundRecord } from './journal-records';

let folder: ReturnType<typeof makeTemporaryDirectory>;
beforeEach(() => {
  folder = makeTemporaryDirectory('readyroom-journal-');
  mkdirSync(path.join(folder.path, 'voting'));
});
afterEach(() => folder.remove());

function roundRecord(roundId: string, openedAt = '2026-03-01T10:00:00.000Z'): RoundRecord {
  return {
    type: 'round',
    roundId,
    number: 1,
    questionIds: ['ownership', 'data'],
    mode: 'phones',
    openedAt,
    closesAt: null,
  };
}

function ballot(index: number): BallotRecord {
  return {
    type: 'ballot',
    id: `ballot-${index}`,
    voterKey: `device:phone-${index}`,
    voter: { kind: 'device', deviceId: `phone-${index}` },
    questionId: index % 2 === 0 ? 'ownership' : 'data',
    answer: 'yes',
    castAt: '2026-03-01T10:01:00.000Z',
  };
}

describe('the round journal', () => {
  it('has a ballot on the disk by the time its append resolves', async () => {
    const filePath = journalPath(folder.path, 'round-1');
    const journal = await RoundJournal.create(filePath, roundRecord('round-1'), () => undefined);
    await journal.append(ballot(1));
    const lines = readFileSync(filePath, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as { type: string }).map((record) => record.type)).toEqual([
      'round',
      'ballot',
    ]);
    await journal.close();
  });

  it('commits concurrent ballots together, in order, telling onCommit before acknowledging', async () => {
    const committed: AppendedRecord[] = [];
    let acknowledgedBeforeCommit = 0;
    const journal = await RoundJournal.create(
      journalPath(folder.path, 'round-1'),
      roundRecord('round-1'),
      (record) => committed.push(record),
    );
    const ballots = Array.from({ length: 500 }, (_, index) => ballot(index));
    await Promise.all(
      ballots.map((record) =>
        journal.append(record).then(() => {
          if (!committed.includes(record)) acknowledgedBeforeCommit += 1;
        }),
      ),
    );
    expect(acknowledgedBeforeCommit).toBe(0);
    expect(committed).toEqual(ballots);
    const contents = await readRoundJournal(journal.filePath);
    expect(contents?.records).toEqual(ballots);
    await journal.close();
  });

  it('recovers after a crash that tore the last line: acknowledged ballots kept, the torn one dropped', async () => {
    const filePath = journalPath(folder.path, 'round-1');
    const journal = await RoundJournal.create(filePath, roundRecord('round-1'), () => undefined);
    for (let index = 0; index < 5; index += 1) await journal.append(ballot(index));
    // The process dies mid-write: no close, half a line on the disk.
    appendFileSync(filePath, JSON.stringify(ballot(99)).slice(0, 40));

    const found = await findOpenRoundJournal(folder.path);
    expect(found?.round.roundId).toBe('round-1');
    expect(found?.records.map((record) => (record.type === 'ballot' ? record.id : 'closed'))).toEqual([
      'ballot-0',
      'ballot-1',
      'ballot-2',
      'ballot-3',
      'ballot-4',
    ]);

    // Continuing cuts the torn tail off first, so the next line is whole.
    const reopened = await RoundJournal.reopen(filePath, found?.validBytes ?? 0, () => undefined);
    await reopened.append(ballot(6));
    await reopened.close();
    const again = await readRoundJournal(filePath);
    expect(again?.skippedLines).toBe(0);
    expect(again?.records).toHaveLength(6);
  });

  it('skips damaged lines without losing the ones around them', async () => {
    const filePath = journalPath(folder.path, 'round-1');
    writeFileSync(
      filePath,
      [
        JSON.stringify(roundRecord('round-1')),
        JSON.stringify(ballot(1)),
        '{"type":"ballot","id":',
        'garbage',
        JSON.stringify(ballot(2)),
        '',
      ].join('\n'),
    );
    const contents = await readRoundJournal(filePath);
    expect(contents?.skippedLines).toBe(2);
    expect(contents?.records).toEqual([ballot(1), ballot(2)]);
  });

  it('finds the newest round still open, not closed ones nor files that are not journals', async () => {
    const write = (name: string, lines: readonly object[]) =>
      writeFileSync(
        path.join(folder.path, 'voting', name),
        lines.map((line) => `${JSON.stringify(line)}\n`).join(''),
      );
    write('old-open.jsonl', [roundRecord('old-open', '2026-03-01T09:00:00.000Z')]);
    write('new-open.jsonl', [roundRecord('new-open', '2026-03-01T11:00:00.000Z'), ballot(1)]);
    write('newest-closed.jsonl', [
      roundRecord('newest-closed', '2026-03-01T12:00:00.000Z'),
      { type: 'closed', closedAt: '2026-03-01T12:05:00.000Z' },
    ]);
    write('stray.jsonl', [ballot(3)]);
    writeFileSync(path.join(folder.path, 'voting', 'notes.txt'), 'not a journal');
    expect((await findOpenRoundJournal(folder.path))?.round.roundId).toBe('new-open');
    expect(await findOpenRoundJournal(path.join(folder.path, 'missing'))).toBeNull();
  });

  it('refuses to start a second journal for the same round', async () => {
    const filePath = journalPath(folder.path, 'round-1');
    const journal = await RoundJournal.create(filePath, roundRecord('round-1'), () => undefined);
    await expect(
      RoundJournal.create(filePath, roundRecord('round-1'), () => undefined),
    ).rejects.toMatchObject({
      code: 'EEXIST',
    });
    await journal.close();
    await expect(journal.append(ballot(1))).rejects.toThrow();
  });
});
