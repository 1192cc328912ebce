/**
 * What the groups of `voting.*` methods share: the open room, the current round, the
 * workshop they belong to, the phones' presence, the state the window hears, and the steps
 * that close a round or a room. One session per voting service.
 */
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import type { VotingState } from '../../../shared/host-api/voting-contract';
import { text, type MessageId } from '../../../shared/text';
import { ID_PATTERN } from '../../../shared/workshop/ids';
import type { HostEventHub } from '../event-hub';
import type { CurrentActivity } from './activity-journal';
import type { ActivityLedger } from './activity-ledger';
import type { ActivityAppended } from './activity-records';
import type { RoundJournal } from './journal';
import type { AppendedRecord } from './journal-records';
import type { RehearsalPhones } from './rehearsal-phones';
import type { DevicePresence, RoomServer } from './room-server';
import type { RoundLedger } from './round-ledger';

/** The room while it listens. */
export interface OpenRoom {
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
export interface Owner {
  readonly workshopId: string;
  path: string | null;
}

/** The latest round, open or closed. */
export interface CurrentRound {
  readonly ledger: RoundLedger;
  /** Open while the round takes ballots; null once it is closed. */
  journal: RoundJournal | null;
}

/** A round that takes ballots. */
export type OpenRound = CurrentRound & { journal: RoundJournal };

const NO_PRESENCE: DevicePresence = { connected: 0, reconnecting: 0 };

/** The live state of the voting service and the steps its methods share. */
/** Why opening a round or an activity is refused: another round, another activity, a bad id. */
export interface OpeningRefusals {
  readonly roundOpen: MessageId;
  readonly activityOpen: MessageId;
  readonly idInvalid: MessageId;
}

export class VotingSession {
  room: OpenRoom | null = null;
  current: CurrentRound | null = null;
  /** The latest room activity (writing round or dot vote), open or closed. */
  activity: CurrentActivity | null = null;
  owner: Owner | null = null;
  presence: DevicePresence = NO_PRESENCE;
  disposed = false;
  #countsTimer: NodeJS.Timeout | null = null;
  #activityTimer: NodeJS.Timeout | null = null;
  // Facilitator actions run one at a time, so a double click cannot close a round twice.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly now: () => Date,
    private readonly events: HostEventHub,
    private readonly countsIntervalMs: number,
  ) {}

