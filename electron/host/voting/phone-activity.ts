/**
 * What the room server asks the voting service about room activities: the activity as one
 * phone may see it, and its notes and dots (each on the disk before it is acknowledged).
 * Every input is bounded here against the activity's own limits: note length, notes per
 * phone (counting the ones still on their way to the disk), dots per phone, known items.
 */
import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/text';
import type { ActivityJournal } from './activity-journal';
import type { ActivityLedger } from './activity-ledger';
import type { ActivityRecord, NoteRecord } from './activity-records';
import {
  refusal,
  type DeleteNoteRequest,
  type DotsRequest,
  type NoteRequest,
  type PhoneActivity,
  type PhoneNote,
  type RoomRefusal,
} from './room-request-schemas';
import type { RoomDevice } from './room-server';
import type { VotingSession } from './voting-session';

/** The room server's handlers over the session's room activity. */
export interface ActivityHandlers {
  /** The activity as this phone may see it, or null. */
  phoneActivity(device: RoomDevice): PhoneActivity | null;
  /** Records a note; resolves with it once it is on the disk, or with the refusal. */
  writeNote(device: RoomDevice, request: NoteRequest): Promise<PhoneNote | RoomRefusal>;
  /** Takes one of this phone's notes back while the activity is open. */
  deleteNote(device: RoomDevice, request: DeleteNoteRequest): Promise<PhoneActivity | RoomRefusal>;
  /** Replaces this phone's whole dot allocation while the vote is open. */
  placeDots(device: RoomDevice, request: DotsRequest): Promise<PhoneActivity | RoomRefusal>;
}

/** An open activity a phone's request may go into: its tally, its journal, its kind's settings. */
interface OpenActivity<Kind extends 'writing' | 'dots'> {
  readonly ledger: ActivityLedger;
  readonly journal: ActivityJournal;
  readonly settings: NonNullable<ActivityRecord[Kind]>;
}

const deviceKeyOf = (device: RoomDevice) => `device:${device.deviceId}`;

/** The activity as one phone may see it: never another phone's notes, never the totals. */
export function phoneActivityOf(ledger: ActivityLedger, deviceKey: string): PhoneActivity {
  const { activity } = ledger;
  return {
    activityId: activity.activityId,
    kind: activity.kind,
    prompt: activity.prompt,
    status: ledger.status === 'closed' ? 'closed' : 'open',
    openedAt: activity.openedAt,
    closesAt: activity.closesAt,
    writing:
      activity.writing === null
        ? null
        : {
            maxNotes: activity.writing.maxNotesPerPhone,
            maxNoteLength: activity.writing.maxNoteLength,
            myNotes: ledger.notesOf(deviceKey).map(({ id, text: note, writtenAt }) => ({
              id,
              text: note,
              writtenAt,
            })),
          },
    dots:
      activity.dots === null
        ? null
        : {
            dotsPerPhone: activity.dots.dotsPerPhone,
            items: activity.dots.items.map(({ id, label }) => ({ id, label })),
            myDots: Object.fromEntries(ledger.dotsOf(deviceKey)),
          },
  };
}

/** A note as it is kept: line ends made plain, control characters out, spaces trimmed. */
export function tidyNote(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
  );
}

