import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/workshop/actions';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import { actionWarnings, calendarDate } from './action-warnings';

const TODAY = '2025-03-14';

function anAction(overrides: Partial<Pick<Action, 'owner' | 'dueDate' | 'status'>> = {}) {
  return {
    owner: { kind: 'named', name: 'Ana Lopez' },
    dueDate: '2025-04-01',
    status: 'todo',
    ...overrides,
  } satisfies Pick<Action, 'owner' | 'dueDate' | 'status'>;
}

const texts = (action: ReturnType<typeof anAction>) =>
  actionWarnings(action, TODAY).map((warning) => warning.text);

describe('actionWarnings', () => {
  it('has nothing to say about an owned action due in the future', () => {
    expect(actionWarnings(anAction(), TODAY)).toEqual([]);
  });

  it('flags an action nobody owns, including "someone else" with no name typed', () => {
    expect(texts(anAction({ owner: { kind: 'none' } }))).toEqual(['No owner']);
    expect(texts(anAction({ owner: { kind: 'named', name: '   ' } }))).toEqual(['No owner']);
  });

  it('counts a participant as an owner', () => {
    expect(
      texts(anAction({ owner: { kind: 'participant', participantId: newId<ParticipantId>() } })),
    ).toEqual([]);
  });

  it('flags a missing due date', () => {
    expect(texts(anAction({ dueDate: '' }))).toEqual(['No due date']);
  });

  it('flags a due date before today, but not today itself', () => {
    expect(texts(anAction({ dueDate: '2025-03-13' }))).toEqual(['Due date has passed']);
    expect(texts(anAction({ dueDate: TODAY }))).toEqual([]);
    expect(texts(anAction({ dueDate: '2024-12-31', owner: { kind: 'none' } }))).toEqual([
      'No owner',
      'Due date has passed',
    ]);
  });

  it('has no flags once the action is done', () => {
    expect(texts(anAction({ status: 'done', owner: { kind: 'none' }, dueDate: '2020-01-01' }))).toEqual([]);
  });

  it('keeps flagging blocked and in-progress actions', () => {
    expect(texts(anAction({ status: 'blocked', dueDate: '2025-01-01' }))).toEqual(['Due date has passed']);
    expect(texts(anAction({ status: 'in-progress', dueDate: '' }))).toEqual(['No due date']);
  });
});

describe('calendarDate', () => {
  it('writes the local date as yyyy-mm-dd', () => {
    expect(calendarDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(calendarDate(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});
