import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { castDraft } from 'immer';
import { newId, type ActionId, type SessionId, type VotingRoundId } from '../../../shared/workshop/ids';
import { anAction, aVotingRound, namedOwner } from '../../../test/fixtures/builders';
import { latestSession, sessionStages } from '../../../shared/workshop/sessions';
import { openTestWorkshop, type TestWorkshop } from '../../../test/support/workshop-store';
import { undo, UNDO_GROUP_MS, type AppStore } from '../../app/store/create-app-store';
import { AgendaRail } from '../cockpit/agenda-rail';
import { StagePane } from '../cockpit/stage-pane';
import { ActionReviewStageEditor } from '../stages/follow-up-review/action-review-stage-editor';
import { MovementTable } from '../stages/follow-up-retest/movement-table';
import { SessionSwitcher } from './session-switcher';
import { selectCurrentStageReadOnly } from './use-viewed-session';

describe('follow-up sessions in the app', () => {
  let workshop: TestWorkshop;
  let store: AppStore;
  beforeEach(async () => {
    workshop = await openTestWorkshop();
    store = workshop.store;
  });
  afterEach(async () => {
    await workshop.dispose();
  });
  const pause = () => new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 100));

  function addAction(title: string, dueDate: string): ActionId {
    const action = anAction({ title, dueDate, owner: namedOwner('Tom Okafor'), killer: 'data' });
    store.getState().editWorkshop((draft) => {
      draft.actions.push(action);
    });
    return action.id;
  }

  function addHandsRound(answer: 'yes' | 'partly' | 'no', openedAt: string) {
    const roundId = newId<VotingRoundId>();
    store.getState().editWorkshop((draft) => {
      draft.readiness.rounds.push(
        castDraft(
          aVotingRound({
            id: roundId,
            number: draft.readiness.rounds.length + 1,
            questionIds: ['data'],
            openedAt,
            closedAt: openedAt,
            revealed: true,
            mode: 'hands',
          }),
        ),
      );
      draft.readiness.handCounts.push({ roundId, questionId: 'data', yes: 0, partly: 0, no: 0, [answer]: 5 });
    });
  }

  /** A round the voting room recorded in `sessionId`: a fact, not an undoable edit. */
  function recordRoomRound(sessionId: SessionId): VotingRoundId {
    const roundId = newId<VotingRoundId>();
    store.getState().recordOutsideFacts((current) => ({
      ...current,
      readiness: {
        ...current.readiness,
        rounds: [
          ...current.readiness.rounds,
          aVotingRound({ id: roundId, questionIds: ['data'], openedAt: new Date().toISOString(), sessionId }),
        ],
      },
    }));
    return roundId;
  }

  it('runs a follow-up dated today with its short agenda, on its first stage', () => {
    store.getState().runFollowUp();
    const current = store.getState().workshop;
    if (current === null) throw new Error('no workshop');

    expect(current.sessions.map((session) => session.kind)).toEqual(['workshop', 'follow-up']);
    const stages = sessionStages(current, latestSession(current).id);
    expect(stages.map((stage) => stage.kind)).toEqual(['action-review', 're-test', 'actions']);
    expect(store.getState().currentStageId).toBe(stages[0]?.id);

    // Next and previous walk the session's own stages, never into another session.
    store.getState().goToPreviousStage();
    expect(store.getState().currentStageId).toBe(stages[0]?.id);
    for (let step = 0; step < 3; step += 1) store.getState().goToNextStage();
    expect(store.getState().currentStageId).toBe(stages[2]?.id);
  });

  it('reviews an action: status, percent, note and a new due date with the original kept, undoably', async () => {
    const id = addAction('Automate the claims feed', '2020-01-31');
    store.getState().runFollowUp();
    workshop.render(<ActionReviewStageEditor />);
    const card = screen.getByRole('listitem', { name: 'Automate the claims feed' });

    expect(within(card).getByText('Overdue: it was due 2020-01-31')).toBeTruthy();
    expect(within(card).getByRole('option', { name: 'Not started' })).toBeTruthy();
    fireEvent.change(within(card).getByLabelText(/^Status/), { target: { value: 'blocked' } });
    fireEvent.change(within(card).getByLabelText(/^Percent done/), { target: { value: '40' } });
    await pause();
    fireEvent.change(within(card).getByLabelText(/^Due date/), { target: { value: '2030-06-30' } });

    const action = () => store.getState().workshop?.actions.find((candidate) => candidate.id === id);
    expect(action()).toMatchObject({
      status: 'blocked',
      progress: 40,
      dueDate: '2030-06-30',
      originalDueDate: '2020-01-31',
    });
    expect(within(card).getByText('Originally due 2020-01-31')).toBeTruthy();
    expect(within(card).queryByText(/^Overdue/)).toBeNull();
    const review = latestSession(store.getState().workshop ?? never()).actionReviews[0];
    expect(review).toMatchObject({ actionId: id, status: 'blocked', progress: 40, dueDate: '2030-06-30' });

    undo(store);
    expect(action()).toMatchObject({
      status: 'blocked',
      progress: 40,
      dueDate: '2020-01-31',
      originalDueDate: '',
    });
  });

  it('undo takes back a review but never a round the voting room recorded', async () => {
    const id = addAction('Automate the claims feed', '');
    store.getState().runFollowUp();
    await pause();
    store.getState().reviewAction(id, { status: 'done' });
    const sessionId = latestSession(store.getState().workshop ?? never()).id;
    const roundId = recordRoomRound(sessionId);

    undo(store);
    const after = store.getState().workshop ?? never();
    expect(after.actions.find((action) => action.id === id)?.status).toBe('todo');
    expect(after.readiness.rounds.map((round) => [round.id, round.sessionId])).toEqual([
      [roundId, sessionId],
    ]);
  });

  it('undo never takes away a follow-up the room has voted in, nor moves its votes to the workshop', async () => {
    store.getState().runFollowUp();
    await pause();
    const followUp = latestSession(store.getState().workshop ?? never());
    const roundId = recordRoomRound(followUp.id);

    undo(store); // the follow-up itself was the last undoable step
    const after = store.getState().workshop ?? never();
    expect(after.sessions.map((session) => session.id)).toContain(followUp.id);
    expect(after.sessions[0]?.kind).toBe('workshop');
    expect(sessionStages(after, followUp.id).map((stage) => stage.kind)).toEqual([
      'action-review',
      're-test',
      'actions',
    ]);
    expect(after.readiness.rounds.map((round) => [round.id, round.sessionId])).toEqual([
      [roundId, followUp.id],
    ]);
  });

  it('goes back to the workshop’s stages read-only, and forward to the follow-up', async () => {
    store.getState().runFollowUp();
    workshop.render(
      <>
        <SessionSwitcher />
        <StagePane />
      </>,
    );
    const sessions = screen.getByRole('navigation', { name: 'Sessions' });
    fireEvent.click(within(sessions).getByRole('button', { name: /^Workshop, / }));

    expect(selectCurrentStageReadOnly(store.getState())).toBe(true);
    expect(await screen.findByText(/This session is over/)).toBeTruthy();
    expect(screen.getByRole('group')).toHaveProperty('disabled', true);
    fireEvent.click(within(sessions).getByRole('button', { name: /\(now\)$/ }));
    expect(selectCurrentStageReadOnly(store.getState())).toBe(false);
  });

  it('lists only the shown session’s stages, and adds a stage to that session', () => {
    store.getState().runFollowUp();
    workshop.render(<AgendaRail startEditing />);
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });

    expect(within(agenda).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('New stage'), { target: { value: 'Next review date' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }));
    const current = store.getState().workshop ?? never();
    expect(current.agenda.at(-1)).toMatchObject({
      title: 'Next review date',
      sessionId: latestSession(current).id,
    });
    expect(within(agenda).getAllByRole('listitem')).toHaveLength(4);
  });

  it('lists each session’s own rounds: the workshop’s on its readiness stage, the follow-up’s on its re-test', async () => {
    addHandsRound('no', '2000-01-01T10:00:00.000Z');
    store.getState().runFollowUp();
    addHandsRound('partly', new Date().toISOString());
    const current = store.getState().workshop ?? never();
    const reTest = sessionStages(current, latestSession(current).id).find(
      (stage) => stage.kind === 're-test',
    );
    const readiness = current.agenda.find((stage) => stage.kind === 'readiness');
    workshop.render(<StagePane />);

    store.getState().goToStage(reTest?.id ?? never());
    expect(await screen.findByRole('heading', { name: /^Round 2 · / })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Round 1 · / })).toBeNull();

    store.getState().goToStage(readiness?.id ?? never());
    expect(await screen.findByRole('heading', { name: /^Round 1 · / })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Round 2 · / })).toBeNull();
  });

  it('shows each question’s movement and the verdict then and now, in words', () => {
    addHandsRound('no', '2000-01-01T10:00:00.000Z');
    store.getState().runFollowUp();
    addHandsRound('partly', new Date().toISOString());
    const current = store.getState().workshop ?? never();
    workshop.render(<MovementTable session={latestSession(current)} />);
    const data = screen.getByRole('row', { name: /^Data/ });

    expect(within(data).getByText(/^No → Partly since Workshop, .* \(better\)$/)).toBeTruthy();
    expect(screen.getByText(/^Follow-up, .*: Test not finished$/)).toBeTruthy();
  });
});

function never(): never {
  throw new Error('no workshop');
}
