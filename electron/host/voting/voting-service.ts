// Over 300 lines: electron/host/voting is held stable this round (the room is under load tests); split it with the room server next.
/**
 * The `voting.*` host methods (`shared/host-api/voting-contract.ts`): the live room and
 * round of the Scaling Readiness Test. The state lives here in the host, so a reloaded
 * facilitator window gets everything back from `voting.getState`; every ballot is in the
 * round's journal on disk before anyone hears it was counted, so even a host restart loses
 * no acknowledged ballot (the open round is recovered from its journal on start).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { HostMethodName, HostMethods } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import type { RoomAddress, VotingState } from '../../../shared/host-api/voting-contract';
import { ID_PATTERN } from '../../../shared/workshop/ids';
import type { HostEventHub } from '../event-hub';
import type { RoundJournal } from './journal';
import type { AppendedRecord, BallotRecord } from './journal-records';
import { recoverOpenRound } from './round-recovery';
import { loadParticipantFiles } from './participant-files';
import { LOOPBACK_ROOM_ADDRESS } from './addresses';
import { REHEARSAL_ROOM_LIMITS, startRehearsalPhones, type RehearsalPhones } from './rehearsal-phones';
import { phoneRoundOf } from './phone-round';
import { listRecordedRounds } from './recorded-rounds';
import { checkRoomAnswers } from './room-check';
import { createRoomCode } from './room-code';
import { startRound } from './round-start';
import { refusal, type BallotRequest, type PhoneRound, type RoomRefusal } from './room-request-schemas';
import {
  startRoomServer,
  type DevicePresence,
  type RoomDevice,
  type RoomLimits,
  type RoomServer,
} from './room-server';
import { type RoundLedger } from './round-ledger';

type VotingMethodName = Extract<HostMethodName, `voting.${string}`>;

/** The `voting.*` part of the host methods. */
export type VotingMethods = { readonly [Name in VotingMethodName]: HostMethods[Name] };

/** Options of {@link createVotingService}. */
export interface VotingServiceOptions {
  /** Journals go to `<dataDirectory>/voting/<roundId>.jsonl`. */
  readonly dataDirectory: string;
  /** The built renderer; the room server hands phones `participant.html` and its assets from here. */
  readonly rendererDirectory: string;
  readonly events: HostEventHub;
  /** Addresses the room may listen on; `openRoom` refuses any other. */
  readonly listAddresses: () => readonly RoomAddress[];
  /** Clock for round and ballot stamps; injectable for tests. */
  readonly now?: () => Date;
  /** Room server limits (tests on loopback put many phones behind one address). */
  readonly roomLimits?: Partial<RoomLimits>;
  /** Ballot counts reach the facilitator window at most this often (milliseconds). */
  readonly countsIntervalMs?: number;
}

/** The voting service a shell holds. */
export interface VotingService {
  readonly methods: VotingMethods;
  /** Settles once a round left open by an earlier run has been recovered (methods wait for it). */
  readonly ready: Promise<void>;
  /**
   * The workshop file at `filePath` is closing (or its window went away): its open round is
   * closed, keeping every ballot in the journal, and its room stops listening.
   */
  releaseDocument(filePath: string): Promise<void>;
  /** Every window is gone: whatever room or round is open is closed the same way. */
  releaseAll(): Promise<void>;
  /** Stops the room server and closes the journal; an open round stays open on disk. */
  dispose(): Promise<void>;
}

interface OpenRoom {
  readonly server: RoomServer;
  readonly code: string;
  readonly namedVoting: boolean;
  readonly rehearsal: RehearsalPhones | null;
}

/**
 * The workshop the room and the round belong to. A room is opened from one workshop and
 * serves only its rounds; `path` is null for a round recovered after a restart, before its
 * workshop is opened again.
 */
interface Owner {
  readonly workshopId: string;
  path: string | null;
}

interface CurrentRound {
  readonly ledger: RoundLedger;
  /** Open while the round takes ballots; null once it is closed. */
  journal: RoundJournal | null;
}

