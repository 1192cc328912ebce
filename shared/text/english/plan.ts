/** The Word action plan's texts, gathered from one file per part (`plan-*.ts`). */
import { PLAN_ANSWER } from './plan-answer';

export const PLAN = {
  ...PLAN_ANSWER,
} as const;
