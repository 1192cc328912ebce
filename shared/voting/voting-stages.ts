/**
 * The stages where the room votes: the Scaling Readiness Test, and a follow-up's action
 * review (is a gap closed?) and re-test. On these the audience screen shows an open round and
 * the revealed results; one list, so the facilitator's window and the audience screen agree.
 */
const ROOM_VOTING_STAGE_KINDS: ReadonlySet<string> = new Set(['readiness', 'action-review', 're-test']);

/** True for a stage kind where the room votes. */
export function isRoomVotingStage(kind: string): boolean {
  return ROOM_VOTING_STAGE_KINDS.has(kind);
}
