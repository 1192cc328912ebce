import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { newId, type ParticipantId } from '../../../../shared/workshop/ids';
import type { OwnerRef } from '../../../../shared/workshop/people';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { OwnerPicker } from './owner-picker';

/** Holds the picked owner in React state, as an editor holds it in the document. */
function PickerHarness({ onPick }: { onPick: (owner: OwnerRef) => void }) {
  const [owner, setOwner] = useState<OwnerRef>({ kind: 'none' });
  return (
    <OwnerPicker
      label="Owner"
      hiddenSuffix="of the claims feed"
      value={owner}
      onValueChange={(next) => {
        setOwner(next);
        onPick(next);
      }}
    />
  );
}

describe('OwnerPicker', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  it('offers the participants, someone else, and nobody, and maps each to an owner reference', () => {
    const ana = newId<ParticipantId>();
    store.getState().editWorkshop((draft) => {
      draft.participants.push({
        id: ana,
        name: 'Ana Lopez',
        role: 'Claims lead',
        team: '',
        isMiddleManager: false,
      });
    });
    const picked: OwnerRef[] = [];
    workshop.render(<PickerHarness onPick={(owner) => picked.push(owner)} />);
    const select = screen.getByRole('combobox', { name: 'Owner of the claims feed' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Nobody yet', 'Ana Lopez, Claims lead', 'Someone else…']);

    fireEvent.change(select, { target: { value: ana } });
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.change(select, { target: { value: 'someone-else' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Their name (Owner of the claims feed)' }), {
      target: { value: 'Dana Reyes' },
    });
    fireEvent.change(select, { target: { value: '' } });

    expect(picked).toEqual([
      { kind: 'participant', participantId: ana },
      { kind: 'named', name: '' },
      { kind: 'named', name: 'Dana Reyes' },
      { kind: 'none' },
    ]);
  });
});
