import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, retryDelay } from '../../shared/voting/state-sync';
import type { PhoneState } from '../../shared/voting/room-protocol';
import { aPhoneRound, renderView, roomModel } from './view-fixtures';
import { connectionText, VOTE_CONFIRMATION, viewKind, viewSignature, type ParticipantModel } from './view';

const round = aPhoneRound({
  questions: [
    { id: 'ownership', label: 'Ownership', text: 'Is a named person answerable?' },
    { id: 'data', label: 'Data', text: 'Can the <b>data</b> pipeline keep up?' },
  ],
  myAnswers: { ownership: 'partly' },
});

const model = (change: Partial<ParticipantModel> = {}, phone: Partial<PhoneState> = {}) =>
  roomModel({ round, ...phone }, change);
const render = renderView;

describe('the participant page views', () => {
  it('ask only for the code when voting is anonymous, prefilled from the QR link', () => {
    const view = render(model({ phase: 'join' }, { joined: false, round: null }));
    expect(view.querySelector('h1')?.textContent).toBe('Join the vote');
    expect(view.querySelector<HTMLInputElement>('#code')?.value).toBe('K7PX2M');
    expect(view.querySelector('label[for="code"]')?.textContent).toBe('Room code');
    expect(view.querySelector('#name')).toBeNull();
    expect(view.textContent).toContain('Your vote is anonymous.');
  });

  it('ask for a name when named voting is on', () => {
    const view = render(model({ phase: 'join' }, { joined: false, namedVoting: true, round: null }));
    expect(view.querySelector('label[for="name"]')?.textContent).toBe('Your name');
    expect(view.querySelector('#name')?.getAttribute('autocomplete')).toBe('name');
  });

  it('keep the typed name while joining, so a refused room code does not clear it', () => {
    const joining = model(
      { phase: 'join', joining: true, code: 'WRONG1', name: 'Ada' },
      { joined: false, namedVoting: true, round: null },
    );
    expect(render(joining).querySelector<HTMLInputElement>('#name')?.value).toBe('Ada');
    expect(render({ ...joining, joining: false }).querySelector<HTMLInputElement>('#name')?.value).toBe(
      'Ada',
    );
  });

  it('show each open question with three named buttons, the chosen one pressed, and the confirmation', () => {
    const view = render(model());
    const groups = view.querySelectorAll('[role="group"]');
    expect(groups).toHaveLength(2);
    const ownership = [...(groups[0]?.querySelectorAll('button') ?? [])];
    expect(ownership.map((button) => [button.textContent, button.getAttribute('aria-pressed')])).toEqual([
      ['Yes', 'false'],
      ['Partly', 'true'],
      ['No', 'false'],
    ]);
    expect(groups[0]?.getAttribute('aria-labelledby')).toBe('question-ownership');
    expect(view.querySelector('#question-ownership')?.textContent).toBe('Ownership');
    expect(view.textContent).toContain(VOTE_CONFIRMATION);
    // Text from the network is text, never markup.
    expect(view.querySelector('b')).toBeNull();
    expect(view.textContent).toContain('Can the <b>data</b> pipeline keep up?');
  });

  it('show a vote on its way as pressed, without claiming it is in yet', () => {
    const view = render(model({ sending: { data: 'no' } }));
    const noButton = view.querySelector('button[data-question="data"][data-answer="no"]');
    expect(noButton?.getAttribute('aria-pressed')).toBe('true');
    expect(view.textContent).toContain('Sending your vote (No)…');
  });

  it('wait for the next question, for results, or send people to the shared screen', () => {
    expect(render(model({}, { round: null })).textContent).toContain('Waiting for the next question');
    expect(render(model({}, { round: { ...round, status: 'closed' } })).textContent).toContain(
      'Results appear here when the facilitator shares them.',
    );
    expect(render(model({}, { round: { ...round, mode: 'keypad' } })).querySelector('h1')?.textContent).toBe(
      'Vote on the shared screen',
    );
    expect(render(model({ phase: 'room-closed' })).textContent).toContain('The voting room has closed.');
  });

  it('show results with numbers once revealed', () => {
    const revealed = {
      ...round,
      status: 'closed' as const,
      results: { ownership: { yes: 3, partly: 1, no: 0 }, data: { yes: 0, partly: 0, no: 0 } },
    };
    const view = render(model({}, { round: revealed }));
    expect(view.querySelector('h1')?.textContent).toBe('Results of round 1');
    const rows = [...view.querySelectorAll('section')][0]?.querySelectorAll('li') ?? [];
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Yes3 votes (75%)',
      'Partly1 vote (25%)',
      'No0 votes (0%)',
    ]);
    expect(view.querySelector<HTMLElement>('.bar-yes')?.style.width).toBe('75%');
    expect(view.textContent).toContain('Your vote: Partly.');
  });

  it('rebuild only when what is shown changes (typing in the join form is never wiped)', () => {
    const joining = model({ phase: 'join' }, { joined: false, round: null });
    expect(viewSignature(joining)).toBe(viewSignature({ ...joining, code: 'OTHER' }));
    expect(viewSignature(model())).not.toBe(viewSignature(model({ sending: { data: 'yes' } })));
  });

  it('tell a new screen (a closed round, results) from a change on the same one (a vote)', () => {
    expect(viewKind(model({ sending: { data: 'yes' } }))).toBe(viewKind(model()));
    expect(viewKind(model({}, { round: { ...round, status: 'closed' } }))).not.toBe(viewKind(model()));
    expect(viewKind(model({}, { round: null }))).not.toBe(viewKind(model()));
  });
});

describe('reconnecting', () => {
  it('backs off from half a second to at most fifteen, with jitter', () => {
    expect(retryDelay(0, () => 1)).toBe(500);
    expect(retryDelay(0, () => 0)).toBe(250);
    expect(retryDelay(3, () => 1)).toBe(4000);
    expect(retryDelay(50, () => 1)).toBe(MAX_RETRY_MS);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect(retryDelay(attempt)).toBeLessThanOrEqual(MAX_RETRY_MS);
    }
  });
});

describe('the connection line', () => {
  it('says "Connected" only while the live socket is open and the last fetch worked', () => {
    expect(connectionText({ phase: 'room', socketOpen: true, lastFetchWorked: true })).toBe('Connected');
    expect(connectionText({ phase: 'room', socketOpen: false, lastFetchWorked: true })).toBe('Reconnecting…');
    expect(connectionText({ phase: 'room', socketOpen: true, lastFetchWorked: false })).toBe('Reconnecting…');
    // Before joining there is no live socket to speak of; only a failed fetch is worth saying.
    expect(connectionText({ phase: 'join', socketOpen: false, lastFetchWorked: true })).toBe('');
    expect(connectionText({ phase: 'join', socketOpen: false, lastFetchWorked: false })).toBe(
      'Reconnecting…',
    );
    expect(connectionText({ phase: 'room-closed', socketOpen: false, lastFetchWorked: false })).toBe('');
  });
});
