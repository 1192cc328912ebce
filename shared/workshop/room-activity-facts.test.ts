import { describe, expect, it } from 'vitest';
import { aWorkshop, fixtureId } from '../../test/fixtures/builders';
import { aDotVote, aRoomNote, aWritingRound } from '../../test/fixtures/room-builders';
import { followUpSession, workshopSession } from '../../test/fixtures/session-builders';
import type { SessionId } from './ids';
import { withVotingFactsOf } from './readiness-facts';
import { withRecordedActivities, withRoomActivityFactsOf } from './room-activity-facts';

const open = aWritingRound({ closedAt: null, revealedAt: null });

describe('withRecordedActivities', () => {
  it('adds what the room recorded: a close, a reveal, notes arriving in no group', () => {
    const workshop = aWorkshop({ roomActivities: [open] });
    const recorded = {
      ...open,
      closedAt: '2025-03-18T09:10:00.000Z',
      notes: [aRoomNote('n1', 'Spreadsheets')],
    };

    const next = withRecordedActivities(workshop, [recorded]);

    expect(next.roomActivities[0]).toMatchObject({ closedAt: recorded.closedAt, revealedAt: null });
    expect(next.roomActivities[0]?.notes).toEqual([aRoomNote('n1', 'Spreadsheets')]);
    expect(withRecordedActivities(next, [recorded])).toBe(next);
  });

  it('never changes what the document holds: its notes’ groups, an earlier close', () => {
    const stored = aWritingRound({ notes: [aRoomNote('n1', 'Kept', { groupId: fixtureId('g1') })] });
    const workshop = aWorkshop({ roomActivities: [stored] });

    const next = withRecordedActivities(workshop, [
      { ...stored, closedAt: '2030-01-01T00:00:00.000Z', notes: [aRoomNote('n1', 'Kept')] },
    ]);

    expect(next).toBe(workshop);
  });

  it('adds an activity it never heard of, and dot totals once the vote closed', () => {
    const items = [
      { id: fixtureId('i1'), label: 'A', actionId: null },
      { id: fixtureId('i2'), label: 'B', actionId: null },
    ];
    const openVote = aDotVote(items, null);
    const workshop = aWorkshop({ roomActivities: [openVote] });

    const next = withRecordedActivities(workshop, [
      aDotVote(items, [3, 1]),
      aWritingRound({ id: fixtureId('new') }),
    ]);

    expect(next.roomActivities[0]?.dots?.totals).toEqual([
      { itemId: fixtureId('i1'), dots: 3 },
      { itemId: fixtureId('i2'), dots: 1 },
    ]);
    expect(next.roomActivities.map((activity) => activity.id)).toEqual([openVote.id, fixtureId('new')]);
  });
});

describe('withRoomActivityFactsOf', () => {
  it('puts the room’s facts into an earlier document and keeps that document’s own edits', () => {
    const earlier = aWorkshop({
      roomActivities: [aWritingRound({ closedAt: null, revealedAt: null })],
    });
    const later = aWorkshop({
      roomActivities: [
        aWritingRound({
          groups: [{ id: fixtureId('g1'), title: 'Data' }],
          notes: [
            aRoomNote('n1', 'Spreadsheets', {
              groupId: fixtureId('g1'),
              record: { kind: 'risk', id: fixtureId('r1') },
            }),
          ],
        }),
      ],
    });

    const kept = withRoomActivityFactsOf(earlier, later);

    const activity = kept.roomActivities[0];
    expect(activity?.revealedAt).not.toBeNull();
    expect(activity?.groups).toEqual([]);
    // The note the earlier document lacked comes without the group and record it cannot honour.
    expect(activity?.notes).toEqual([aRoomNote('n1', 'Spreadsheets')]);
    expect(withRoomActivityFactsOf(kept, kept)).toBe(kept);
    expect(withRoomActivityFactsOf(later, later)).toBe(later);
  });

  it('keeps the follow-up a writing round ran in when undo takes the follow-up away', () => {
    const first = workshopSession(fixtureId('s-workshop') as SessionId, '2025-03-18');
    const followUp = followUpSession(fixtureId('s-follow-up') as SessionId, '2025-05-01');
    const beforeFollowUp = aWorkshop({ sessions: [first] });
    const later = aWorkshop({
      sessions: [first, followUp],
      roomActivities: [
        aWritingRound({ sessionId: followUp.id, notes: [aRoomNote('n1', 'Still spreadsheets')] }),
      ],
    });

    const kept = withVotingFactsOf(beforeFollowUp, later);

    expect(kept.sessions.map((session) => session.id)).toEqual([first.id, followUp.id]);
    expect(kept.roomActivities[0]?.notes).toHaveLength(1);
  });
});
