import { describe, expect, it } from 'vitest';
import type { PhoneActivity } from '../../shared/voting/room-protocol';
import { NO_ACTIVITY_UI, isActivityShown } from './activity-view';
import { viewKind, viewSignature } from './view';
import { aPhoneRound, renderView, roomModel } from './view-fixtures';

const writing: PhoneActivity = {
  activityId: 'writing-1',
  kind: 'writing',
  prompt: 'What will break when we scale to 14 depots?',
  status: 'open',
  openedAt: '2026-03-01T10:10:00.000Z',
  closesAt: null,
  writing: {
    maxNotes: 5,
    maxNoteLength: 280,
    myNotes: [{ id: 'n1', text: 'The depot <b>Wi-Fi</b>', writtenAt: '2026-03-01T10:11:00.000Z' }],
  },
  dots: null,
};

const dots: PhoneActivity = {
  ...writing,
  activityId: 'dots-1',
  kind: 'dots',
  prompt: 'Where should we start?',
  writing: null,
  dots: {
    dotsPerPhone: 3,
    items: [
      { id: 'a1', label: 'Name an owner per depot' },
      { id: 'a2', label: 'Fix the data feed' },
    ],
    myDots: { a2: 2 },
  },
};

const round = aPhoneRound({ myAnswers: { data: 'partly' }, askConfidence: true, myConfidence: { data: 4 } });

const model = roomModel;
const render = renderView;

