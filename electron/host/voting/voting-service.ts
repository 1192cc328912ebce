/**
 * The `voting.*` host methods (`shared/host-api/voting-contract.ts`): the live room and
 * round of the Scaling Readiness Test. The state lives here in the host, so a reloaded
 * facilitator window gets everything back from `voting.getState`; every ballot is in the
 * round's journal on disk before anyone hears it was counted, so even a host restart loses
 * no acknowledged ballot (the open round is recovered from its journal on start).
 *
 * The methods are grouped by what they act on: the room (`room-methods.ts`), rounds
 * (`round-methods.ts`) and the phones' ballots (`phone-ballots.ts`), over one shared
 * `VotingSession` (`voting-session.ts`).
 */
import path from 'node:path';
import type { HostMethodName, HostMethods } from '../../../shared/host-api/contract';
import type { RoomAddress } from '../../../shared/host-api/voting-contract';
import type { HostEventHub } from '../event-hub';
import { activityMethods } from './activity-methods';
import { roomMethods } from './room-methods';
import type { RoomLimits } from './room-server';
import { recoverActivity } from './activity-recovery';
import { roundMethods } from './round-methods';
import { recoverOpenRound } from './round-recovery';
import { VotingSession } from './voting-session';

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

/** Builds the voting service; a round left open by an earlier run is recovered in the background. */
export function createVotingService(options: VotingServiceOptions): VotingService {
  const session = new VotingSession(
    options.now ?? (() => new Date()),
    options.events,
    options.countsIntervalMs ?? 200,
  );

  const recoverRound = async () => {
    try {
      const recovered = await recoverOpenRound(options.dataDirectory, session.now, session.onCommit);
      if (recovered === null) return;
      if (session.disposed) {
        await recovered.journal.close();
        return;
      }
      session.current = { ledger: recovered.ledger, journal: recovered.journal };
      session.owner = { workshopId: recovered.workshopId, path: null };
    } catch (error) {
      console.error('[readyroom] could not recover the open voting round', error);
    }
  };
  const ready = recoverRound().then(() => recoverActivity(session, options.dataDirectory));
  session.queueAfter(ready);

  const methods: VotingMethods = {
    'voting.getState': async () => {
      await ready;
      return session.snapshot();
    },
    ...roomMethods(session, options),
    ...roundMethods(session, options, ready),
    ...activityMethods(session, options, ready),
    'voting.releaseWorkshop': ({ workshopId }) =>
      session.exclusive(async () => {
        await session.releaseWorkshop(workshopId);
        return session.snapshot();
      }),
  };

  return {
    methods,
    ready,
    releaseDocument: (filePath) =>
      session.exclusive(async () => {
        const owner = session.owner;
        if (owner?.path === path.resolve(filePath)) await session.releaseWorkshop(owner.workshopId);
      }),
    releaseAll: () =>
      session.exclusive(async () => {
        if (session.owner !== null) await session.releaseWorkshop(session.owner.workshopId);
      }),
    dispose: async () => {
      if (session.disposed) return;
      session.disposed = true;
      session.stopCountsTimer();
      session.clearActivityTimer();
      await ready;
      await session.closeRoomNow();
      await session.current?.journal?.close();
      await session.closeActivityJournal();
    },
  };
}
