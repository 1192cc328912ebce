/**
 * People are entered once: a stakeholder can be picked from the participants (or become a
 * participant), owners everywhere pick from the same people, and renaming a person renames
 * them everywhere.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlanParts } from '../../../../electron/host/export/plan/action-plan';
import { indexPeople } from '../../../../electron/host/export/plan/people';
import { aParticipant, aStakeholder, anAction, fixtureId } from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { removeStakeholders } from '../stakeholders/stakeholder-edits';
import { StakeholderRecord } from '../stakeholders/stakeholder-record';
import { removeParticipant } from '../welcome/remove-participant';
import { WelcomeStageEditor } from '../welcome/welcome-stage-editor';
import { OwnerPicker } from './owner-picker';

const ana = aParticipant({
  id: fixtureId('ana'),
  name: 'Ana Lopez',
  role: 'Claims team lead',
  team: 'Motor claims',
  isMiddleManager: true,
});
const sofia = aStakeholder({
  id: fixtureId('sofia'),
  name: 'Sofia Brandt',
  role: 'Head of Fraud',
  team: 'Fraud',
});
const blank = aStakeholder({ id: fixtureId('blank'), name: '', role: '', team: '', kind: 'other' });

describe('people entered once', () => {
  let test: TestWorkshop;

  beforeEach(async () => {
    test = await openTestWorkshop();
    test.store.getState().editWorkshop((draft) => {
      draft.participants = [ana];
      draft.stakeholders = [sofia, blank];
    });
  });
  afterEach(() => test.dispose());

  const workshop = () => {
    const current = test.store.getState().workshop;
    if (current === null) throw new Error('a workshop is open');
    return current;
  };

  it('fills a stakeholder from a participant picked from the list, and links the two', () => {
    test.render(<StakeholderRecord id={blank.id} onRemoved={vi.fn()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Same person as a participant' }), {
      target: { value: ana.id },
    });

    expect(workshop().stakeholders[1]).toMatchObject({
      name: 'Ana Lopez',
      role: 'Claims team lead',
      team: 'Motor claims',
      kind: 'middle-manager',
      participantId: ana.id,
    });
  });

  it('adds a stakeholder to the participants in one click', () => {
    test.render(<StakeholderRecord id={sofia.id} onRemoved={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add Sofia Brandt to the participants' }));

    const added = workshop().participants[1];
    expect(added).toMatchObject({ name: 'Sofia Brandt', role: 'Head of Fraud', team: 'Fraud' });
    expect(workshop().stakeholders[0]?.participantId).toBe(added?.id);
  });

  it('renames a participant everywhere: the linked stakeholder, the product owner and every owner', async () => {
    test.store.getState().editWorkshop((draft) => {
      const card = draft.stakeholders[1];
      if (card !== undefined) Object.assign(card, { name: 'Ana Lopez', participantId: ana.id });
      draft.ownership.productOwner = {
        ...draft.ownership.productOwner,
        name: 'Ana Lopez',
        participantId: ana.id,
      };
      draft.actions = [anAction({ owner: { kind: 'participant', participantId: ana.id } })];
    });
    test.render(<WelcomeStageEditor />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of participant 1' }), {
      target: { value: 'Ana López-Grant' },
    });

    expect(workshop().stakeholders[1]?.name).toBe('Ana López-Grant');
    expect(workshop().ownership.productOwner.name).toBe('Ana López-Grant');
    expect(indexPeople(workshop()).owner(workshop().actions[0]?.owner ?? { kind: 'none' })).toMatchObject({
      name: 'Ana López-Grant',
    });
  });

  it('renames the participant when their stakeholder card is renamed', () => {
    test.store.getState().editWorkshop((draft) => {
      const card = draft.stakeholders[1];
      if (card !== undefined) Object.assign(card, { name: 'Ana Lopez', participantId: ana.id });
    });
    test.render(<StakeholderRecord id={blank.id} onRemoved={vi.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ana Grant' } });

    expect(workshop().participants[0]?.name).toBe('Ana Grant');
  });

  it('lets owners be picked from the stakeholders who are not in the room, by reference', () => {
    const picked = vi.fn();
    test.render(<OwnerPicker label="Owner" value={{ kind: 'none' }} onValueChange={picked} />);
    const select = screen.getByRole('combobox', { name: 'Owner' });
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      'In the room',
      'On the stakeholder map',
    ]);
    // Ana is in the room; the blank card has no name to pick.
    expect(
      within(groups[1] as HTMLElement)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Sofia Brandt, Head of Fraud']);

    fireEvent.change(select, { target: { value: `stakeholder:${sofia.id}` } });
    expect(picked).toHaveBeenCalledWith({ kind: 'stakeholder', stakeholderId: sofia.id });
  });

  it('names a stakeholder owner in the plan by their current name', () => {
    test.store.getState().editWorkshop((draft) => {
      draft.actions = [anAction({ owner: { kind: 'stakeholder', stakeholderId: sofia.id } })];
      const card = draft.stakeholders[0];
      if (card !== undefined) card.name = 'Sofia Brandt-Moreau';
    });
    expect(indexPeople(workshop()).owner(workshop().actions[0]?.owner ?? { kind: 'none' })).toMatchObject({
      name: 'Sofia Brandt-Moreau',
    });
    expect(buildPlanParts(workshop()).map((part) => part.title)).toContain('Action plan');
  });

  it('keeps a removed person’s name on what they owned, and their card on the map', () => {
    test.store.getState().editWorkshop((draft) => {
      const card = draft.stakeholders[1];
      if (card !== undefined) Object.assign(card, { name: 'Ana Lopez', participantId: ana.id });
      draft.actions = [anAction({ owner: { kind: 'stakeholder', stakeholderId: sofia.id } })];
    });
    test.store.getState().editWorkshop((draft) => removeStakeholders(draft, new Set([sofia.id])));
    test.store.getState().editWorkshop((draft) => removeParticipant(draft, ana.id));

    expect(workshop().actions[0]?.owner).toEqual({ kind: 'named', name: 'Sofia Brandt' });
    expect(workshop().stakeholders).toEqual([
      expect.objectContaining({ name: 'Ana Lopez', participantId: null }),
    ]);
  });
});
