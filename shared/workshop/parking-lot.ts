import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { flag, longText, timestamp } from './fields';
import { ParkingLotItemIdSchema } from './ids';

/** A topic set aside during the workshop, reviewed at the close. */
export const ParkingLotItemSchema = z.strictObject({
  id: ParkingLotItemIdSchema,
  text: longText(),
  createdAt: timestamp(),
  resolved: flag().default(false),
});

/** A topic set aside during the workshop. */
export type ParkingLotItem = DeepReadonly<z.output<typeof ParkingLotItemSchema>>;
