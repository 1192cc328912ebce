/**
 * Opening a huge file must not stall the voting room, which shares the host's event loop.
 * 50 simulated phones vote on loopback, a ballot every 10 ms, while the facilitator opens
 * and imports a 200 MB `.readyroom` file (refused from its size, naming the limit) and opens
 * a 10 MB one with 10,000 stakeholders (allowed, parsed on the worker thread). Every ballot
 * is taken, and ballots keep coming back while the files open.
 *
 * How long ballots wait meanwhile is a benchmark (`npm run bench -- large-file`,
 * `large_file_ballot_wait_max_ms`), not a test: a wall-clock bound here would fail on a
 * loaded machine, not on a regression.
 *
 * The files are generated in a temporary folder and deleted afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../../shared/host-api/errors';
import type { Host } from '../../electron/host/create-host';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost } from '../support/test-host';
import { openLargeFiles, voteWhile, writeLargeFiles } from '../voting/support/large-file-while-voting';
import { ONE_ADDRESS_ROOM_LIMITS } from '../voting/support/one-address-limits';

let data: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;

beforeAll(() => {
  data = makeTemporaryDirectory('readyroom-large-file-');
  host = createTestHost(data.path, { voting: { roomLimits: ONE_ADDRESS_ROOM_LIMITS } });
});

afterAll(async () => {
  await host.dispose();
  data.remove();
});

describe('a 200 MB file opened while 50 phones vote', () => {
  it('is refused by its size, naming the limit; the 10 MB one parses off the event loop, and the room keeps voting', async () => {
    const files = await writeLargeFiles(host);
    const voting = await voteWhile(host, () => openLargeFiles(host, files));

    expect(voting.result.refusals).toHaveLength(2);
    for (const refusal of voting.result.refusals) {
      expect(refusal).toBeInstanceOf(HostError);
      expect((refusal as HostError).message).toContain(
        '"huge.readyroom" is 200 MB, more than the 32 MB a ReadyRoom workshop file can be',
      );
    }
    expect(voting.result.parsedOnWorkerThread).toBe(1);
    expect(voting.result.openedTitle).not.toBe('');
    expect(voting.refusedBallots).toEqual([]);
    expect(voting.waits.length).toBeGreaterThan(50);
    // The event loop kept turning while the files were refused and the large one parsed.
    expect(voting.answeredDuring).toBeGreaterThan(0);
  }, 120_000);
});
