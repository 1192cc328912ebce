/**
 * The workshop tests and benchmarks open their voting rooms and rounds for: the voting
 * service ties a room and its rounds to one workshop (its id and file). No file is read.
 */
export const TEST_WORKSHOP = {
  workshopId: 'test-workshop',
  workshopPath: '/library/test.readyroom',
} as const;

/** What `voting.openRoom` needs besides the address and named voting. */
export const TEST_ROOM = { ...TEST_WORKSHOP, rehearsalPhones: 0 } as const;
