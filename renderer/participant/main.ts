/**
 * The participant (phone) page: join the room by code, vote Yes / Partly / No on the open
 * question(s), see results once the facilitator reveals them. Deliberately framework-free
 * and tiny: phones download it over weak room Wi-Fi. It keeps its device token in
 * localStorage and reconnects by itself, with backoff, when the Wi-Fi drops.
 */
import './participant.css';
import {
  castBallot,
  fetchState,
  joinRoom,
  openLive,
  retryDelay,
  RoomRefused,
  RoomUnreachable,
} from './room-client';
import type { Answer, QuestionId } from '../../shared/voting/room-protocol';
import { buildView, VOTE_CONFIRMATION, viewKind, viewSignature, type ParticipantModel } from './view';

const TOKEN_KEY = 'readyroom-device-token';
/** How long a message stays at the bottom of the screen. */
const STATUS_SHOWN_MS = 8000;
const OFFLINE_VOTE = 'Your vote did not reach the room. Check your Wi-Fi, then tap your answer again.';
const OFFLINE_JOIN =
  'This phone could not reach the voting room. Check you are on the room’s Wi-Fi, then try again.';

const viewArea = document.getElementById('view') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const connection = document.getElementById('connection') as HTMLElement;

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // Storage blocked (private browsing): the phone joins again after a reload.
  }
}

function storeToken(value: string | null): void {
  token = value;
  try {
    if (value === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, value);
  } catch {
    // See readToken.
  }
}

let token = readToken();
let model: ParticipantModel = {
  phase: 'connecting',
  phone: null,
  code: (new URLSearchParams(location.search).get('code') ?? '').toUpperCase().slice(0, 12),
  sending: {},
  joining: false,
};
let shownSignature = '';
let shownKind = '';
let statusTimer: ReturnType<typeof setTimeout> | undefined;
let socket: WebSocket | null = null;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function render(): void {
  const signature = viewSignature(model);
  if (signature === shownSignature) return;
  shownSignature = signature;
  const kind = viewKind(model);
  // A message about the last screen ("your vote is in") does not belong on the next one.
  if (kind !== shownKind) say('');
  shownKind = kind;
  const focusKey = document.activeElement?.getAttribute('data-focus-key');
  viewArea.replaceChildren(...buildView(model));
  if (focusKey) viewArea.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
}

function update(change: Partial<ParticipantModel>): void {
  model = { ...model, ...change };
  render();
}

function say(message: string): void {
  clearTimeout(statusTimer);
  status.textContent = message;
}

/**
 * Says something to everyone, screen readers included: cleared first so a repeat is heard
 * again, and cleared after a while so it does not cover the page.
 */
function announce(message: string): void {
  say('');
  statusTimer = setTimeout(() => {
    say(message);
    statusTimer = setTimeout(() => say(''), STATUS_SHOWN_MS);
  }, 50);
}

function showOnline(online: boolean): void {
  const known = model.phase === 'join' || model.phase === 'room';
  connection.textContent = online || !known ? '' : 'Connection lost — reconnecting…';
}

/** Fetches what this phone may see; false when the room could not be reached. */
async function refresh(): Promise<boolean> {
  try {
    const phone = await fetchState(token);
    showOnline(true);
    update({ phone, phase: phone.joined ? 'room' : 'join' });
    return true;
  } catch (error) {
    if (error instanceof RoomRefused && error.code === 'not-joined') {
      // The room was reopened (or the token is not ours): join again.
      storeToken(null);
      return refresh();
    }
    if (error instanceof RoomUnreachable && model.phase === 'connecting') update({ phase: 'unreachable' });
    showOnline(false);
    return false;
  }
}

function connect(): void {
  clearTimeout(retryTimer);
  if (token === null || socket !== null || model.phase === 'room-closed') return;
  socket = openLive(token, {
    onOpen: () => {
      attempt = 0;
      void refresh(); // catch up on anything missed while away
    },
    onPush: (push) => {
      if (push.type === 'room-closed') {
        clearTimeout(retryTimer);
        connection.textContent = '';
        update({ phase: 'room-closed' });
      } else {
        void refresh();
      }
    },
    onClose: () => {
      socket = null;
      if (model.phase !== 'room-closed') {
        showOnline(false);
        scheduleRetry();
      }
    },
  });
}

function scheduleRetry(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void retryNow(), retryDelay(attempt));
  attempt += 1;
}

async function retryNow(): Promise<void> {
  clearTimeout(retryTimer);
  if (model.phase === 'room-closed') return;
  if (!(await refresh())) return scheduleRetry();
  if (token !== null) connect();
}

async function join(code: string, name: string | null): Promise<void> {
  if (code.trim() === '') return announce('Please type the room code from the room screen.');
  if (name !== null && name.trim() === '') return announce('Please type your name.');
  update({ joining: true, code });
  try {
    const reply = await joinRoom(code, name);
    storeToken(reply.token);
    if (await refresh()) connect();
    announce('You’re in. Keep this page open.');
    viewArea.querySelector<HTMLElement>('h1')?.focus();
  } catch (error) {
    announce(error instanceof RoomRefused ? error.message : OFFLINE_JOIN);
    viewArea.querySelector<HTMLElement>('#code')?.focus();
  } finally {
    update({ joining: false });
  }
}

async function vote(questionId: QuestionId, answer: Answer): Promise<void> {
  const round = model.phone?.round;
  if (round === null || round === undefined || token === null) return;
  update({ sending: { ...model.sending, [questionId]: answer } });
  try {
    await castBallot(token, { roundId: round.roundId, questionId, answer });
    const phone = model.phone;
    if (phone?.round?.roundId === round.roundId) {
      const myAnswers = { ...phone.round.myAnswers, [questionId]: answer };
      model = { ...model, phone: { ...phone, round: { ...phone.round, myAnswers } } };
    }
    announce(VOTE_CONFIRMATION);
  } catch (error) {
    if (error instanceof RoomRefused) {
      announce(error.message);
      if (error.code === 'not-joined') storeToken(null);
      if (error.code !== 'too-many-requests') void refresh();
    } else {
      announce(OFFLINE_VOTE);
      void retryNow();
    }
  } finally {
    const { [questionId]: _sent, ...stillSending } = model.sending;
    update({ sending: stillSending });
  }
}

viewArea.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-answer]');
  const questionId = button?.dataset.question as QuestionId | undefined;
  const answer = button?.dataset.answer as Answer | undefined;
  if (questionId !== undefined && answer !== undefined && model.sending[questionId] === undefined) {
    void vote(questionId, answer);
  }
});

viewArea.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const code = (form.elements.namedItem('code') as HTMLInputElement | null)?.value ?? '';
  const name = form.elements.namedItem('name') as HTMLInputElement | null;
  void join(code, name === null ? null : name.value);
});

// Phones sleep and Wi-Fi comes back: check in at once instead of waiting for the backoff.
window.addEventListener('online', () => {
  attempt = 0;
  void retryNow();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && model.phase !== 'room-closed') void retryNow();
});

render();
void (async () => {
  if (await refresh()) connect();
  else scheduleRetry();
  document.documentElement.dataset.appState = 'ready';
})();
