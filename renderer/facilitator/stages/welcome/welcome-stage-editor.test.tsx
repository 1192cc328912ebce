import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type ActionId } from '../../../../shared/workshop/ids';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { WelcomeStageEditor } from './welcome-stage-editor';
import { newActionPlanFields } from '../../../../shared/workshop/action-links';

describe('WelcomeStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  beforeEach(() => {
    workshop.render(
      <>
        <FocusKeeper />
        <WelcomeStageEditor />
      </>,
    );
  });

  const participants = () => store.getState().workshop?.participants ?? [];

  it('opens with a prompt for the facilitator', () => {
    expect(screen.getByText('Ask the room')).toBeTruthy();
  });

  it('adds a participant and writes what is typed into the workshop', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    const name = screen.getByRole('textbox', { name: 'Name of participant 1' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.change(name, { target: { value: 'Ana Lopez' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Role of Ana Lopez' }), {
      target: { value: 'Claims team lead' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Team of Ana Lopez' }), {
      target: { value: 'Claims' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ana Lopez is a middle manager/ }));

    expect(participants()).toEqual([
      expect.objectContaining({
        name: 'Ana Lopez',
        role: 'Claims team lead',
        team: 'Claims',
        isMiddleManager: true,
      }),
    ]);
    expect(screen.getByText(/1 participant, 1 middle manager/)).toBeTruthy();
  });

  it('starts a new row when Enter is pressed in the last row', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    const team = screen.getByRole('textbox', { name: 'Team of participant 1' });
    fireEvent.keyDown(team, { key: 'Enter' });
    expect(participants()).toHaveLength(2);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of participant 2' })),
    );

    // Enter in a row that is not the last moves on without adding.
    screen.getByRole('textbox', { name: 'Name of participant 1' }).focus();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name of participant 1' }), { key: 'Enter' });
    expect(participants()).toHaveLength(2);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of participant 2' })),
    );
  });

  it('removes a participant, keeping their name on what they owned', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of participant 1' }), {
      target: { value: 'Ana Lopez' },
    });
    const ana = participants()[0];
    if (ana === undefined) throw new Error('no participant');
    store.getState().editWorkshop((draft) => {
      draft.actions.push({
        id: newId<ActionId>(),
        title: 'Write the objective',
        owner: { kind: 'participant', participantId: ana.id },
        dueDate: '',
        killer: 'ownership',
        priority: 'high',
        status: 'todo',
        notes: '',
        fromSuggestion: null,
        ...newActionPlanFields(),
      });
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana Lopez' }));

    expect(participants()).toEqual([]);
    expect(store.getState().workshop?.actions[0]?.owner).toEqual({ kind: 'named', name: 'Ana Lopez' });
    expect(screen.queryByRole('table')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add participant' })),
    );
  });

  it('asks for a name, without blocking, when only a role is typed', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    const name = screen.getByRole('textbox', { name: 'Name of participant 1' });
    expect(screen.queryByText(/Add a name/)).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Role of participant 1' }), {
      target: { value: 'Operations manager' },
    });
    const message = screen.getByText(/Add a name so this person can be picked as an owner/);
    expect(name.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
    fireEvent.change(name, { target: { value: 'Ben' } });
    expect(screen.queryByText(/Add a name/)).toBeNull();
  });

  const names = () => screen.getAllByRole('textbox', { name: /^Name of / }) as HTMLInputElement[];

  /** Adds participants named `people`, each time waiting for focus in the new name. */
  async function addPeople(...people: string[]) {
    for (const [index, person] of people.entries()) {
      fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
      await waitFor(() => expect(document.activeElement).toBe(names()[index]));
      fireEvent.change(names()[index] as HTMLInputElement, { target: { value: person } });
    }
  }

  it('after removing a participant, focuses the next one’s name, else the previous one’s', async () => {
    await addPeople('Ana', 'Ben', 'Chen');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ben' }));
    await waitFor(() => expect(document.activeElement).toBe(names()[1]));
    expect(names()[1]?.value).toBe('Chen');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Chen' }));
    await waitFor(() => expect(document.activeElement).toBe(names()[0]));
    expect(names()[0]?.value).toBe('Ana');
  });

  it('Escape in a name puts back what it held when the cursor came in', async () => {
    await addPeople('Ana');
    const name = names()[0] as HTMLInputElement;
    name.blur();
    name.focus();
    fireEvent.change(name, { target: { value: 'Ana Lopez-Garcia' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(participants()[0]?.name).toBe('Ana');
    expect((names()[0] as HTMLInputElement).value).toBe('Ana');
  });
});
