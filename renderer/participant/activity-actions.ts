/**
 * What a phone does in a room activity: writes a note (the count follows as it types, the
 * draft survives any refresh of the view), takes one of its notes back, and moves its dots,
 * each change saved at once (one save at a time; the latest allocation wins) with a saved
 * or failed line and a retry.
 *
 * When the Wi-Fi drops, a note stays in the box and the dots stay as tapped. Once the room
 * answers again (`roomReached`), the phone says the note is still there, ready to send: it is
 * never sent again by itself, since the room may have saved it and only the answer was lost
 * (then the phone says it arrived after all). Dots are saved again once by themselves: an
 * allocation replaces the one before, so saving it twice changes nothing.
 */
import { text } from '../../shared/text';
import type { PhoneActivity } from '../../shared/voting/room-protocol';
import { NO_ACTIVITY_UI, shownDots, type ActivityUi } from './activity-view';
import type { PageHooks } from './page-hooks';
import { deleteNote, placeDots, RoomRefused, writeNote } from './room-client';

const OFFLINE_NOTE = text('phone.writing.offline');
const OFFLINE_DOTS = text('phone.dots.offline');

/** The page's handlers for the activity's controls. */
export interface ActivityActions {
  /** A tap; true when it was on an activity control. */
  click(target: Element): boolean;
  /** A form sent; true when it was the note form. */
  submit(form: HTMLFormElement): boolean;
  /** Typing in the note. */
  input(target: Element): void;
  /** The room answered (a state fetch worked): what failed while it was out of reach is taken up again. */
  roomReached(): void;
}

/** A note that did not reach the room: what was sent, and the phone's notes before it. */
interface UnsentNote {
  readonly activityId: string;
  readonly text: string;
  readonly knownIds: ReadonlySet<string>;
}