describe('the writing screen', () => {
  it('shows the prompt, the limit, the count, what the facilitator sees, and my notes with Delete', () => {
    const view = render(model({ activity: writing }));
    expect(view.querySelector('h1')?.textContent).toBe('Write your ideas');
    expect(view.textContent).toContain(writing.prompt);
    expect(view.querySelector('label[for="note-text"]')?.textContent).toBe(
      'Your note (up to 280 characters)',
    );
    expect(view.querySelector('textarea')?.getAttribute('maxlength')).toBe('280');
    expect(view.querySelector('#note-count')?.textContent).toBe('0 of 280 characters');
    expect(view.textContent).toContain(
      'Your notes are anonymous: the facilitator sees them only when revealed, never who wrote them.',
    );
    expect(view.textContent).toContain('You can send 4 more notes.');
    // A note is text, never markup.
    expect(view.querySelector('.note-text')?.textContent).toBe('The depot <b>Wi-Fi</b>');
    expect(view.querySelector('b')).toBeNull();
    expect(view.querySelector('[data-delete-note="n1"]')?.getAttribute('aria-label')).toBe(
      'Delete your note: The depot <b>Wi-Fi</b>',
    );
  });

  it('keeps the draft out of the signature, so typing never rebuilds the page', () => {
    const typed = model({ activity: writing }, { activity: { ...NO_ACTIVITY_UI, draft: 'Half a thought' } });
    expect(viewSignature(typed)).toBe(viewSignature(model({ activity: writing })));
    expect(render(typed).querySelector('textarea')?.value).toBe('Half a thought');
  });

  it('says under Send when the note in the box did not reach the room, then that it is ready to send', () => {
    const unsent = (noteUnsent: 'offline' | 'back') =>
      render(
        model({ activity: writing }, { activity: { ...NO_ACTIVITY_UI, draft: 'Depot Wi-Fi', noteUnsent } }),
      );
    const offline = unsent('offline');
    expect(offline.querySelector('#note-state')?.textContent).toBe(
      'Your note did not reach the room. Check your Wi-Fi, then send it again.',
    );
    expect(offline.querySelector('#note-state')?.className).toBe('save-state failed');
    expect(offline.querySelector('textarea')?.getAttribute('aria-describedby')).toBe(
      'note-count note-state notes-left',
    );
    const back = unsent('back');
    expect(back.querySelector('#note-state')?.textContent).toBe(
      'You’re connected again. Your note is still in the box, ready to send.',
    );
    expect(back.querySelector('#note-state')?.className).toBe('save-state');
    expect(back.querySelector('textarea')?.value).toBe('Depot Wi-Fi');
    expect(render(model({ activity: writing })).querySelector('#note-state')).toBeNull();
  });

  it('stops offering Send at five notes and lists them without Delete once closed', () => {
    const five = Array.from({ length: 5 }, (_, index) => ({
      id: `n${index}`,
      text: `idea ${index}`,
      writtenAt: '',
    }));
    const full: PhoneActivity = { ...writing, writing: { maxNotes: 5, maxNoteLength: 280, myNotes: five } };
    const view = render(model({ activity: full }));
    expect(view.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    expect(view.textContent).toContain('You have sent 5 notes, the most for this round.');
    const closed = render(model({ activity: { ...full, status: 'closed' } }));
    expect(closed.querySelector('h1')?.textContent).toContain('Writing has closed');
    expect(closed.querySelectorAll('.note')).toHaveLength(5);
    expect(closed.querySelector('[data-delete-note]')).toBeNull();
  });
});

describe('the dot-vote screen', () => {
  it('shows each item with − and +, the dots left, and whether the dots are saved', () => {
    const view = render(model({ activity: dots }));
    expect(view.querySelector('#dots-left')?.textContent).toBe('1 of 3 dots left');
    const counts = [...view.querySelectorAll('.dot-count')].map((count) => count.textContent);
    expect(counts).toEqual(['0 dots', '2 dots']);
    expect(
      view.querySelector('[data-dot-item="a1"][data-dot-change="-1"]')?.getAttribute('aria-disabled'),
    ).toBe('true');
    expect(view.querySelector('[data-dot-item="a1"][data-dot-change="1"]')?.getAttribute('aria-label')).toBe(
      'Add a dot to Name an owner per depot',
    );
    const tapped = render(
      model(
        { activity: dots },
        { activity: { ...NO_ACTIVITY_UI, dots: { a2: 2, a1: 1 }, dotsState: 'saving' } },
      ),
    );
    expect(tapped.querySelector('#dots-left')?.textContent).toBe('0 of 3 dots left');
    expect(tapped.querySelector('[data-dot-change="1"]')?.getAttribute('aria-disabled')).toBe('true');
    expect(tapped.querySelector('.save-state')?.textContent).toBe('Saving…');
    const failed = render(
      model(
        { activity: dots },
        { activity: { ...NO_ACTIVITY_UI, dots: { a1: 1 }, dotsState: 'failed', dotsProblem: 'No Wi-Fi.' } },
      ),
    );
    expect(failed.querySelector('.save-state')?.textContent).toContain('Not saved. No Wi-Fi.');
    expect(failed.querySelector('[data-retry-dots]')?.textContent).toBe('Try again');
  });
});

describe('which screen a phone shows', () => {
  it('shows an open activity over a closed round, and the newer of the two when both are closed', () => {
    const closedRound = { ...round, status: 'closed' as const };
    expect(isActivityShown(writing, closedRound)).toBe(true);
    expect(isActivityShown({ ...writing, status: 'closed' }, round)).toBe(false);
    expect(isActivityShown({ ...writing, status: 'closed' }, closedRound)).toBe(true);
    expect(
      isActivityShown({ ...writing, status: 'closed', openedAt: '2026-03-01T09:00:00.000Z' }, closedRound),
    ).toBe(false);
    expect(viewKind(model({ activity: writing, round: closedRound }))).toContain('writing-1');
  });
});

describe('how sure are you', () => {
  it('asks under an answered question when the round asks, with my value pressed', () => {
    const view = render(model({ round }));
    const group = view.querySelector('.confidence');
    expect(group?.textContent).toContain('How sure are you?');
    expect(group?.querySelector('[aria-pressed="true"]')?.textContent).toBe('4');
    expect(group?.querySelectorAll('button')).toHaveLength(5);
    expect(render(model({ round: { ...round, myAnswers: {} } })).querySelector('.confidence')).toBeNull();
    expect(
      render(model({ round: { ...round, askConfidence: false } })).querySelector('.confidence'),
    ).toBeNull();
  });
});
