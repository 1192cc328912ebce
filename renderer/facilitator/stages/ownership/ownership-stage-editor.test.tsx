import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { OwnershipStageEditor } from './ownership-stage-editor';

describe('OwnershipStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(<OwnershipStageEditor />);
  }

  function addParticipant(name: string, role: string): ParticipantId {
    const id = newId<ParticipantId>();
    store.getState().editWorkshop((draft) => {
      draft.participants.push({ id, name, role, team: '', isMiddleManager: false });
    });
    return id;
  }

  it('warns, in words and with role=status, while the business role looks like an IT role', () => {
    renderEditor();
    const role = screen.getByRole('textbox', { name: 'Business role' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    fireEvent.change(role, { target: { value: 'Head of IT' } });
    expect(status.textContent).toMatch(/Warning:.*“Head of IT” sounds like an IT or technology role/);
    expect(role.getAttribute('aria-describedby')).toContain(status.id);
    expect(store.getState().workshop?.ownership.productOwner.businessRole).toBe('Head of IT');

    fireEvent.change(role, { target: { value: 'Head of Claims' } });
    expect(status.textContent).toBe('');
  });

  it('takes the product owner from the participants, with their role as a first guess', () => {
    const ana = addParticipant('Ana Lopez', 'Claims director');
    renderEditor();
    fireEvent.change(screen.getByRole('combobox', { name: 'Who is the AI Product Owner?' }), {
      target: { value: ana },
    });
    expect(store.getState().workshop?.ownership.productOwner).toMatchObject({
      participantId: ana,
      name: 'Ana Lopez',
      businessRole: 'Claims director',
    });
  });

  it('lets the product owner be someone who is not in the room', () => {
    renderEditor();
    fireEvent.change(screen.getByRole('combobox', { name: 'Who is the AI Product Owner?' }), {
      target: { value: 'someone-else' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Their name (Who is the AI Product Owner?)' }), {
      target: { value: 'Sam Okafor' },
    });
    expect(store.getState().workshop?.ownership.productOwner).toMatchObject({
      participantId: null,
      name: 'Sam Okafor',
    });
  });

  it('asks for a number in the measurable objective', () => {
    renderEditor();
    const objective = screen.getByRole('textbox', { name: 'Measurable objective' });
    fireEvent.change(objective, { target: { value: 'Faster claims' } });
    expect(screen.getByText(/This has no number yet/)).toBeTruthy();
    fireEvent.change(objective, { target: { value: 'Cut claim handling time by 20% by June' } });
    expect(screen.queryByText(/This has no number yet/)).toBeNull();
  });

  it('names an owner for each post-launch question, flagging those without one', () => {
    const ben = addParticipant('Ben Adler', 'Operations manager');
    renderEditor();
    expect(screen.getAllByText('No owner yet.')).toHaveLength(4);

    fireEvent.change(screen.getByRole('combobox', { name: 'Who looks after the model once it is live?' }), {
      target: { value: ben },
    });
    fireEvent.change(
      screen.getByRole('combobox', { name: 'Who answers for it when something goes wrong?' }),
      {
        target: { value: 'someone-else' },
      },
    );
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Their name (Who answers for it when something goes wrong?)' }),
      { target: { value: 'Chief Operating Officer' } },
    );

    expect(store.getState().workshop?.ownership.postLaunchOwners).toMatchObject({
      modelUpkeep: { kind: 'participant', participantId: ben },
      incidentAccountability: { kind: 'named', name: 'Chief Operating Officer' },
      qualityMonitoring: { kind: 'none' },
    });
    expect(screen.getAllByText('No owner yet.')).toHaveLength(2);
    expect(screen.getByText(/2 of 4 questions have a named owner/)).toBeTruthy();
  });
});
