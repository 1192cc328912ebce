/**
 * The host process killed (SIGKILL) mid-vote, while 60 phones are voting: when the host
 * starts again on the same data folder, the open round comes back from its journal with
 * every ballot that had been acknowledged. A ballot in flight at the moment of the kill
 * may or may not be there; nothing else may be.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_IDS, type Answer } from '../../shared/workshop/readiness';
import { HostEventHub } from '../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../electron/host/voting/addresses';
import { createVotingService } from '../../electron/host/voting/voting-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { SimulatedPhone } from './support/simulated-phone';

const PHONES = 60;
const KILL_AFTER_ACKNOWLEDGEMENTS = 600;
const childEntry = fileURLToPath(new URL('./support/room-host-child.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const data = makeTemporaryDirectory('readyroom-host-crash-');
const phones: SimulatedPhone[] = [];

afterAll(() => {
  for (const phone of phones) phone.close();
  data.remove();
});

describe('the host killed mid-vote', () => {
  it('loses no acknowledged ballot', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', childEntry, data.path], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const [joinUrl, code] = await new Promise<[string, string]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`The child host did not start:\n${output.join('')}`)),
          20_000,
        );
        readline.createInterface({ input: child.stdout }).on('line', (line) => {
          const match = /^ready (\S+) (\S+)$/.exec(line);
          if (match?.[1] !== undefined && match[2] !== undefined) {
            clearTimeout(timer);
            resolve([match[1], match[2]]);
          }
        });
        child.once('exit', (exitCode) =>
          reject(new Error(`The child host exited (${exitCode}):\n${output.join('')}`)),
        );
      });
      for (let index = 0; index < PHONES; index += 1)
        phones.push(new SimulatedPhone(new URL(joinUrl).origin));
      await Promise.all(phones.map((phone) => phone.join(code)));

      /** Per phone and question: the last acknowledged answer, and the one in flight after it. */
      const acknowledged = new Map<string, Answer>();
      const inFlight = new Map<string, Answer>();
      let acknowledgements = 0;
      let killed = false;
      const voting = Promise.all(
        phones.map(async (phone, phoneIndex) => {
          for (let turn = 0; turn < 200 && !killed; turn += 1) {
            const questionId = QUESTION_IDS[turn % QUESTION_IDS.length] ?? 'ownership';
            const answer: Answer = (['yes', 'partly', 'no'] as const)[(phoneIndex + turn) % 3] ?? 'yes';
            const key = `${phone.deviceId}/${questionId}`;
            inFlight.set(key, answer);
            try {
              const result = await phone.vote('crash-round', questionId, answer);
              if (result.status !== 200) throw new Error(`refused: ${result.status}`);
            } catch {
              return; // The host is gone: this answer stays "in flight".
            }
            inFlight.delete(key);
            acknowledged.set(key, answer);
            acknowledgements += 1;
            if (acknowledgements === KILL_AFTER_ACKNOWLEDGEMENTS) {
              killed = true;
              child.kill('SIGKILL');
            }
          }
        }),
      );
      await voting;
      await exited;
      expect(killed).toBe(true);

      const restarted = createVotingService({
        dataDirectory: data.path,
        rendererDirectory: data.path,
        events: new HostEventHub(),
        listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
      });
      try {
        const recovered = await restarted.methods['voting.getState'](undefined);
        expect(recovered.round).toMatchObject({ roundId: 'crash-round', status: 'open' });
        const closed = await restarted.methods['voting.closeRound'](undefined);
        const counted = new Map(
          (closed.round?.ballots ?? []).map((ballot) => [
            `${ballot.voter.kind === 'device' ? ballot.voter.deviceId : '?'}/${ballot.questionId}`,
            ballot.answer,
          ]),
        );
        const lost = [...acknowledged].filter(([key, answer]) => {
          const found = counted.get(key);
          return found !== answer && found !== inFlight.get(key);
        });
        expect(lost).toEqual([]);
        // Nothing counted that was never sent.
        for (const [key, answer] of counted) {
          expect([acknowledged.get(key), inFlight.get(key)]).toContain(answer);
        }
      } finally {
        await restarted.dispose();
      }
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 40_000);
});