/** Builds the activity handlers over `session`. */
export function phoneActivityHandlers(session: VotingSession): ActivityHandlers {
  const closed = () => refusal(409, 'activity-closed', text('host.room.activityClosed'));
  // Notes accepted but not yet on the disk, per device: a burst cannot slip past the limit.
  const inFlight = new Map<string, number>();

  /**
   * The open activity this request is about, of the room's own workshop, with its journal and
   * the settings of its kind (the writing round's limits, the dot vote's items), or the refusal.
   */
  function openActivity<Kind extends 'writing' | 'dots'>(
    activityId: string,
    kind: Kind,
  ): OpenActivity<Kind> | RoomRefusal {
    const current = session.activity;
    if (current === null || current.ledger.activity.activityId !== activityId) {
      return refusal(409, 'no-activity', text('host.room.noActivity'));
    }
    if (
      session.room === null ||
      session.owner === null ||
      current.ledger.activity.workshopId !== session.owner.workshopId
    ) {
      // An activity of another workshop never takes this room's notes or dots.
      return closed();
    }
    if (current.ledger.activity.kind !== kind) {
      return refusal(
        409,
        'wrong-activity',
        text(kind === 'writing' ? 'host.room.notWriting' : 'host.room.notDots'),
      );
    }
    const settings = current.ledger.activity[kind];
    if (settings === null || current.journal === null || !current.ledger.accepts(session.now())) {
      return closed();
    }
    return { ledger: current.ledger, journal: current.journal, settings };
  }

  return {
    phoneActivity(device) {
      const current = session.activity;
      if (current === null || session.owner?.workshopId !== current.ledger.activity.workshopId) return null;
      return phoneActivityOf(current.ledger, deviceKeyOf(device));
    },

    async writeNote(device, request) {
      const open = openActivity(request.activityId, 'writing');
      if ('status' in open) return open;
      const { ledger, journal, settings: limits } = open;
      const note = tidyNote(request.text);
      if (note.length === 0) return refusal(400, 'invalid-request', text('host.room.noteEmpty'));
      if (note.length > limits.maxNoteLength) {
        return refusal(400, 'note-too-long', text('host.room.noteTooLong', { limit: limits.maxNoteLength }));
      }
      const key = deviceKeyOf(device);
      const pending = inFlight.get(key) ?? 0;
      if (ledger.notesOf(key).length + pending >= limits.maxNotesPerPhone) {
        return refusal(
          409,
          'too-many-notes',
          text('host.room.tooManyNotes', { limit: limits.maxNotesPerPhone }),
        );
      }
      const record: NoteRecord = {
        type: 'note',
        id: randomUUID(),
        deviceKey: key,
        text: note,
        writtenAt: session.now().toISOString(),
      };
      inFlight.set(key, pending + 1);
      try {
        await journal.append(record);
      } catch (error) {
        console.error('[readyroom] a note could not be saved', error);
        return refusal(503, 'not-saved', text('host.room.noteNotSaved'));
      } finally {
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left <= 0) inFlight.delete(key);
        else inFlight.set(key, left);
      }
      return { id: record.id, text: record.text, writtenAt: record.writtenAt };
    },

    async deleteNote(device, request) {
      const open = openActivity(request.activityId, 'writing');
      if ('status' in open) return open;
      const { ledger, journal } = open;
      const key = deviceKeyOf(device);
      if (!ledger.ownsNote(key, request.noteId)) {
        return refusal(404, 'unknown-note', text('host.room.unknownNote'));
      }
      try {
        await journal.append({ type: 'note-deleted', id: request.noteId, deviceKey: key });
      } catch (error) {
        console.error('[readyroom] a note could not be deleted', error);
        return refusal(503, 'not-saved', text('host.room.noteNotSaved'));
      }
      return phoneActivityOf(ledger, key);
    },

    async placeDots(device, request) {
      const open = openActivity(request.activityId, 'dots');
      if ('status' in open) return open;
      const { ledger, journal, settings: vote } = open;
      const known = new Set(vote.items.map((item) => item.id));
      const perItem = new Map<string, number>();
      for (const entry of request.dots) {
        if (!known.has(entry.itemId)) return refusal(400, 'unknown-item', text('host.room.unknownItem'));
        perItem.set(entry.itemId, (perItem.get(entry.itemId) ?? 0) + entry.dots);
      }
      const total = [...perItem.values()].reduce((sum, dots) => sum + dots, 0);
      if (total > vote.dotsPerPhone) {
        return refusal(409, 'too-many-dots', text('host.room.tooManyDots', { limit: vote.dotsPerPhone }));
      }
      const key = deviceKeyOf(device);
      try {
        await journal.append({
          type: 'dots',
          deviceKey: key,
          dots: [...perItem].filter(([, dots]) => dots > 0).map(([itemId, dots]) => ({ itemId, dots })),
          placedAt: session.now().toISOString(),
        });
      } catch (error) {
        console.error('[readyroom] dots could not be saved', error);
        return refusal(503, 'not-saved', text('host.room.dotsNotSaved'));
      }
      return phoneActivityOf(ledger, key);
    },
  };
}
