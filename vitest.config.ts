import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The crash-while-saving test kills 200 saving children and keeps both cores busy for a
 * while; it is a project of its own so the unit projects can run without it
 * (`vitest run --project node --project renderer`), and it runs after them in `npm test`
 * instead of competing with them for the cores.
 */
const CRASH_TEST = 'test/reliability/crash-while-saving.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['test/e2e/**', 'node_modules/**', CRASH_TEST],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'crash',
          environment: 'node',
          include: [CRASH_TEST],
          testTimeout: 30_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
