import { describe, expect, it } from 'vitest';
import { computeVerdict } from './readiness-logic';
import { createWorkshopFromTemplate, DEFAULT_AGENDA } from './template';
import { WorkshopSchema } from './workshop';

const now = new Date(2025, 2, 18, 8, 45);

describe('createWorkshopFromTemplate', () => {
  const workshop = createWorkshopFromTemplate({ title: 'Claims triage', now });

  it('creates a valid document', () => {
    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
  });

  it('has the ten stages of the standard agenda with their timeboxes', () => {
    expect(workshop.agenda.map((stage) => [stage.kind, stage.timeboxMinutes])).toEqual([
      ['welcome', 10],
      ['retrospective', 20],
      ['ownership', 30],
      ['data', 35],
      ['stakeholders', 45],
      ['workflow', 40],
      ['metrics', 30],
      ['readiness', 20],
      ['actions', 30],
      ['close', 10],
    ]);
    expect(workshop.agenda.every((stage) => stage.status === 'planned' && stage.visits.length === 0)).toBe(
      true,
    );
    expect(DEFAULT_AGENDA.reduce((total, stage) => total + stage.timeboxMinutes, 0)).toBe(270);
  });

  it('uses the title and the moment of creation', () => {
    expect(workshop.meta.title).toBe('Claims triage');
    expect(workshop.meta.date).toBe('2025-03-18');
    expect(workshop.createdAt).toBe(now.toISOString());
    expect(workshop.updatedAt).toBe(now.toISOString());
  });

  it('leaves everything else empty', () => {
    expect(workshop.participants).toEqual([]);
    expect(workshop.stakeholders).toEqual([]);
    expect(workshop.actions).toEqual([]);
    expect(workshop.readiness.ballots).toEqual([]);
    expect(workshop.facilitatorNotes).toBe('');
    expect(computeVerdict(workshop).kind).toBe('incomplete');
  });

  it('gives every new workshop and stage its own id', () => {
    const other = createWorkshopFromTemplate({ title: 'Other', now });
    const stageIds = new Set([...workshop.agenda, ...other.agenda].map((stage) => stage.id));

    expect(other.id).not.toBe(workshop.id);
    expect(stageIds.size).toBe(20);
  });
});
