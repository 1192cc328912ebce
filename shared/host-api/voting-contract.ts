import { z } from 'zod';
import { ANSWERS, QUESTION_IDS, VOTING_MODES } from '../workshop/readiness';
import { defineMethod } from './define';
import {
  ConfidenceSchema,
  LIVE_STATUS_FIELDS,
  LiveActivitySchema,
  OpenActivityInputSchema,
  RecordedActivitySchema,
} from './room-activity-contract';

export * from './room-activity-contract';

/** The room code phones type to join: 6 characters with no look-alikes (no 0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;

const QuestionIdSchema = z.enum(QUESTION_IDS);
const AnswerSchema = z.enum(ANSWERS);
const CountsSchema = z.strictObject({
  yes: z.number().int().min(0),
  partly: z.number().int().min(0),
  no: z.number().int().min(0),
});

/** A network address the voting room can listen on. */
export const RoomAddressSchema = z.strictObject({
  address: z.string(),
  /** For the picker, e.g. "Wi-Fi (192.168.1.20)" or "This computer only". */
  label: z.string(),
  /** True for private LAN ranges; the first private one is preselected in the desktop shell. */
  isPrivate: z.boolean(),
});
export type RoomAddress = z.infer<typeof RoomAddressSchema>;

/** A ballot as the host hands it to the facilitator window once its round is closed. */
export const LiveBallotSchema = z.strictObject({
  id: z.string(),
  roundId: z.string(),
  questionId: QuestionIdSchema,
  /** Anonymous device id, or a label (a name when named voting is on, "Keypad voter 3"). */
  voter: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('device'), deviceId: z.string() }),
    z.strictObject({ kind: z.literal('label'), label: z.string() }),
  ]),
  answer: AnswerSchema,
  /** "How sure are you?" 1 (not at all) to 5 (very), when the round asked and the voter said. */
  confidence: ConfidenceSchema.nullable(),
  castAt: z.string(),
});
export type LiveBallot = z.infer<typeof LiveBallotSchema>;

/**
 * The live voting state the host shares with the facilitator window and the audience
 * screen. While a round is open it carries only how many ballots arrived, never what they
 * say; counts per answer appear once the facilitator reveals.
 */
export const VotingStateSchema = z.strictObject({
  room: z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('closed') }),
    z.strictObject({
      status: z.literal('open'),
      code: z.string(),
      /** What phones open, e.g. http://192.168.1.20:51234/join?code=K7PX2M (also in the QR code). */
      joinUrl: z.string(),
      address: z.string(),
      port: z.number().int(),
      namedVoting: z.boolean(),
      /** The workshop that opened the room; the room belongs to it alone. */
      workshopId: z.string(),
      /** Phones that joined and hold a live connection now. */
      connectedDevices: z.number().int().min(0),
      /** Phones seen lately whose connection dropped (a locked screen, weak Wi-Fi). */
      reconnectingDevices: z.number().int().min(0),
      /** True while simulated phones on this computer are voting (a rehearsal). */
      rehearsal: z.boolean(),
    }),
  ]),
  round: z
    .strictObject({
      roundId: z.string(),
      /** The workshop whose document holds this round. */
      workshopId: z.string(),
      number: z.number().int().min(1),
      questionIds: z.array(QuestionIdSchema).min(1),
      mode: z.enum(VOTING_MODES),
      /** Whether phones are asked "How sure are you?" (1–5) with each answer. */
      askConfidence: z.boolean(),
      ...LIVE_STATUS_FIELDS,
      /** Ballots received per question (one per voter; a changed vote counts once). */
      ballotCounts: z.record(z.string(), z.number().int().min(0)),
      /** Counts per answer per question; null until revealed. */
      results: z.record(z.string(), CountsSchema).nullable(),
      /** Every counted ballot, for the document; empty while the round is open. */
      ballots: z.array(LiveBallotSchema),
    })
    .nullable(),
  /** The room activity (writing round or dot vote), open or the latest closed one, or null. */
  activity: LiveActivitySchema.nullable(),
});
export type VotingState = z.infer<typeof VotingStateSchema>;

/** A round the host kept a journal of, as the workshop file should record it. */
export const RecordedRoundSchema = z.strictObject({
  roundId: z.string(),
  number: z.number().int().min(1),
  questionIds: z.array(QuestionIdSchema).min(1),
  mode: z.enum(['phones', 'keypad']),
  askConfidence: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string(),
  ballots: z.array(LiveBallotSchema),
});
export type RecordedRound = z.infer<typeof RecordedRoundSchema>;

