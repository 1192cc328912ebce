/**
 * The registry: every benchmark group, in the order `npm run bench` runs them. Each group's
 * module is imported only when it runs, so `npm run bench -- autosave` never loads
 * Playwright or Vite, and a group whose code is broken cannot stop the others.
 *
 * To add a group: write `groups/<name>.ts` exporting `run<Name>(context)`, add its metrics
 * with budgets to `metrics.ts`, and a `defineGroup` line below.
 */
import { defineGroup, type BenchGroup } from '../registry';

/** The groups the runner knows. */
export const GROUPS: readonly BenchGroup[] = [
  defineGroup('startup', async (context) => (await import('./startup')).runStartup(context)),
  // Dragging on the stakeholder canvas (500 nodes, 800 edges; 1,000 and 1,600) vs bare React Flow.
  defineGroup('canvas', async (context) => (await import('./canvas')).runCanvas(context)),
  // Word export of the large fixture vs the docx library alone, and from the page end to end.
  defineGroup('docx', async (context) => (await import('./docx')).runDocx(context)),
  // 500 phones × 4 questions over the room server vs a bare Node http server.
  defineGroup('votes', async (context) => (await import('./votes')).runVotes(context)),
  // 50 phones voting while a 200 MB file is refused and a 10 MB one opens, vs nothing opening.
  defineGroup('large-file', async (context) => (await import('./large-file')).runLargeFile(context)),
  defineGroup('autosave', async (context) => (await import('./autosave')).runAutosave(context)),
];
