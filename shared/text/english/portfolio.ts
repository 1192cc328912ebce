/** The portfolio: every workshop of the library in one table, its CSV and its one-page Word summary. */
import type { Message } from '../translator';

export const PORTFOLIO = {} as const satisfies Record<string, Message>;