/** Builds the voting service; a round left open by an earlier run is recovered in the background. */
export function createVotingService(options: VotingServiceOptions): VotingService {
  const now = options.now ?? (() => new Date());
  const countsIntervalMs = options.countsIntervalMs ?? 200;
  let room: OpenRoom | null = null;
  let current: CurrentRound | null = null;
  let owner: Owner | null = null;
  let presence: DevicePresence = { connected: 0, reconnecting: 0 };
  let countsTimer: NodeJS.Timeout | null = null;
  let disposed = false;

  function snapshot(): VotingState {
    return {
      room:
        room === null
          ? { status: 'closed' }
          : {
              status: 'open',
              code: room.code,
              joinUrl: room.server.joinUrl,
              address: room.server.address,
              port: room.server.port,
              namedVoting: room.namedVoting,
              workshopId: owner?.workshopId ?? '',
              connectedDevices: presence.connected,
              reconnectingDevices: presence.reconnecting,
              rehearsal: room.rehearsal !== null,
            },
      round: current === null ? null : current.ledger.toState(),
    };
  }

  function emitNow(): void {
    if (countsTimer !== null) clearTimeout(countsTimer);
    countsTimer = null;
    if (!disposed) options.events.emit('voting.onDidChange', snapshot());
  }

  /** Ballot counts and connections change often: the window hears of them in batches. */
  function emitSoon(): void {
    if (countsTimer !== null || disposed) return;
    countsTimer = setTimeout(emitNow, countsIntervalMs);
  }

  function onCommit(ledger: RoundLedger, record: AppendedRecord): void {
    ledger.apply(record);
    if (record.type === 'ballot') emitSoon();
  }

  const ready = (async () => {
    try {
      const recovered = await recoverOpenRound(options.dataDirectory, now, onCommit);
      if (recovered === null) return;
      if (disposed) {
        await recovered.journal.close();
        return;
      }
      current = { ledger: recovered.ledger, journal: recovered.journal };
      owner = { workshopId: recovered.workshopId, path: null };
    } catch (error) {
      console.error('[readyroom] could not recover the open voting round', error);
    }
  })();

  // Facilitator actions run one at a time, so a double click cannot close a round twice.
  let queue: Promise<unknown> = ready;
  function exclusive<Result>(run: () => Promise<Result>): Promise<Result> {
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  }

  /** The room and the open round are bound to one workshop; another is refused. */
  function claimFor(workshopId: string, filePath: string): void {
    if (owner !== null && owner.workshopId !== workshopId) {
      throw new HostError(
        'conflict',
        'The voting room is still open for another workshop. Open that workshop and close its room first.',
      );
    }
    if (owner === null) owner = { workshopId, path: path.resolve(filePath) };
    else owner.path = path.resolve(filePath);
  }

  /** Forgets the owner once neither a room nor an unfinished round holds it. */
  function releaseOwnerIfIdle(): void {
    if (room === null && (current === null || current.ledger.status === 'closed')) owner = null;
  }

  /** Closes the open round (the journal's last line), keeping every ballot already on disk. */
  async function closeCurrentRound(): Promise<void> {
    const round = current;
    if (round === null || round.ledger.status === 'closed' || round.journal === null) return;
    const journal = round.journal;
    // From here no new ballot is taken; ballots already on their way to the disk still count.
    round.ledger.beginClosing();
    try {
      await journal.append({ type: 'closed', closedAt: now().toISOString() });
    } catch (error) {
      round.ledger.cancelClosing();
      console.error('[readyroom] could not close the round journal', error);
      throw new HostError(
        'io-error',
        'ReadyRoom could not save that the round closed, so it is still open. Check the disk, then try again.',
      );
    }
    round.journal = null;
    await journal.close();
  }

  async function closeRoomNow(): Promise<void> {
    const closing = room;
    room = null;
    presence = { connected: 0, reconnecting: 0 };
    closing?.rehearsal?.stop();
    if (closing !== null) await closing.server.close();
  }

  /** Closes whatever belongs to `workshopId`: its round, then its room. */
  async function releaseWorkshop(workshopId: string): Promise<void> {
    if (owner === null || owner.workshopId !== workshopId) return;
    await closeCurrentRound();
    await closeRoomNow();
    owner = null;
    emitNow();
  }

  function openRoundOrThrow(): CurrentRound & { journal: RoundJournal } {
    const round = current;
    if (round === null || round.journal === null || round.ledger.status !== 'open') {
      throw new HostError('conflict', 'No round is open for votes. Open a round first.');
    }
    return round as CurrentRound & { journal: RoundJournal };
  }

  const handlers = {
    phoneRound(device: RoomDevice): PhoneRound | null {
      return current === null ? null : phoneRoundOf(current.ledger, device.deviceId);
    },

    async castBallot(device: RoomDevice, ballot: BallotRequest): Promise<RoomRefusal | null> {
      const round = current;
      if (round === null || round.journal === null || round.ledger.round.roundId !== ballot.roundId) {
        return refusal(409, 'round-closed', 'That vote has closed. Wait for the next question.');
      }
      const { ledger, journal } = round;
      if (room === null || owner === null || ledger.round.workshopId !== owner.workshopId) {
        // A round of another workshop never takes this room's ballots.
        return refusal(409, 'round-closed', 'That vote has closed. Wait for the next question.');
      }
      if (ledger.round.mode !== 'phones') {
        return refusal(409, 'not-a-phone-round', 'This round is voted on the shared screen, not on phones.');
      }
      if (ledger.status !== 'open') {
        return refusal(409, 'round-closed', 'That vote has closed. Wait for the next question.');
      }
      if (!ledger.accepts(ballot.questionId)) {
        return refusal(400, 'unknown-question', 'That question is not open for votes. Reload the page.');
      }
      const record: BallotRecord = {
        type: 'ballot',
        id: randomUUID(),
        voterKey: `device:${device.deviceId}`,
        voter:
          device.name === null
            ? { kind: 'device', deviceId: device.deviceId }
            : { kind: 'label', label: device.name },
        questionId: ballot.questionId,
        answer: ballot.answer,
        castAt: now().toISOString(),
      };
      try {
        await journal.append(record);
      } catch (error) {
        console.error('[readyroom] a ballot could not be saved', error);
        return refusal(503, 'not-saved', 'Your vote could not be saved. Please tap your answer again.');
      }
      return null;
    },

    onDevicesChange(next: DevicePresence): void {
      if (room === null) return;
      presence = next;
      emitSoon();
    },
  };

  const methods: VotingMethods = {
    'voting.getState': async () => {
      await ready;
      return snapshot();
    },

    'voting.listAddresses': async () => [...options.listAddresses()],

    'voting.openRoom': ({ address, namedVoting, workshopId, workshopPath, rehearsalPhones }) =>
      exclusive(async () => {
        if (room !== null) {
          throw new HostError(
            'conflict',
            owner !== null && owner.workshopId !== workshopId
              ? 'The voting room is still open for another workshop. Open that workshop and close its room first.'
              : 'The voting room is already open. Close it first to move it to another address.',
          );
        }
        if (rehearsalPhones > 0 && address !== LOOPBACK_ROOM_ADDRESS.address) {
          throw new HostError(
            'invalid-argument',
            'A rehearsal room opens on this computer only (127.0.0.1), so no real phone can join it.',
          );
        }
        claimFor(workshopId, workshopPath);
        if (!options.listAddresses().some((candidate) => candidate.address === address)) {
          throw new HostError(
            'invalid-argument',
            `ReadyRoom can only open the voting room on one of this computer's network addresses, and ${address} is not one of them. Pick an address from the list.`,
          );
        }
        const participantFiles = await loadParticipantFiles(options.rendererDirectory);
        if (participantFiles === null) {
          console.warn(
            `[readyroom] no participant.html in ${options.rendererDirectory}; phones cannot load the page`,
          );
        }
        const code = createRoomCode();
        let server: RoomServer;
        try {
          server = await startRoomServer({
            address,
            code,
            namedVoting,
            participantFiles,
            handlers,
            limits:
              rehearsalPhones > 0 ? { ...options.roomLimits, ...REHEARSAL_ROOM_LIMITS } : options.roomLimits,
          });
        } catch (error) {
          releaseOwnerIfIdle();
          console.error('[readyroom] the room server did not start', error);
          throw new HostError(
            'io-error',
            `ReadyRoom could not open the voting room on ${address}. Check this computer is still connected to that network, or pick another address.`,
          );
        }
        if (disposed) {
          await server.close();
          throw new HostError('conflict', 'ReadyRoom is shutting down.');
        }
        const rehearsal =
          rehearsalPhones > 0
            ? startRehearsalPhones({ origin: server.origin, code, phones: rehearsalPhones, namedVoting })
            : null;
        room = { server, code, namedVoting, rehearsal };
        presence = { connected: 0, reconnecting: 0 };
        emitNow();
        return snapshot();
      }),

    'voting.closeRoom': () =>
      exclusive(async () => {
        await closeRoomNow();
        releaseOwnerIfIdle();
        emitNow();
        return snapshot();
      }),

    'voting.openRound': (input) =>
      exclusive(async () => {
        if (current !== null && current.ledger.status !== 'closed') {
          throw new HostError('conflict', 'A round is already open. Close it before opening the next one.');
        }
        if (!ID_PATTERN.test(input.roundId)) {
          throw new HostError(
            'invalid-argument',
            'A round id is up to 100 letters, digits, "-" and "_", starting with a letter or digit.',
          );
        }
        claimFor(input.workshopId, input.workshopPath);
        let started: CurrentRound & { journal: RoundJournal };
        try {
          started = await startRound(options.dataDirectory, input, now(), (ledger, record) =>
            onCommit(ledger, record),
          );
        } catch (error) {
          releaseOwnerIfIdle();
          throw error;
        }
        const { ledger, journal } = started;
        current = { ledger, journal };
        emitNow();
        room?.server.notifyPhones();
        return snapshot();
      }),

    'voting.closeRound': () =>
      exclusive(async () => {
        if (current === null) throw new HostError('conflict', 'There is no round to close.');
        await closeCurrentRound();
        releaseOwnerIfIdle();
        emitNow();
        room?.server.notifyPhones();
        return snapshot();
      }),

    'voting.reveal': () =>
      exclusive(async () => {
        if (current === null)
          throw new HostError('conflict', 'There is no round whose results could be shown.');
        if (current.ledger.status !== 'closed') {
          throw new HostError('conflict', 'Close the round before showing its results.');
        }
        current.ledger.reveal();
        emitNow();
        room?.server.notifyPhones();
        return snapshot();
      }),

    'voting.releaseWorkshop': ({ workshopId }) =>
      exclusive(async () => {
        await releaseWorkshop(workshopId);
        return snapshot();
      }),

    'voting.listRecordedRounds': async ({ workshopId }) => {
      await ready;
      return listRecordedRounds(options.dataDirectory, workshopId);
    },

    'voting.checkRoom': async () => {
      const open = room;
      if (open === null) return { reachable: false, message: 'The voting room is not open.' };
      return checkRoomAnswers(open.server);
    },

    'voting.castKeypadBallot': ({ voterNumber, questionId, answer }) =>
      exclusive(async () => {
        const round = openRoundOrThrow();
        if (!round.ledger.accepts(questionId)) {
          throw new HostError('invalid-argument', `This round does not ask the ${questionId} question.`);
        }
        const label = `Keypad voter ${voterNumber}`;
        try {
          await round.journal.append({
            type: 'ballot',
            id: randomUUID(),
            voterKey: `keypad:${voterNumber}`,
            voter: { kind: 'label', label },
            questionId,
            answer,
            castAt: now().toISOString(),
          });
        } catch (error) {
          console.error('[readyroom] a keypad ballot could not be saved', error);
          throw new HostError('io-error', 'That vote could not be saved. Check the disk, then try again.');
        }
        emitNow();
        return snapshot();
      }),
  };

  return {
    methods,
    ready,
    releaseDocument: (filePath) =>
      exclusive(async () => {
        if (owner?.path === path.resolve(filePath)) await releaseWorkshop(owner.workshopId);
      }),
    releaseAll: () =>
      exclusive(async () => {
        if (owner !== null) await releaseWorkshop(owner.workshopId);
      }),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      if (countsTimer !== null) clearTimeout(countsTimer);
      countsTimer = null;
      await ready;
      await closeRoomNow();
      await current?.journal?.close();
    },
  };
}
