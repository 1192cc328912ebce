import type { RoundTally, Verdict, Workshop } from '../../../../shared/workshop';
import { computeVerdict, tallyRounds } from '../../../../shared/workshop';
import type { Block } from './elements';
import { indexPeople, type PeopleIndex } from './people';
import type { PlanPictures } from './pictures';
import { type Traceability, traceability } from './traceability';

/** What every part of the plan is built from: the workshop and what is worked out from it once. */
export interface PlanContext {
  readonly workshop: Workshop;
  readonly people: PeopleIndex;
  readonly verdict: Verdict;
  /** The votes of every voting round, in round-number order (counting ballots is not free). */
  readonly tallies: readonly RoundTally[];
  readonly pictures: PlanPictures;
  /** The actions' and risks' codes (A1…, R1…) and what each action addresses, both ways. */
  readonly trace: Traceability;
  /** The time zone for clock times (the agenda); the computer's own when undefined. */
  readonly timeZone: string | undefined;
  /** The moment the plan is made: a stage still on counts its minutes up to here. */
  readonly generatedAt: Date;
}

/** Works out the shared context of a plan once, before any part is built. */
export function createPlanContext(
  workshop: Workshop,
  pictures: PlanPictures = {},
  timeZone?: string,
  generatedAt: Date = new Date(),
): PlanContext {
  return {
    workshop,
    people: indexPeople(workshop),
    verdict: computeVerdict(workshop),
    tallies: tallyRounds(workshop.readiness),
    pictures,
    trace: traceability(workshop),
    timeZone,
    generatedAt,
  };
}

/** Which way up a part's pages are. */
export type Orientation = 'portrait' | 'landscape';

/** One top-level part of the plan: a Heading 1 and what goes under it. */
export interface PlanPart {
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly orientation: Orientation;
}

/** A part, or nothing when it has no content (parts with nothing in them are left out). */
export function planPart(
  title: string,
  blocks: readonly Block[],
  orientation: Orientation = 'portrait',
): PlanPart | undefined {
  return blocks.length === 0 ? undefined : { title, blocks, orientation };
}
