import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { RetrospectiveStageEditor } from './retrospective-stage-editor';

describe('RetrospectiveStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(<RetrospectiveStageEditor />);
  }

  it('writes what the pilot proved into the workshop', () => {
    renderEditor();
    fireEvent.change(screen.getByRole('textbox', { name: 'What did the pilot prove?' }), {
      target: { value: 'Claims checked in 12 minutes instead of 40' },
    });
    expect(store.getState().workshop?.retrospective.whatItProved).toBe(
      'Claims checked in 12 minutes instead of 40',
    );
  });

  it('records whether each pilot condition vanishes at scale, and asks for a note when it does', () => {
    renderEditor();
    const curated = screen.getByRole('group', { name: 'Clean data prepared by hand' });
    const choice = within(curated).getByRole('group', { name: 'Does it vanish at scale?' });
    expect(within(choice).getByRole('radio', { name: 'Not sure yet' })).toHaveProperty('checked', true);

    fireEvent.click(within(choice).getByRole('radio', { name: 'Yes' }));

    expect(store.getState().workshop?.retrospective.conditions.curatedData.vanishesAtScale).toBe('yes');
    expect(within(curated).getByText(/Note what will replace it at scale/)).toBeTruthy();
    expect(
      screen.getByText('1 of 4 pilot conditions will not hold at scale: clean data prepared by hand.'),
    ).toBeTruthy();

    fireEvent.change(
      within(curated).getByRole('textbox', { name: 'Notes on “Clean data prepared by hand”' }),
      {
        target: { value: 'Twelve systems, no cleaning team' },
      },
    );
    expect(store.getState().workshop?.retrospective.conditions.curatedData.notes).toBe(
      'Twelve systems, no cleaning team',
    );
    expect(within(curated).queryByText(/Note what will replace it at scale/)).toBeNull();
  });
});
