/**
 * Facts that come from outside the document: the rounds the voting room ran (opened,
 * closed, revealed) and the ballots the room cast. The facilitator did not type them, so
 * undo and redo never take them away or bring back an older copy; what the facilitator
 * typed (final answers, rationales, show-of-hands rounds and their counts) stays undoable.
 */
import type { SessionId } from './ids';
import type { Ballot, VotingRound } from './readiness';
import { withRoomActivityFactsOf } from './room-activity-facts';
import { sessionOfRound } from './sessions';
import type { Workshop } from './workshop';

/** A round the voting room ran (phones or keypad); show-of-hands rounds live only in the document. */
export function isHostRound(round: Pick<VotingRound, 'mode'>): boolean {
  return round.mode !== 'hands';
}

/**
 * `target` with the voting facts of `source`: its host rounds (in place of the target's),
 * its ballots, and what the room wrote (see `withRoomActivityFactsOf`). Used after an undo
 * or redo, with `source` the document just before it. Returns `target` itself when the
 * facts already agree, so nothing is saved for nothing.
 */
export function withVotingFactsOf(target: Workshop, source: Workshop): Workshop {
  return withRoomActivityFactsOf(withRoundFactsOf(target, source), source);
}

function withRoundFactsOf(target: Workshop, source: Workshop): Workshop {
  const sourceRounds = source.readiness.rounds.filter(isHostRound);
  const targetRounds = target.readiness.rounds.filter(isHostRound);
  const sameRounds =
    sourceRounds.length === targetRounds.length &&
    sourceRounds.every((round, index) => round === targetRounds[index]);
  // The room's writing rounds and dot votes keep their session too.
  const withSessions = withSessionsVotedIn(target, source, [...sourceRounds, ...source.roomActivities]);
  if (sameRounds && source.readiness.ballots === target.readiness.ballots) return withSessions;
  const rounds = [...target.readiness.rounds.filter((round) => !isHostRound(round)), ...sourceRounds].sort(
    (first, second) => first.number - second.number,
  );
  return {
    ...withSessions,
    readiness: { ...target.readiness, rounds, ballots: source.readiness.ballots },
  };
}

/**
 * `target` with every session the room voted or wrote in (and that session's stages), taken
 * from `source` when the target lacks it: undoing "Run a follow-up" after its re-test was
 * voted would otherwise leave the votes without their session, counted as the workshop's.
 */
function withSessionsVotedIn(
  target: Workshop,
  source: Workshop,
  roomFacts: readonly { readonly sessionId?: SessionId | undefined }[],
): Workshop {
  const votedIn = new Set(roomFacts.map((fact) => fact.sessionId).filter((id) => id !== undefined));
  const held = new Set(target.sessions.map((session) => session.id));
  const missing = source.sessions.filter((session) => votedIn.has(session.id) && !held.has(session.id));
  if (missing.length === 0) return target;
  // The target's sessions as the source lists them: a lone follow-up needs the workshop's too.
  const sessions = source.sessions.filter((session) => held.has(session.id) || missing.includes(session));
  const targetStages = new Set(target.agenda.map((stage) => stage.id));
  const missingIds = new Set(missing.map((session) => session.id));
  const stages = source.agenda.filter(
    (stage) =>
      stage.sessionId !== undefined && missingIds.has(stage.sessionId) && !targetStages.has(stage.id),
  );
  const firstHeld = source.sessions[0];
  const keepFirst =
    firstHeld !== undefined && !sessions.includes(firstHeld) ? [firstHeld, ...sessions] : sessions;
  return { ...target, sessions: keepFirst, agenda: [...target.agenda, ...stages] };
}

/** A round the host kept, as the document records it. */
export interface RecordedRoundFacts {
  readonly round: VotingRound;
  readonly ballots: readonly Ballot[];
}

/**
 * The document with what the host recorded and the document lacks: a closed round it never
 * heard of (its window had gone; it is given the session held when it opened), a round it
 * still thought open, ballots it missed. Nothing
 * the document already holds is changed or removed. Returns `workshop` itself when nothing
 * was missing.
 */
export function withRecordedRounds(workshop: Workshop, recorded: readonly RecordedRoundFacts[]): Workshop {
  let changed = false;
  const rounds = [...workshop.readiness.rounds];
  const ballots = [...workshop.readiness.ballots];
  const knownBallots = new Set(ballots.map((ballot) => ballot.id));
  for (const { round, ballots: recordedBallots } of recorded) {
    const index = rounds.findIndex((candidate) => candidate.id === round.id);
    const stored = rounds[index];
    if (stored === undefined) {
      // A round the document never heard of belongs to the session held when it opened.
      rounds.push(
        round.sessionId === undefined ? { ...round, sessionId: sessionOfRound(workshop, round) } : round,
      );
      changed = true;
    } else if (stored.closedAt === null && round.closedAt !== null) {
      rounds[index] = { ...stored, closedAt: round.closedAt };
      changed = true;
    }
    for (const ballot of recordedBallots) {
      if (knownBallots.has(ballot.id)) continue;
      knownBallots.add(ballot.id);
      ballots.push(ballot);
      changed = true;
    }
  }
  if (!changed) return workshop;
  rounds.sort((first, second) => first.number - second.number);
  return { ...workshop, readiness: { ...workshop.readiness, rounds, ballots } };
}