export function createActivityActions(page: PageHooks): ActivityActions {
  let savingDots = false;
  let unsentNote: UnsentNote | null = null;
  /** The dots' last save did not reach the room, and was not itself a save made on reconnecting. */
  let dotsUnreached = false;
  const ui = (): ActivityUi => page.model().activity ?? NO_ACTIVITY_UI;
  const activity = (): PhoneActivity | null => page.model().phone?.activity ?? null;
  const setUi = (change: Partial<ActivityUi>) => page.update({ activity: { ...ui(), ...change } });
  /** Puts what the room answered in place of this phone's view of the activity. */
  const setActivity = (next: PhoneActivity) => {
    const phone = page.model().phone;
    if (phone !== null && phone.activity?.activityId === next.activityId) {
      page.update({ phone: { ...phone, activity: next } });
    }
  };

  async function sendNote(): Promise<void> {
    const current = activity();
    const token = page.token();
    const draft = ui().draft.trim();
    if (current === null || token === null || ui().sendingNote) return;
    if (draft === '') return page.announce(text('host.room.noteEmpty'));
    setUi({ sendingNote: true });
    try {
      const reply = await writeNote(token, current.activityId, draft);
      const now = activity();
      if (now?.writing != null && now.activityId === current.activityId) {
        setActivity({ ...now, writing: { ...now.writing, myNotes: [...now.writing.myNotes, reply.note] } });
      }
      unsentNote = null;
      setUi({ noteUnsent: null });
      emptyNoteBox();
      page.announce(text('phone.writing.sent'));
    } catch (error) {
      const unreached = !(error instanceof RoomRefused);
      const knownIds = new Set((current.writing?.myNotes ?? []).map((note) => note.id));
      unsentNote = unreached ? { activityId: current.activityId, text: draft, knownIds } : null;
      setUi({ noteUnsent: unreached ? 'offline' : null });
      page.failed(error, OFFLINE_NOTE);
    } finally {
      setUi({ sendingNote: false });
      page.focus('#note-text');
    }
  }

  function emptyNoteBox(): void {
    setUi({ draft: '' });
    const field = document.getElementById('note-text') as HTMLTextAreaElement | null;
    if (field !== null) field.value = '';
  }

  /**
   * The room answers again after a note did not reach it: if the room has it after all (only
   * its answer was lost), the phone says so; otherwise, that the note is still in the box.
   */
  function takeUpUnsentNote(): void {
    const unsent = unsentNote;
    const current = activity();
    if (unsent === null || ui().noteUnsent !== 'offline') return;
    if (current?.activityId !== unsent.activityId) {
      unsentNote = null;
      return;
    }
    const arrived = (current.writing?.myNotes ?? []).some(
      (note) => !unsent.knownIds.has(note.id) && note.text === unsent.text,
    );
    if (!arrived) {
      setUi({ noteUnsent: 'back' });
      page.announce(text('phone.writing.back'));
      return;
    }
    unsentNote = null;
    setUi({ noteUnsent: null });
    if (ui().draft.trim() === unsent.text) emptyNoteBox();
    page.announce(text('phone.writing.arrivedAfterAll'));
  }

  async function removeNote(noteId: string): Promise<void> {
    const current = activity();
    const token = page.token();
    if (current === null || token === null || ui().deleting.includes(noteId)) return;
    setUi({ deleting: [...ui().deleting, noteId] });
    try {
      setActivity((await deleteNote(token, current.activityId, noteId)).activity);
      page.announce(text('phone.writing.deleted'));
    } catch (error) {
      page.failed(error, OFFLINE_NOTE);
    } finally {
      setUi({ deleting: ui().deleting.filter((id) => id !== noteId) });
      page.focus('#note-text');
    }
  }

  /**
   * Saves the dots as tapped; a tap while a save is on its way is saved right after it.
   * `again` marks the save made by itself once the room answers after a failed one.
   */
  async function saveDots(again = false): Promise<void> {
    if (savingDots) return;
    savingDots = true;
    try {
      for (;;) {
        const current = activity();
        const token = page.token();
        const sending = ui().dots;
        if (current === null || token === null || sending === null) return;
        setUi({ dotsState: 'saving' });
        try {
          const reply = await placeDots(token, current.activityId, sending);
          if (ui().dots !== sending) continue; // tapped again meanwhile: save the newer dots
          setActivity(reply.activity);
          setUi({ dots: null, dotsState: 'saved', dotsProblem: '' });
          dotsUnreached = false;
          if (again) page.announce(text('phone.dots.savedWhenBack'));
          return;
        } catch (error) {
          const closed = error instanceof RoomRefused && error.code === 'activity-closed';
          dotsUnreached = !(error instanceof RoomRefused) && !again;
          setUi({
            dotsState: 'failed',
            dotsProblem: error instanceof RoomRefused ? error.message : OFFLINE_DOTS,
            ...(closed ? { dots: null } : {}),
          });
          page.failed(error, OFFLINE_DOTS);
          return;
        }
      }
    } finally {
      savingDots = false;
    }
  }

  function stepDots(button: HTMLElement): void {
    const current = activity();
    const itemId = button.dataset.dotItem;
    if (current?.dots == null || itemId === undefined || button.getAttribute('aria-disabled') === 'true')
      return;
    const mine = shownDots(current, ui());
    const changed = { ...mine, [itemId]: (mine[itemId] ?? 0) + Number(button.dataset.dotChange) };
    const next = Object.fromEntries(Object.entries(changed).filter(([, dots]) => dots > 0));
    if (Object.values(next).reduce((a, b) => a + b, 0) > current.dots.dotsPerPhone) return;
    setUi({ dots: next });
    void saveDots();
  }

  return {
    click(target) {
      const button = target.closest<HTMLButtonElement>('button');
      if (button === null) return false;
      if (button.dataset.deleteNote !== undefined) void removeNote(button.dataset.deleteNote);
      else if (button.dataset.dotItem !== undefined) stepDots(button);
      else if (button.dataset.retryDots !== undefined) {
        void saveDots();
        page.focus('#dots-left');
      } else return false;
      return true;
    },
    submit(form) {
      if (form.id !== 'note-form') return false;
      void sendNote();
      return true;
    },
    roomReached() {
      takeUpUnsentNote();
      if (dotsUnreached && ui().dotsState === 'failed') {
        dotsUnreached = false;
        void saveDots(true);
      }
    },
    input(target) {
      if (!(target instanceof HTMLTextAreaElement) || target.id !== 'note-text') return;
      // The draft is not part of the view's signature: keeping it never rebuilds the page.
      const draft = target.value;
      // An emptied box holds no unsent note any more (the line saying so goes).
      const emptied = draft.trim() === '' && ui().noteUnsent !== null;
      if (emptied) unsentNote = null;
      setUi({ draft, ...(emptied ? { noteUnsent: null } : {}) });
      const count = document.getElementById('note-count');
      if (count !== null) {
        count.textContent = text('phone.writing.count', {
          used: draft.length,
          limit: Number(target.dataset.limit),
        });
      }
    },
  };
}
