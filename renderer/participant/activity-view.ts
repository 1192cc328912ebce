/**
 * The phone's screens for room activities: a silent writing round (the prompt, a note with
 * its limit and a live count, Send, this phone's own notes with Delete) and a dot vote (each
 * item with − and +, the dots left, whether the allocation is saved). What the facilitator can
 * and cannot see is said on both.
 */
import { text } from '../../shared/text';
import type { PhoneActivity, PhoneRound } from '../../shared/voting/room-protocol';
import { h, heading } from './dom';

/** What this phone is doing with the activity, beyond what the room said. */
export interface ActivityUi {
  /** The note being written (kept across re-renders; never part of the view's signature). */
  readonly draft: string;
  readonly sendingNote: boolean;
  /**
   * The note in the box did not reach the room: 'offline' while the room is out of reach,
   * 'back' once the room answers again (the note is still there, ready to send); null otherwise.
   */
  readonly noteUnsent: 'offline' | 'back' | null;
  /** Notes whose deletion is on its way. */
  readonly deleting: readonly string[];
  /** This phone's dots as tapped, while they are not yet saved (or failed to be); null once saved. */
  readonly dots: Readonly<Record<string, number>> | null;
  readonly dotsState: 'idle' | 'saving' | 'saved' | 'failed';
  /** Why the last save failed, in the room's words. */
  readonly dotsProblem: string;
}

export const NO_ACTIVITY_UI: ActivityUi = {
  draft: '',
  sendingNote: false,
  noteUnsent: null,
  deleting: [],
  dots: null,
  dotsState: 'idle',
  dotsProblem: '',
};

/**
 * Whether the activity is what the phone shows rather than the round: an open activity
 * always (one thing runs at a time), a closed one when it is newer than the round.
 */
export function isActivityShown(activity: PhoneActivity | null, round: PhoneRound | null): boolean {
  if (activity === null) return false;
  if (activity.status === 'open' || round === null) return true;
  return round.status !== 'open' && activity.openedAt > round.openedAt;
}

/** This phone's dots as shown: the ones tapped, else the ones the room holds. */
export function shownDots(activity: PhoneActivity, ui: ActivityUi): Readonly<Record<string, number>> {
  return ui.dots ?? activity.dots?.myDots ?? {};
}

const sum = (dots: Readonly<Record<string, number>>) => Object.values(dots).reduce((a, b) => a + b, 0);

function closesLine(activity: PhoneActivity): Node | false {
  if (activity.closesAt === null || activity.status !== 'open') return false;
  const time = new Date(activity.closesAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return h('p', { class: 'hint' }, text('phone.activity.closesAt', { time }));
}

function myNotes(activity: PhoneActivity, ui: ActivityUi, open: boolean): Node {
  const notes = activity.writing?.myNotes ?? [];
  return h(
    'section',
    { class: 'my-notes', 'aria-labelledby': 'my-notes-heading' },
    h('h2', { id: 'my-notes-heading' }, text('phone.writing.mine')),
    notes.length === 0
      ? h('p', { class: 'hint' }, text('phone.writing.noneYet'))
      : h(
          'ul',
          { class: 'notes' },
          ...notes.map((note) =>
            h(
              'li',
              { class: 'note' },
              h('span', { class: 'note-text' }, note.text),
              open &&
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'quiet',
                    'data-delete-note': note.id,
                    'data-focus-key': `delete-${note.id}`,
                    'aria-label': text('phone.writing.deleteNote', { text: note.text }),
                    disabled: ui.deleting.includes(note.id) && '',
                  },
                  text('phone.writing.delete'),
                ),
            ),
          ),
        ),
  );
}

