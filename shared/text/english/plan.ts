/** The Word action plan's texts, gathered from one file per part (`plan-*.ts`). */

export const PLAN = {} as const;
