/** The Word action plan's texts, gathered from one file per part (`plan-*.ts`). */
import { PLAN_ANSWER } from './plan-answer';
import { PLAN_PARTS } from './plan-parts';
import { PLAN_PEOPLE } from './plan-people';
import { PLAN_PICTURES } from './plan-pictures';
import { PLAN_REGISTER } from './plan-register';
import { PLAN_ROOM } from './plan-room';
import { PLAN_SECTIONS } from './plan-sections';

export const PLAN = {
  ...PLAN_PARTS,
  ...PLAN_ANSWER,
  ...PLAN_PICTURES,
  ...PLAN_REGISTER,
  ...PLAN_SECTIONS,
  ...PLAN_PEOPLE,
  ...PLAN_ROOM,
} as const;
