import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stakeholder } from '../../../../shared/workshop';
import { aStakeholder, fixtureId } from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { ManagerShortlistPanel } from './manager-shortlist-panel';

/** A middle manager with a readable id made from the name. */
function aManager(name: string, overrides: Partial<Stakeholder> = {}): Stakeholder {
  return aStakeholder({
    id: fixtureId(name.toLowerCase().replace(/\s+/g, '-')),
    name,
    kind: 'middle-manager',
    impact: 3,
    influence: 3,
    ...overrides,
  });
}

/** Five managers, all marked, none of those left out highly affected: a sound shortlist. */
function aSoundShortlist(): Stakeholder[] {
  return [
    aManager('Ana Lopez', { impact: 5, isCoDesigner: true }),
    aManager('Ben Ode', { impact: 4, isCoDesigner: true }),
    aManager('Cleo Park', { impact: 4, isCoDesigner: true }),
    aManager('Dev Rao', { impact: 3, isCoDesigner: true }),
    aManager('Eli Stone', { impact: 2, isCoDesigner: true }),
    aManager('Fay Wu', { impact: 3 }),
  ];
}

describe('ManagerShortlistPanel', () => {
  let workshop: TestWorkshop;
  const onShow = vi.fn<(id: string) => void>();

  beforeEach(async () => {
    workshop = await openTestWorkshop();
    onShow.mockReset();
  });
  afterEach(() => workshop.dispose());

  const stakeholders = () => workshop.store.getState().workshop?.stakeholders ?? [];

  function setStakeholders(people: readonly Stakeholder[]): void {
    act(() => {
      workshop.store.getState().editWorkshop((draft) => {
        draft.stakeholders = [...people];
      });
    });
  }

  function renderPanel(): void {
    workshop.render(<ManagerShortlistPanel onShow={onShow} />);
  }

  /** The names in the table, top row first. */
  function listedNames(): string[] {
    const table = screen.getByRole('table', { name: 'Middle managers, most affected first' });
    const [, ...rows] = within(table).getAllByRole('row');
    return rows.map((row) => within(row).getByRole('button').textContent ?? '');
  }

  const warning = () => screen.getByRole('status');

  it('lists only the middle managers, most affected first, then most influential', () => {
    setStakeholders([
      aManager('Low Impact', { impact: 1 }),
      aStakeholder({ id: fixtureId('boss'), name: 'The Boss', kind: 'executive', impact: 5 }),
      aManager('Quiet Five', { impact: 5, influence: 2 }),
      aStakeholder({ id: fixtureId('agent'), name: 'Front Agent', kind: 'frontline', impact: 5 }),
      aManager('Loud Five', { impact: 5, influence: 5 }),
      aManager('Middle Three', { impact: 3, role: 'Claims lead', team: 'Claims' }),
    ]);
    renderPanel();
    expect(listedNames()).toEqual(['Loud Five', 'Quiet Five', 'Middle Three', 'Low Impact']);

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const middle = rows[3];
    if (middle === undefined) throw new Error('no third manager row');
    expect(
      within(middle)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '3',
      'Middle ThreeClaims lead · Claims',
      '3 of 5',
      '3 of 5',
      expect.stringContaining('Neutral'),
      '',
    ]);
  });

  it('shows no warning when 5 are marked and no highly affected manager is left out', () => {
    setStakeholders(aSoundShortlist());
    renderPanel();
    expect(warning().textContent).toBe('');
    expect(screen.getByText(/5 marked so far/)).toBeTruthy();
  });

  it('warns about too few co-designers and names each highly affected manager left out', () => {
    setStakeholders([
      aManager('Ana Lopez', { impact: 5, isCoDesigner: true }),
      aManager('Ben Ode', { impact: 4, isCoDesigner: true }),
      aManager('Cleo Park', { impact: 2, isCoDesigner: true }),
      aManager('Dina Haas', { impact: 4 }),
      aManager('Eli Stone', { impact: 3 }),
    ]);
    renderPanel();
    const items = within(warning())
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(warning().textContent).toContain('Please look at the shortlist:');
    expect(items).toEqual([
      expect.stringMatching(/^Only 3 managers are co-designers\. Mark at least 5/),
      expect.stringMatching(
        /^Dina Haas is not a co-designer, yet their team is among the most affected \(impact 4 of 5\)/,
      ),
    ]);
    // Eli's impact is 3: not high enough to be named.
    expect(warning().textContent).not.toContain('Eli Stone');
  });

  it('shows a single warning on its own, without a list', () => {
    setStakeholders(
      aSoundShortlist().map((person) => ({
        ...person,
        isCoDesigner: person.isCoDesigner && person.name !== 'Eli Stone',
      })),
    );
    renderPanel();
    expect(within(warning()).queryByRole('list')).toBeNull();
    expect(warning().textContent).toMatch(/Only 4 managers are co-designers\. Mark at least 5/);
  });

  // A list may not sit inside a paragraph (React would log "<p> cannot contain a nested <ul>").
  it('lists several warnings outside any paragraph, as valid HTML', () => {
    setStakeholders([aManager('Ana Lopez', { impact: 5 })]);
    renderPanel();
    const list = within(warning()).getByRole('list');
    expect(list.closest('p')).toBeNull();
  });

  it('warns when more than 10 managers are marked', () => {
    setStakeholders(
      Array.from({ length: 11 }, (_, index) => aManager(`Manager ${index + 1}`, { isCoDesigner: true })),
    );
    renderPanel();
    expect(warning().textContent).toMatch(/11 managers are co-designers\. Keep it to 10 or fewer/);
    expect(warning().textContent).not.toMatch(/Mark at least/);
  });

  it('marks a co-designer in the workshop when the box is ticked, and the warnings follow', () => {
    setStakeholders([
      aManager('Ana Lopez', { impact: 5, isCoDesigner: true }),
      aManager('Ben Ode', { impact: 4, isCoDesigner: true }),
      aManager('Cleo Park', { impact: 3, isCoDesigner: true }),
      aManager('Dev Rao', { impact: 2, isCoDesigner: true }),
      aManager('Dina Haas', { impact: 4 }),
    ]);
    renderPanel();
    expect(warning().textContent).toContain('Only 4 managers are co-designers');
    expect(warning().textContent).toContain('Dina Haas is not a co-designer');

    const box = screen.getByRole('checkbox', { name: 'Dina Haas co-designs the change' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);

    expect(stakeholders().find((person) => person.name === 'Dina Haas')?.isCoDesigner).toBe(true);
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(warning().textContent).toBe('');
    expect(screen.getByText(/5 marked so far/)).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Ana Lopez co-designs the change' }));
    expect(stakeholders().find((person) => person.name === 'Ana Lopez')?.isCoDesigner).toBe(false);
    expect(warning().textContent).toContain('Only 4 managers are co-designers');
    expect(warning().textContent).toContain('Ana Lopez is not a co-designer');
  });

  it('shows a manager on the map when their name is clicked', () => {
    setStakeholders(aSoundShortlist());
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Cleo Park' }));
    expect(onShow).toHaveBeenCalledExactlyOnceWith('cleo-park');
  });

  it('says how to bring managers in when none are on the map', () => {
    setStakeholders([aStakeholder({ id: fixtureId('boss'), name: 'The Boss', kind: 'executive' })]);
    renderPanel();
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      screen.getByText(
        'Set “Where they sit” to “Middle manager” for the managers on the map, and they appear here.',
      ),
    ).toBeTruthy();
    expect(warning().textContent).toContain('No middle managers are on the map yet.');
    expect(warning().textContent).toContain('No managers are co-designers yet.');
  });
});
