import { text } from '../../../shared/text';
import { roomOriginOf } from '../../../shared/workshop/note-record-links';
import type { NoteRecordKind } from '../../../shared/workshop/room-activities';
import { useAppStore } from '../../app/store/store-context';

/**
 * "From the room: <prompt>" beside a record a note of the room was turned into; nothing for a
 * record the facilitator wrote.
 */
export function FromTheRoomMark({ recordId, kind }: { recordId: string; kind: NoteRecordKind }) {
  const prompt = useAppStore((state) =>
    state.workshop === null ? null : (roomOriginOf(state.workshop, recordId, kind)?.prompt ?? null),
  );
  if (prompt === null) return null;
  return <span className="stage-badge">{text('roomActivity.fromTheRoom', { prompt })}</span>;
}
