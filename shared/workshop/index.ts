/**
 * The workshop domain: the document model of a `.readyroom` file, its pure logic, and
 * reading and writing the file format. Pure TypeScript; imports nothing but zod.
 */
export * from './action-links';
export * from './actions';
export * from './agenda';
export * from './data-sources';
export type * from './deep-readonly';
export * from './dot-ranking';
export * from './fields';
export * from './file';
export * from './ids';
export * from './json-schema';
export * from './layout';
export * from './meta';
export * from './metrics';
export * from './migrations';
export * from './ownership';
export * from './parking-lot';
export * from './people';
export * from './plan';
export * from './plan-codes';
export * from './plan-references';
export * from './raci';
export * from './readiness';
export * from './readiness-logic';
export * from './readiness-spread';
export * from './retrospective';
export * from './room-activities';
export * from './room-notes';
export * from './note-records';
export * from './note-record-links';
export * from './risk-suggestions';
export * from './risks';
export * from './session-edits';
export * from './sessions';
export * from './session-schema';
export * from './stakeholders';
export * from './statements';
export * from './suggestions';
export * from './summary';
export * from './template';
export * from './value-problems';
export * from './workflow';
export * from './workshop';
