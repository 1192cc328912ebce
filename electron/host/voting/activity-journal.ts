/**
 * Room activities on disk: starting one (its first line fsynced before anyone hears it
 * opened), the one left open by an earlier run, and the closed ones of a workshop. Activity
 * journals sit beside the round journals as `activity-<activityId>.jsonl`; a round reader
 * skips them (their first line is not a round).
 */
import path from 'node:path';
import { ACTIVITY_LIMITS, type RecordedActivity } from '../../../shared/host-api/voting-contract';
import { ActivityLedger } from './activity-ledger';
import {
  ActivityLineSchema,
  type ActivityAppended,
  type ActivityLine,
  type ActivityRecord,
} from './activity-records';
import {
  closedOf,
  JOURNAL_FOLDER,
  newestOpen,
  readJournals,
  RoundJournal,
  type JournalFile,
} from './journal';
import { closesAfter, startJournal } from './journal-start';

/** The journal an activity writes to. */
export type ActivityJournal = RoundJournal<ActivityAppended>;

/** An activity and its tally; `journal` is open until the activity is revealed or replaced. */
export interface CurrentActivity {
  readonly ledger: ActivityLedger;
  journal: ActivityJournal | null;
}

/** What opening an activity needs to know (the contract's input, checked). */
export interface ActivityStart {
  readonly activityId: string;
  readonly workshopId: string;
  readonly kind: 'writing' | 'dots';
  readonly prompt: string;
  readonly durationSeconds: number | null;
  readonly items?: readonly { id: string; label: string }[] | undefined;
  readonly dotsPerPhone?: number | undefined;
}

const PREFIX = 'activity-';

function activityJournalPath(dataDirectory: string, activityId: string): string {
  return path.join(dataDirectory, JOURNAL_FOLDER, `${PREFIX}${activityId}.jsonl`);
}

type OnActivityCommit = (ledger: ActivityLedger, record: ActivityAppended) => void;

/** Starts an activity: its first line on disk, then an empty tally fed by every committed line. */
export async function startActivity(
  dataDirectory: string,
  input: ActivityStart,
  openedAt: Date,
  onCommit: OnActivityCommit,
): Promise<CurrentActivity> {
  const record: ActivityRecord = {
    type: 'activity',
    activityId: input.activityId,
    workshopId: input.workshopId,
    kind: input.kind,
    prompt: input.prompt,
    openedAt: openedAt.toISOString(),
    closesAt: closesAfter(openedAt, input.durationSeconds),
    writing:
      input.kind === 'writing'
        ? { maxNotesPerPhone: ACTIVITY_LIMITS.notesPerPhone, maxNoteLength: ACTIVITY_LIMITS.noteLength }
        : null,
    dots:
      input.kind === 'dots'
        ? { dotsPerPhone: input.dotsPerPhone ?? 1, items: (input.items ?? []).map((item) => ({ ...item })) }
        : null,
  };
  return startJournal(
    activityJournalPath(dataDirectory, input.activityId),
    record,
    new ActivityLedger(record),
    onCommit,
    {
      alreadyRan: 'host.activity.alreadyRan',
      notOpened: 'host.activity.notOpenedDisk',
      name: 'the activity journal',
    },
  );
}

type ActivityFile = JournalFile<ActivityRecord, ActivityAppended>;

function readActivityJournals(dataDirectory: string): Promise<ActivityFile[]> {
  return readJournals(
    dataDirectory,
    ActivityLineSchema,
    (line: ActivityLine): line is ActivityRecord => line.type === 'activity',
    (fileName) => fileName.startsWith(PREFIX),
  );
}

function replay(file: ActivityFile): ActivityLedger {
  const ledger = new ActivityLedger(file.first);
  for (const record of file.records) ledger.apply(record);
  return ledger;
}

/**
 * Takes up the activity left open by an earlier run (the newest, if several): its tally from
 * the journal, the journal open again for more notes or dots. Null when none was left open.
 */
export async function recoverOpenActivity(
  dataDirectory: string,
  onCommit: OnActivityCommit,
): Promise<CurrentActivity | null> {
  const newest = newestOpen(await readActivityJournals(dataDirectory));
  if (newest === undefined) return null;
  const ledger = replay(newest);
  const journal = await RoundJournal.reopen<ActivityAppended>(newest.filePath, newest.validBytes, (line) =>
    onCommit(ledger, line),
  );
  return { ledger, journal };
}

/** Every closed activity of one workshop with its notes or totals, oldest first. */
export async function listRecordedActivities(
  dataDirectory: string,
  workshopId: string,
): Promise<RecordedActivity[]> {
  const recorded: RecordedActivity[] = [];
  for (const file of closedOf(await readActivityJournals(dataDirectory), workshopId)) {
    const state = replay(file).toState();
    if (state.closedAt !== null) recorded.push({ ...state, status: 'closed', closedAt: state.closedAt });
  }
  return recorded;
}
