import type { Verdict } from './readiness-logic';
import { computeVerdict } from './readiness-logic';
import type { WorkshopId } from './ids';
import type { Workshop } from './workshop';

/** What the workshop library shows for one workshop. */
export interface WorkshopSummary {
  readonly id: WorkshopId;
  /** The title, or "Untitled workshop" when it is empty. */
  readonly title: string;
  readonly organisation: string;
  readonly updatedAt: string;
  readonly verdict: Verdict;
}

/** Summarises a workshop for the library listing. */
export function summariseWorkshop(workshop: Workshop): WorkshopSummary {
  const title = workshop.meta.title.trim();
  return {
    id: workshop.id,
    title: title === '' ? 'Untitled workshop' : title,
    organisation: workshop.meta.organisation.trim(),
    updatedAt: workshop.updatedAt,
    verdict: computeVerdict(workshop),
  };
}