function writingView(activity: PhoneActivity, ui: ActivityUi): (Node | false)[] {
  const writing = activity.writing;
  if (writing === null) return [];
  const open = activity.status === 'open';
  const left = writing.maxNotes - writing.myNotes.length;
  const prompt = h('p', { class: 'question-text prompt' }, activity.prompt);
  const anonymous = h('p', { class: 'hint' }, text('phone.writing.anonymous'));
  if (!open) {
    return [heading(text('phone.writing.closed')), prompt, myNotes(activity, ui, false)];
  }
  const limit = writing.maxNoteLength;
  return [
    heading(text('phone.writing.heading')),
    prompt,
    closesLine(activity),
    anonymous,
    h(
      'form',
      { id: 'note-form', novalidate: '' },
      h('label', { for: 'note-text' }, text('phone.writing.label', { limit })),
      h(
        'textarea',
        {
          id: 'note-text',
          name: 'note',
          rows: '4',
          maxlength: String(limit),
          'aria-describedby':
            ui.noteUnsent === null ? 'note-count notes-left' : 'note-count note-state notes-left',
          'data-focus-key': 'note-text',
          'data-limit': String(limit),
          disabled: left <= 0 && '',
        },
        ui.draft,
      ),
      h(
        'p',
        { id: 'note-count', class: 'hint' },
        text('phone.writing.count', { used: ui.draft.length, limit }),
      ),
      h(
        'button',
        {
          type: 'submit',
          class: 'primary',
          'data-focus-key': 'send-note',
          disabled: (ui.sendingNote || left <= 0) && '',
        },
        text(ui.sendingNote ? 'phone.writing.sending' : 'phone.writing.send'),
      ),
      ui.noteUnsent !== null &&
        h(
          'p',
          { id: 'note-state', class: ui.noteUnsent === 'offline' ? 'save-state failed' : 'save-state' },
          text(ui.noteUnsent === 'offline' ? 'phone.writing.offline' : 'phone.writing.back'),
        ),
      h(
        'p',
        { id: 'notes-left', class: 'hint' },
        left > 0
          ? text('phone.writing.notesLeft', { count: left })
          : text('phone.writing.limitReached', { limit: writing.maxNotes }),
      ),
    ),
    myNotes(activity, ui, true),
  ];
}

function dotsView(activity: PhoneActivity, ui: ActivityUi): (Node | false)[] {
  const vote = activity.dots;
  if (vote === null) return [];
  const prompt = h('p', { class: 'question-text prompt' }, activity.prompt);
  if (activity.status !== 'open') return [heading(text('phone.dots.closed')), prompt];
  const mine = shownDots(activity, ui);
  const left = vote.dotsPerPhone - sum(mine);
  const saveLine =
    ui.dotsState === 'failed'
      ? h(
          'p',
          { class: 'save-state failed' },
          text('phone.dots.failed', { reason: ui.dotsProblem }),
          ' ',
          h(
            'button',
            { type: 'button', class: 'quiet', 'data-retry-dots': '', 'data-focus-key': 'retry-dots' },
            text('phone.dots.retry'),
          ),
        )
      : h(
          'p',
          { class: 'save-state' },
          ui.dotsState === 'saving'
            ? text('phone.dots.saving')
            : ui.dotsState === 'saved'
              ? text('phone.dots.saved')
              : '',
        );
  return [
    heading(text('phone.dots.heading')),
    prompt,
    closesLine(activity),
    h('p', { class: 'hint' }, text('phone.dots.hint')),
    h('p', { class: 'hint' }, text('phone.dots.anonymous')),
    h(
      'p',
      { class: 'dots-left', id: 'dots-left' },
      text('phone.dots.left', { left, total: vote.dotsPerPhone }),
    ),
    h(
      'ul',
      { class: 'dot-items' },
      ...vote.items.map((item) => {
        const dots = mine[item.id] ?? 0;
        return h(
          'li',
          { class: 'dot-item' },
          h('span', { class: 'dot-label' }, item.label),
          h(
            'span',
            { class: 'dot-controls' },
            dotStep(item, -1, dots <= 0),
            h('span', { class: 'dot-count' }, text('phone.dots.onItem', { count: dots })),
            dotStep(item, 1, left <= 0),
          ),
        );
      }),
    ),
    saveLine,
  ];
}

/** The − or + beside a dot item; `spent` when it can take no more (no dots on it, none left). */
function dotStep(
  item: { readonly id: string; readonly label: string },
  change: -1 | 1,
  spent: boolean,
): Node {
  return h(
    'button',
    {
      type: 'button',
      class: 'dot-step',
      'data-dot-item': item.id,
      'data-dot-change': String(change),
      'data-focus-key': `${change < 0 ? 'less' : 'more'}-${item.id}`,
      'aria-label': text(change < 0 ? 'phone.dots.remove' : 'phone.dots.add', { item: item.label }),
      'aria-describedby': 'dots-left',
      // aria-disabled, not disabled: the button keeps the keyboard's focus.
      'aria-disabled': String(spent),
    },
    change < 0 ? '−' : '+',
  );
}

/** The activity's screen. */
export function activityView(activity: PhoneActivity, ui: ActivityUi): Node[] {
  const parts = activity.kind === 'writing' ? writingView(activity, ui) : dotsView(activity, ui);
  return parts.filter((part): part is Node => part !== false);
}
