import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anAction, aParticipant, aStakeholder } from '../../../../test/fixtures/builders';
import {
  newId,
  type ActionId,
  type ParticipantId,
  type StakeholderId,
} from '../../../../shared/workshop/ids';
import { undo, UNDO_GROUP_MS } from '../../../app/store/create-app-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { RaciSection } from './raci-section';

const ana = newId<ParticipantId>();
const ben = newId<ParticipantId>();
const bea = newId<StakeholderId>();
const actionId = newId<ActionId>();

describe('RaciSection', () => {
  let test: TestWorkshop;
  beforeEach(async () => {
    test = await openTestWorkshop();
    test.store.getState().editWorkshop((draft) => {
      draft.participants.push(
        aParticipant({ id: ana, name: 'Ana Lopez' }),
        aParticipant({ id: ben, name: 'Ben Carter' }),
      );
      draft.stakeholders.push(aStakeholder({ id: bea, name: 'Bea Lindqvist', role: 'Team lead' }));
      draft.actions.push(
        anAction({
          id: actionId,
          title: 'Automate the claims feed',
          owner: { kind: 'participant', participantId: ana },
        }),
      );
    });
    test.render(
      <>
        <FocusKeeper />
        <RaciSection />
      </>,
    );
  });
  afterEach(() => test.dispose());

  const action = () => test.store.getState().workshop?.actions[0];
  const card = () => screen.getByRole('article', { name: 'A1 · Automate the claims feed' });
  const openRoles = () =>
    fireEvent.click(within(card()).getByRole('button', { name: /^Edit roles and links/ }));
  const accountable = () => within(card()).getByRole('combobox', { name: /^Accountable \(A\)/ });
  const problems = () =>
    within(card()).queryByRole('list', { name: 'RACI problems for A1 · Automate the claims feed' });

  it('warns while nobody is Accountable, and lets only one person be picked', () => {
    expect(within(problems() as HTMLElement).getByText(/Nobody is Accountable yet/)).toBeTruthy();
    // One select, not a multiple one: a second choice replaces the first.
    expect((accountable() as HTMLSelectElement).multiple).toBe(false);

    fireEvent.change(accountable(), { target: { value: `participant:${ben}` } });
    fireEvent.change(accountable(), { target: { value: `participant:${ana}` } });

    expect(action()?.raci.accountable).toEqual({ kind: 'participant', participantId: ana });
    expect(within(problems() as HTMLElement).queryByText(/Nobody is Accountable/)).toBeNull();
  });

  it('warns when the owner is not the Accountable person, and puts it right in one click', () => {
    fireEvent.change(accountable(), { target: { value: `stakeholder:${bea}` } });
    const list = problems() as HTMLElement;
    expect(within(list).getByText('The owner is not Bea Lindqvist, who is Accountable.')).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Make Bea Lindqvist the owner' }));

    expect(action()?.owner).toEqual({ kind: 'stakeholder', stakeholderId: bea });
    expect(within(card()).queryByText(/The owner is not/)).toBeNull();
  });

  it('adds people to Responsible, Consulted and Informed only with Add, and removes them', async () => {
    expect(within(card()).getByText(/^Responsible: nobody\. Consulted: nobody\./)).toBeTruthy();
    openRoles();
    const addResponsible = within(card()).getByRole('combobox', { name: /^Add to Responsible \(R\)/ });
    fireEvent.change(addResponsible, { target: { value: `participant:${ben}` } });
    expect(action()?.raci.responsible).toEqual([]);
    fireEvent.click(within(card()).getByRole('button', { name: /^Add to Responsible \(R\)/ }));
    expect(action()?.raci.responsible).toEqual([{ kind: 'participant', participantId: ben }]);
    expect(within(card()).getByText(/^Responsible: Ben Carter\./)).toBeTruthy();
    expect(within(card()).queryByText('Nobody is Responsible for doing the work yet.')).toBeNull();

    fireEvent.click(
      within(card()).getByRole('button', {
        name: 'Remove Ben Carter from Responsible (R) for A1 · Automate the claims feed',
      }),
    );
    expect(action()?.raci.responsible).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(addResponsible));
  });

  it('links the action to what it addresses, records agreement, and undoes each edit', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 100));
    await pause();
    openRoles();
    const picker = within(card()).getByRole('combobox', {
      name: 'Add what A1 · Automate the claims feed addresses',
    });
    fireEvent.change(picker, { target: { value: 'gap:data' } });
    fireEvent.click(within(card()).getByRole('button', { name: /^Add to what A1/ }));
    expect(action()?.addresses).toEqual([{ kind: 'gap', questionId: 'data' }]);
    expect(within(card()).getByText('Data gap')).toBeTruthy();

    await pause();
    fireEvent.click(within(card()).getByRole('checkbox', { name: /^Agreed in the room/ }));
    expect(action()?.agreedInRoom).toBe(true);

    undo(test.store);
    expect(action()?.agreedInRoom).toBe(false);
    expect(action()?.addresses).toEqual([{ kind: 'gap', questionId: 'data' }]);
    undo(test.store);
    expect(action()?.addresses).toEqual([]);
  });
});
