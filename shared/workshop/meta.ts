import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { calendarDateOrEmpty, shortText } from './fields';

/** What the workshop is, for whom, when and where: the cover of the action plan. */
export const MetaSchema = z.strictObject({
  title: shortText(),
  organisation: shortText(),
  /** The AI pilot or initiative the workshop is about. */
  initiative: shortText(),
  /** The day of the workshop, `yyyy-mm-dd`, or empty. */
  date: calendarDateOrEmpty(),
  location: shortText(),
  facilitator: shortText(),
});

/** What the workshop is, for whom, when and where. */
export type Meta = DeepReadonly<z.output<typeof MetaSchema>>;
