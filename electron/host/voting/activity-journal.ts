/**
 * Room activities on disk: starting one (its first line fsynced before anyone hears it
 * opened), the one left open by an earlier run, and the closed ones of a workshop. Activity
 * journals sit beside the round journals as `activity-<activityId>.jsonl`; a round reader
 * skips them (their first line is not a round).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ACTIVITY_LIMITS, type RecordedActivity } from '../../../shared/host-api/voting-contract';
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';
import { ActivityLedger } from './activity-ledger';
import {
  ActivityLineSchema,
  type ActivityAppended,
  type ActivityLine,
  type ActivityRecord,
} from './activity-records';
import { JOURNAL_FOLDER, journalFiles, readJournalLines, RoundJournal, type JournalLines } from './journal';

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
    closesAt:
      input.durationSeconds === null
        ? null
        : new Date(openedAt.getTime() + input.durationSeconds * 1000).toISOString(),
    writing:
      input.kind === 'writing'
        ? { maxNotesPerPhone: ACTIVITY_LIMITS.notesPerPhone, maxNoteLength: ACTIVITY_LIMITS.noteLength }
        : null,
    dots:
      input.kind === 'dots'
        ? { dotsPerPhone: input.dotsPerPhone ?? 1, items: (input.items ?? []).map((item) => ({ ...item })) }
        : null,
  };
  const ledger = new ActivityLedger(record);
  try {
    await mkdir(path.join(dataDirectory, JOURNAL_FOLDER), { recursive: true });
    const journal = await RoundJournal.create<ActivityAppended>(
      activityJournalPath(dataDirectory, input.activityId),
      record,
      (line) => onCommit(ledger, line),
    );
    return { ledger, journal };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new HostError('conflict', text('host.activity.alreadyRan'));
    }
    console.error('[readyroom] could not start the activity journal', error);
    throw new HostError('io-error', text('host.activity.notOpenedDisk'));
  }
}

type ActivityFile = JournalLines<ActivityRecord, ActivityAppended> & { readonly filePath: string };

async function readActivityJournals(dataDirectory: string): Promise<ActivityFile[]> {
  const found: ActivityFile[] = [];
  for (const filePath of await journalFiles(dataDirectory)) {
    if (!path.basename(filePath).startsWith(PREFIX)) continue;
    const read = await readJournalLines(
      filePath,
      ActivityLineSchema,
      (line: ActivityLine): line is ActivityRecord => line.type === 'activity',
    ).catch(() => null);
    if (read !== null) found.push({ ...read, filePath });
  }
  return found.sort((first, second) => first.first.openedAt.localeCompare(second.first.openedAt));
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
  const open = (await readActivityJournals(dataDirectory)).filter((file) =>
    file.records.every((record) => record.type !== 'closed'),
  );
  const newest = open.at(-1);
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
  for (const file of await readActivityJournals(dataDirectory)) {
    if (file.first.workshopId !== workshopId) continue;
    const state = replay(file).toState();
    if (state.status === 'closed' && state.closedAt !== null) {
      recorded.push({ ...state, status: 'closed', closedAt: state.closedAt });
    }
  }
  return recorded;
}
