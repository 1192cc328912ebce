import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workshop } from '../../../../shared/workshop';
import { aRelationship, aStakeholder, aWorkflowChange, fixtureId } from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { CanvasWorkspace } from '../shared/canvas-area';
import { RelationshipRecord, StakeholderRecord } from './stakeholder-record';

const ana = aStakeholder({
  id: fixtureId('ana'),
  name: 'Ana Lopez',
  role: 'Claims lead',
  team: 'Claims',
  kind: 'middle-manager',
});
const ben = aStakeholder({ id: fixtureId('ben'), name: 'Ben Ode', kind: 'executive' });
const cleo = aStakeholder({ id: fixtureId('cleo'), name: 'Cleo Park', kind: 'frontline' });

describe('StakeholderRecord and RelationshipRecord', () => {
  let workshop: TestWorkshop;
  const onRemoved = vi.fn<() => void>();

  /** Ana, Ben and Cleo on the map; Cleo hands work to Ana; Cleo co-designs a workflow change. */
  beforeEach(async () => {
    workshop = await openTestWorkshop();
    onRemoved.mockReset();
    act(() => {
      workshop.store.getState().editWorkshop((draft) => {
        draft.stakeholders = [ana, ben, cleo];
        draft.relationships = [
          aRelationship({ id: fixtureId('cleo-ana'), from: cleo.id, to: ana.id, type: 'handsWorkTo' }),
        ];
        draft.layout.stakeholders.positions = {
          ana: { x: 0, y: 0 },
          ben: { x: 300, y: 0 },
          cleo: { x: 600, y: 0 },
        };
        draft.workflow.changes = [
          aWorkflowChange({ id: fixtureId('change'), coDesignerStakeholderId: cleo.id }),
        ];
      });
    });
  });
  afterEach(() => workshop.dispose());

  const current = (): Workshop => {
    const open = workshop.store.getState().workshop;
    if (open === null) throw new Error('no workshop open');
    return open;
  };
  const person = (id: string) => current().stakeholders.find((item) => item.id === id);

  function change(control: HTMLElement, value: string): void {
    fireEvent.change(control, { target: { value } });
  }

  describe('StakeholderRecord', () => {
    function renderRecord(id = 'ana'): void {
      workshop.render(<StakeholderRecord id={id} onRemoved={onRemoved} />);
    }

    it('writes every field of the record into the workshop', () => {
      renderRecord();
      change(screen.getByRole('textbox', { name: 'Role' }), 'Head of claims');
      change(screen.getByRole('textbox', { name: 'Team' }), 'Motor claims');
      change(screen.getByRole('combobox', { name: 'Where they sit' }), 'executive');
      change(screen.getByRole('combobox', { name: 'Stance on scaling the AI' }), 'sceptic');
      change(screen.getByRole('combobox', { name: 'Impact on their work' }), '5');
      change(screen.getByRole('combobox', { name: 'Influence' }), '2');
      fireEvent.click(screen.getByRole('checkbox', { name: 'Co-designer: helps design the change' }));
      change(screen.getByRole('textbox', { name: 'Concerns' }), 'Headcount');
      change(
        screen.getByRole('textbox', { name: 'How they might work around the AI' }),
        'Keeps a spreadsheet',
      );

      expect(person('ana')).toEqual({
        id: 'ana',
        name: 'Ana Lopez',
        role: 'Head of claims',
        team: 'Motor claims',
        kind: 'executive',
        stance: 'sceptic',
        impact: 5,
        influence: 2,
        isCoDesigner: true,
        concerns: 'Headcount',
        likelyWorkarounds: 'Keeps a spreadsheet',
        participantId: null,
      });
      // The others are untouched.
      expect(person('ben')).toEqual(ben);
      expect(person('cleo')).toEqual(cleo);
      // The controls show what was stored.
      expect(
        (screen.getByRole('combobox', { name: 'Impact on their work' }) as HTMLSelectElement).value,
      ).toBe('5');
      expect(
        (screen.getByRole('checkbox', { name: 'Co-designer: helps design the change' }) as HTMLInputElement)
          .checked,
      ).toBe(true);
    });

    it('names the record after the person, then their role, then "No name yet"', () => {
      renderRecord();
      expect(screen.getByRole('heading', { level: 3, name: 'Ana Lopez' })).toBeTruthy();
      expect(screen.getByRole('region', { name: 'Ana Lopez' })).toBeTruthy();

      change(screen.getByRole('textbox', { name: 'Name' }), 'Ana López-Ruiz');
      expect(person('ana')?.name).toBe('Ana López-Ruiz');
      expect(screen.getByRole('heading', { level: 3, name: 'Ana López-Ruiz' })).toBeTruthy();
      // The connection sentences follow the name too.
      expect(screen.getByText('Cleo Park hands work to Ana López-Ruiz')).toBeTruthy();

      change(screen.getByRole('textbox', { name: 'Name' }), '   ');
      expect(screen.getByRole('heading', { level: 3, name: 'Claims lead' })).toBeTruthy();
      change(screen.getByRole('textbox', { name: 'Role' }), '');
      expect(screen.getByRole('heading', { level: 3, name: 'No name yet' })).toBeTruthy();
    });

    it('connects the person to another with the chosen type, lists the connection and removes it', () => {
      renderRecord();
      const connections = screen.getByRole('region', { name: 'Connections' });
      expect(within(connections).getByText('Cleo Park hands work to Ana Lopez')).toBeTruthy();

      const whom = within(connections).getByRole('combobox', { name: '…whom' });
      expect(
        within(whom)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Ben Ode', 'Cleo Park']);
      change(within(connections).getByRole('combobox', { name: 'Ana Lopez…' }), 'reportsTo');
      change(whom, 'ben');
      fireEvent.click(within(connections).getByRole('button', { name: 'Connect' }));

      expect(current().relationships.slice(1)).toEqual([
        { id: expect.any(String), from: 'ana', to: 'ben', type: 'reportsTo', label: '' },
      ]);
      expect(within(connections).getByText('Ana Lopez reports to Ben Ode')).toBeTruthy();

      // Another type to Cleo.
      change(within(connections).getByRole('combobox', { name: 'Ana Lopez…' }), 'dependsOn');
      change(whom, 'cleo');
      fireEvent.click(within(connections).getByRole('button', { name: 'Connect' }));
      expect(within(connections).getByText('Ana Lopez depends on Cleo Park')).toBeTruthy();
      expect(current().relationships).toHaveLength(3);

      fireEvent.click(
        within(connections).getByRole('button', { name: 'Remove: Ana Lopez reports to Ben Ode' }),
      );
      expect(current().relationships.map((line) => [line.from, line.type, line.to])).toEqual([
        ['cleo', 'handsWorkTo', 'ana'],
        ['ana', 'dependsOn', 'cleo'],
      ]);
      expect(within(connections).queryByText('Ana Lopez reports to Ben Ode')).toBeNull();
    });

    it('does not add the same connection twice', () => {
      renderRecord('cleo');
      const connections = screen.getByRole('region', { name: 'Connections' });
      change(within(connections).getByRole('combobox', { name: 'Cleo Park…' }), 'handsWorkTo');
      change(within(connections).getByRole('combobox', { name: '…whom' }), 'ana');
      fireEvent.click(within(connections).getByRole('button', { name: 'Connect' }));
      expect(current().relationships).toHaveLength(1);
      expect(within(connections).getAllByRole('listitem')).toHaveLength(1);
    });

    it('says there are no connections yet, and offers no form when nobody else is on the map', () => {
      act(() => {
        workshop.store.getState().editWorkshop((draft) => {
          draft.stakeholders = [ana];
          draft.relationships = [];
        });
      });
      renderRecord();
      const connections = screen.getByRole('region', { name: 'Connections' });
      expect(within(connections).getByText(/^No connections yet\./)).toBeTruthy();
      expect(within(connections).queryByRole('button', { name: 'Connect' })).toBeNull();
    });

    it('removes the person from the map with their lines, place and co-designer role, and says so', () => {
      renderRecord('cleo');
      fireEvent.click(screen.getByRole('button', { name: 'Remove Cleo Park from the map' }));
      expect(current().stakeholders.map((item) => item.id)).toEqual(['ana', 'ben']);
      expect(current().relationships).toEqual([]);
      expect(current().layout.stakeholders.positions).toEqual({ ana: { x: 0, y: 0 }, ben: { x: 300, y: 0 } });
      expect(current().workflow.changes[0]?.coDesignerStakeholderId).toBeNull();
      expect(onRemoved).toHaveBeenCalledOnce();
      // The record is gone with the person.
      expect(screen.queryByRole('heading', { name: 'Cleo Park' })).toBeNull();
    });

    it('after removing the person, focuses the canvas, by the focus rule', async () => {
      workshop.render(
        <>
          <FocusKeeper />
          <CanvasWorkspace
            panelLabel="Selected on the map"
            panel={<StakeholderRecord id="cleo" onRemoved={onRemoved} />}
          >
            <p>The map</p>
          </CanvasWorkspace>
        </>,
      );
      const name = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
      name.focus();
      fireEvent.change(name, { target: { value: 'Cleo Parker' } });
      fireEvent.keyDown(name, { key: 'Escape' });
      expect(current().stakeholders.find((item) => item.id === 'cleo')?.name).toBe('Cleo Park');

      fireEvent.click(screen.getByRole('button', { name: 'Remove Cleo Park from the map' }));
      await waitFor(() => expect(document.activeElement?.id).toBe('stage-canvas'));
    });

    it('shows nothing for someone who is not on the map', () => {
      renderRecord('ghost');
      expect(screen.queryByRole('region')).toBeNull();
    });
  });

  describe('RelationshipRecord', () => {
    function renderRecord(): void {
      workshop.render(<RelationshipRecord id="cleo-ana" onRemoved={onRemoved} />);
    }
    const line = () => current().relationships.find((item) => item.id === 'cleo-ana');

    it('names the connection as a sentence and changes its type', () => {
      renderRecord();
      expect(
        screen.getByRole('heading', { level: 3, name: 'Cleo Park hands work to Ana Lopez' }),
      ).toBeTruthy();
      change(screen.getByRole('combobox', { name: 'Connection' }), 'influences');
      expect(line()?.type).toBe('influences');
      expect(screen.getByRole('heading', { level: 3, name: 'Cleo Park influences Ana Lopez' })).toBeTruthy();
    });

    it('writes the label shown on the line, suggesting the type as a placeholder', () => {
      renderRecord();
      const label = screen.getByRole('textbox', { name: 'Label on the line (optional)' });
      expect(label.getAttribute('placeholder')).toBe('hands work to');
      change(label, 'daily claims batch');
      expect(line()?.label).toBe('daily claims batch');
      expect((label as HTMLInputElement).value).toBe('daily claims batch');
    });

    it('reverses the direction', () => {
      renderRecord();
      fireEvent.click(screen.getByRole('button', { name: 'Reverse direction' }));
      expect(line()).toMatchObject({ from: 'ana', to: 'cleo', type: 'handsWorkTo' });
      expect(
        screen.getByRole('heading', { level: 3, name: 'Ana Lopez hands work to Cleo Park' }),
      ).toBeTruthy();
    });

    it('removes the connection and says so, leaving the people', () => {
      renderRecord();
      fireEvent.click(screen.getByRole('button', { name: 'Remove this connection' }));
      expect(current().relationships).toEqual([]);
      expect(current().stakeholders).toHaveLength(3);
      expect(onRemoved).toHaveBeenCalledOnce();
      expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    });
  });
});