  /** The state as `voting.getState` returns it and `voting.onDidChange` sends it. */
  snapshot(): VotingState {
    const { room, owner, presence, current } = this;
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
      activity: this.activity === null ? null : this.activity.ledger.toState(),
    };
  }

  /** Tells the window now. */
  emitNow(): void {
    this.stopCountsTimer();
    if (!this.disposed) this.events.emit('voting.onDidChange', this.snapshot());
  }

  /** Tells the window and the phones now; the state they hear, for the method's reply. */
  announce(): VotingState {
    this.emitNow();
    this.room?.server.notifyPhones();
    return this.snapshot();
  }

  /** Ballot counts and connections change often: the window hears of them in batches. */
  emitSoon(): void {
    if (this.#countsTimer !== null || this.disposed) return;
    this.#countsTimer = setTimeout(() => this.emitNow(), this.countsIntervalMs);
  }

  stopCountsTimer(): void {
    if (this.#countsTimer !== null) clearTimeout(this.#countsTimer);
    this.#countsTimer = null;
  }

  /** Every line the journal commits reaches the tally; ballots reach the window in batches. */
  readonly onCommit = (ledger: RoundLedger, record: AppendedRecord): void => {
    ledger.apply(record);
    if (record.type === 'ballot') this.emitSoon();
  };

  /** The same for a room activity's notes and dots. */
  readonly onActivityCommit = (ledger: ActivityLedger, record: ActivityAppended): void => {
    ledger.apply(record);
    if (record.type !== 'closed' && record.type !== 'revealed') this.emitSoon();
  };

  /** Whether a round or an activity is taking votes, notes or dots now. */
  busyWith(): 'round' | 'activity' | null {
    if (this.current !== null && this.current.ledger.status !== 'closed') return 'round';
    if (this.activity !== null && this.activity.ledger.status !== 'closed') return 'activity';
    return null;
  }

  /**
   * Refuses to open a round or an activity while either is taking input, or under an id that
   * is not a plain id (it names the journal file), each in the words `refusals` gives.
   */
  checkCanOpen(id: string, refusals: OpeningRefusals): void {
    const busy = this.busyWith();
    if (busy === 'round') throw new HostError('conflict', text(refusals.roundOpen));
    if (busy === 'activity') throw new HostError('conflict', text(refusals.activityOpen));
    if (!ID_PATTERN.test(id)) throw new HostError('invalid-argument', text(refusals.idInvalid));
  }

  /** Closes the open activity at its time limit, as the facilitator's Close would. */
  scheduleActivityClose(): void {
    this.clearActivityTimer();
    const closesAt = this.activity?.ledger.activity.closesAt ?? null;
    if (closesAt === null || this.disposed) return;
    const activity = this.activity;
    this.#activityTimer = setTimeout(
      () => {
        this.#activityTimer = null;
        void this.exclusive(async () => {
          if (this.activity !== activity || this.disposed) return;
          await this.closeCurrentActivity();
          this.announce();
        }).catch(() => undefined);
      },
      Math.max(0, Date.parse(closesAt) - this.now().getTime()),
    );
  }

  clearActivityTimer(): void {
    if (this.#activityTimer !== null) clearTimeout(this.#activityTimer);
    this.#activityTimer = null;
  }

  /** Closes the open activity (its `closed` line); the journal stays open for the reveal. */
  async closeCurrentActivity(): Promise<void> {
    const current = this.activity;
    if (current === null || current.ledger.status === 'closed' || current.journal === null) return;
    this.clearActivityTimer();
    current.ledger.beginClosing();
    try {
      await current.journal.append({ type: 'closed', closedAt: this.now().toISOString() });
    } catch (error) {
      current.ledger.cancelClosing();
      console.error('[readyroom] could not close the activity journal', error);
      throw new HostError('io-error', text('host.activity.closeNotSaved'));
    }
  }

  /** Lets go of the activity's journal file (the activity is revealed, replaced or released). */
  async closeActivityJournal(): Promise<void> {
    const current = this.activity;
    if (current === null || current.journal === null) return;
    const journal = current.journal;
    current.journal = null;
    await journal.close();
  }

  /** Runs `run` after every facilitator action queued before it (and after `first`). */
  exclusive<Result>(run: () => Promise<Result>): Promise<Result> {
    const result = this.#queue.then(run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Makes every later action wait for `first` (the recovery of an open round). */
  queueAfter(first: Promise<unknown>): void {
    this.#queue = this.#queue.then(() => first);
  }

  /** The room and the open round are bound to one workshop; another is refused. */
  claimFor(workshopId: string, filePath: string): void {
    if (this.owner !== null && this.owner.workshopId !== workshopId) {
      throw new HostError('conflict', text('host.voting.roomOpenForAnotherWorkshop'));
    }
    if (this.owner === null) this.owner = { workshopId, path: path.resolve(filePath) };
    else this.owner.path = path.resolve(filePath);
  }

  /** Forgets the owner once neither a room nor an unfinished round holds it. */
  releaseOwnerIfIdle(): void {
    if (this.room === null && this.busyWith() === null) {
      this.owner = null;
    }
  }

  /** The round that takes ballots, or a refusal saying to open one. */
  openRoundOrThrow(): OpenRound {
    const round = this.current;
    if (round === null || round.journal === null || round.ledger.status !== 'open') {
      throw new HostError('conflict', text('host.voting.noRoundOpen'));
    }
    return round as OpenRound;
  }

  /** Closes the open round (the journal's last line), keeping every ballot already on disk. */
  async closeCurrentRound(): Promise<void> {
    const round = this.current;
    if (round === null || round.ledger.status === 'closed' || round.journal === null) return;
    const journal = round.journal;
    // From here no new ballot is taken; ballots already on their way to the disk still count.
    round.ledger.beginClosing();
    try {
      await journal.append({ type: 'closed', closedAt: this.now().toISOString() });
    } catch (error) {
      round.ledger.cancelClosing();
      console.error('[readyroom] could not close the round journal', error);
      throw new HostError('io-error', text('host.voting.roundCloseNotSaved'));
    }
    round.journal = null;
    await journal.close();
  }

  /** Stops the room server (and the rehearsal's phones); the round is left as it is. */
  async closeRoomNow(): Promise<void> {
    const closing = this.room;
    this.room = null;
    this.presence = NO_PRESENCE;
    closing?.rehearsal?.stop();
    if (closing !== null) await closing.server.close();
  }

  /** Closes whatever belongs to `workshopId`: its round, then its room. */
  async releaseWorkshop(workshopId: string): Promise<void> {
    if (this.owner === null || this.owner.workshopId !== workshopId) return;
    await this.closeCurrentRound();
    if (this.activity?.ledger.activity.workshopId === workshopId) {
      await this.closeCurrentActivity();
      await this.closeActivityJournal();
    }
    await this.closeRoomNow();
    this.owner = null;
    this.emitNow();
  }
}
