import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anAction, aStakeholder } from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { undo, UNDO_GROUP_MS } from '../../../app/store/create-app-store';
import { RiskRegisterSection } from './risk-register-section';

const kwame = aStakeholder({
  name: 'Kwame Mensah',
  stance: 'blocker',
  impact: 4,
  influence: 5,
  likelyWorkarounds: 'Re-triaging every claim by hand',
});

describe('RiskRegisterSection', () => {
  let test: TestWorkshop;
  beforeEach(async () => {
    test = await openTestWorkshop();
    test.store.getState().editWorkshop((draft) => {
      draft.stakeholders.push(kwame);
      draft.actions.push(anAction({ title: 'Hold co-design sessions' }));
    });
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 100));
    test.render(
      <>
        <FocusKeeper />
        <RiskRegisterSection />
      </>,
    );
  });
  afterEach(() => test.dispose());

  const risks = () => test.store.getState().workshop?.risks ?? [];
  const suggestionTitle = 'Kwame Mensah works around the AI: Re-triaging every claim by hand';

  it('adds a suggested risk in one click, with its source and suggested rating, and offers it no more', async () => {
    const suggestions = screen.getByRole('group', { name: 'Risks the room has already named' });
    expect(
      within(suggestions).getByText(/Suggested likelihood 5 and impact 5: score 25, Red\./),
    ).toBeTruthy();

    fireEvent.click(within(suggestions).getByRole('button', { name: `Add ${suggestionTitle}` }));

    expect(risks()).toMatchObject([
      {
        title: suggestionTitle,
        source: { kind: 'stakeholder', stakeholderId: kwame.id },
        likelihood: 5,
        impact: 5,
      },
    ]);
    expect(screen.queryByRole('group', { name: 'Risks the room has already named' })).toBeNull();
    expect(screen.getByText('From the stakeholder map: Kwame Mensah')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Risk R1' })),
    );
  });

  it('shows the score and band in words as likelihood and impact change, and undoes the change', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    expect(screen.getByText('Score 9: Amber')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 100));

    fireEvent.change(screen.getByRole('combobox', { name: 'Likelihood of risk R1' }), {
      target: { value: '4' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Impact of risk R1' }), { target: { value: '4' } });
    expect(screen.getByText('Score 16: Red')).toBeTruthy();
    expect(risks()[0]).toMatchObject({ likelihood: 4, impact: 4 });

    undo(test.store);
    expect(risks()[0]).toMatchObject({ likelihood: 3, impact: 3 });
  });

  it('links the mitigation to an action, and removing a risk puts focus on Add risk', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    const action = test.store.getState().workshop?.actions[0];
    fireEvent.change(screen.getByRole('combobox', { name: 'Mitigating action of risk R1' }), {
      target: { value: action?.id },
    });
    expect(risks()[0]?.mitigatingActionId).toBe(action?.id);

    fireEvent.click(screen.getByRole('button', { name: 'Remove risk R1' }));
    expect(risks()).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add risk' })),
    );
  });
});