/** Whether the open room answers at its own address, for the line under the join link. */
export const RoomCheckSchema = z.strictObject({
  reachable: z.boolean(),
  /** One plain sentence for the facilitator. */
  message: z.string(),
});
export type RoomCheck = z.infer<typeof RoomCheckSchema>;

/** Identifies the open workshop to the voting room. */
const WorkshopIdInput = z.string().min(1).max(100);

export const votingContract = {
  'voting.getState': defineMethod({
    summary: 'The live voting room and round (a reloaded window gets everything back from here).',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.listAddresses': defineMethod({
    summary: 'Network addresses the room can listen on, private LAN addresses first.',
    input: z.undefined(),
    output: z.array(RoomAddressSchema),
  }),
  'voting.openRoom': defineMethod({
    summary: 'Starts the room server on the chosen address with a fresh room code.',
    input: z.strictObject({
      address: z.string().min(1).max(100),
      namedVoting: z.boolean().default(false),
      workshopId: WorkshopIdInput,
      /** The workshop's file: closing it closes the room. */
      workshopPath: z.string().min(1).max(4096),
      /**
       * A rehearsal: this many simulated phones on this computer join and vote in every round.
       * Only on the loopback address, so no real phone can mix in.
       */
      rehearsalPhones: z.number().int().min(0).max(60).default(0),
    }),
    output: VotingStateSchema,
  }),
  'voting.closeRoom': defineMethod({
    summary: 'Stops the room server; phones are told the room has closed.',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.openRound': defineMethod({
    summary: 'Opens a round on one or more questions; ballots are accepted until it closes.',
    input: z.strictObject({
      roundId: z.string().min(1).max(100),
      workshopId: WorkshopIdInput,
      workshopPath: z.string().min(1).max(4096),
      number: z.number().int().min(1).max(99),
      questionIds: z.array(QuestionIdSchema).min(1).max(4),
      mode: z.enum(['phones', 'keypad']),
      durationSeconds: z.number().int().min(10).max(3600).nullable().default(null),
      /** Ask "How sure are you?" (1–5) with each answer. */
      askConfidence: z.boolean().default(false),
    }),
    output: VotingStateSchema,
  }),
  'voting.closeRound': defineMethod({
    summary: 'Stops accepting ballots; the state then carries every counted ballot.',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.reveal': defineMethod({
    summary: 'Shows the results of the closed round to the room.',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.releaseWorkshop': defineMethod({
    summary:
      'Closes the round and the room that belong to a workshop (its ballots stay in the journal), before it closes.',
    input: z.strictObject({ workshopId: WorkshopIdInput }),
    output: VotingStateSchema,
  }),
  'voting.listRecordedRounds': defineMethod({
    summary: 'Every closed round the host holds a journal of for this workshop, with its ballots.',
    input: z.strictObject({ workshopId: WorkshopIdInput }),
    output: z.array(RecordedRoundSchema),
  }),
  'voting.checkRoom': defineMethod({
    summary:
      'Asks the open room for its page over the network, as a phone would, and says whether it answered.',
    input: z.undefined(),
    output: RoomCheckSchema,
  }),
  'voting.openActivity': defineMethod({
    summary: 'Opens a silent writing round or a dot vote in the open room (one activity or round at a time).',
    input: OpenActivityInputSchema,
    output: VotingStateSchema,
  }),
  'voting.closeActivity': defineMethod({
    summary: 'Stops taking notes or dots; the state then carries every note or the dot totals.',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.revealActivity': defineMethod({
    summary: 'Closes the activity if it is still open and shows its notes or ranking to the room.',
    input: z.undefined(),
    output: VotingStateSchema,
  }),
  'voting.listRecordedActivities': defineMethod({
    summary:
      'Every closed room activity the host holds a journal of for this workshop, with its notes or totals.',
    input: z.strictObject({ workshopId: WorkshopIdInput }),
    output: z.array(RecordedActivitySchema),
  }),
  'voting.castKeypadBallot': defineMethod({
    summary: 'Records one keypad vote from the shared screen (participants step up in turn).',
    input: z.strictObject({
      voterNumber: z.number().int().min(1).max(1000),
      questionId: QuestionIdSchema,
      answer: AnswerSchema,
    }),
    output: VotingStateSchema,
  }),
} as const;

export const votingEvents = {
  'voting.onDidChange': VotingStateSchema,
} as const;
