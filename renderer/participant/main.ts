/**
 * The participant (phone) page: join the room by code, vote Yes / Partly / No on the open
 * question(s) (and say how sure, when asked), see results once the facilitator reveals them,
 * write notes in a silent writing round and place dots in a dot vote. Deliberately framework-free
 * and tiny: phones download it over weak room Wi-Fi. It keeps its device token in
 * localStorage (and sends it when joining again, so the room knows it is the same voter) and
 * reconnects by itself, with backoff, when the Wi-Fi drops or the screen locks. Every state
 * fetch is retried until it works (`shared/voting/state-sync.ts`), so no round or result is missed.
 */
import './participant.css';
import { text } from '../../shared/text';
import { createActivityActions } from './activity-actions';
import { createVote } from './ballot-action';
import type { PageHooks } from './page-hooks';
import { fetchState, joinRoom, openLive, RoomRefused, RoomUnreachable } from './room-client';
import type { Answer, PhoneState, QuestionId } from '../../shared/voting/room-protocol';
import { createStateSync, retryDelay } from '../../shared/voting/state-sync';
import { buildView, connectionText, viewKind, viewSignature, type ParticipantModel } from './view';

const TOKEN_KEY = 'readyroom-device-token';
/** How long a message stays at the bottom of the screen. */
const STATUS_SHOWN_MS = 8000;
const OFFLINE_JOIN = text('phone.offlineJoin');

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

/** The token this page votes with; null until joined (the stored one may be refused). */
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
/** Reconnection attempts of the live socket since it was last open. */
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let lastFetchWorked = true;

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

/** Updates the connection line; the text changes only when the state does (it is a live region). */
function showConnection(): void {
  const text = connectionText({
    phase: model.phase,
    socketOpen: socket?.readyState === WebSocket.OPEN,
    lastFetchWorked,
  });
  if (connection.textContent === text) return;
  connection.textContent = text;
  connection.dataset.state = text === 'Connected' ? 'connected' : 'reconnecting';
}

function markReady(): void {
  document.documentElement.dataset.appState = 'ready';
}

/**
 * The room no longer knows this token (the room was reopened, or it forgot a quiet phone it
 * could not take back): stop using it, but keep it stored, so joining again sends it and the
 * room can give this phone its device back.
 */
function forgetJoin(): void {
  token = null;
  clearTimeout(retryTimer);
  const old = socket;
  socket = null;
  old?.close();
}

/** What this phone may see; a token the room refuses is dropped and the join form shown. */
async function fetchPhoneState(): Promise<PhoneState> {
  try {
    return await fetchState(token);
  } catch (error) {
    if (!(error instanceof RoomRefused && error.code === 'not-joined' && token !== null)) throw error;
    forgetJoin();
    return fetchState(null);
  }
}

const sync = createStateSync({
  fetchState: fetchPhoneState,
  onState: (phone) => {
    lastFetchWorked = true;
    // A new activity starts with an empty note and no unsaved dots.
    const fresh = phone.activity?.activityId !== model.phone?.activity?.activityId;
    update({ phone, phase: phone.joined ? 'room' : 'join', ...(fresh ? { activity: undefined } : {}) });
    // A note or dots that did not reach the room are taken up again now that it answers.
    activityActions.roomReached();
    showConnection();
    markReady();
    // The room answers: if the live socket is down, try it now rather than at the next backoff.
    if (token !== null) connect();
  },
  onFailure: (error) => {
    lastFetchWorked = false;
    if (error instanceof RoomUnreachable && model.phase === 'connecting') update({ phase: 'unreachable' });
    showConnection();
    markReady();
  },
  stopped: () => model.phase === 'room-closed',
});

function connect(): void {
  clearTimeout(retryTimer);
  if (token === null || socket !== null || model.phase === 'room-closed') return;
  // Events of a socket this page has since replaced (see wakeUp) are ignored.
  const opened = openLive(token, {
    onOpen: () => {
      if (socket !== opened) return;
      attempt = 0;
      showConnection();
      void sync.request({ now: true }); // catch up on anything missed while away
    },
    onPush: (push) => {
      if (socket !== opened) return;
      if (push.type === 'room-closed') {
        clearTimeout(retryTimer);
        update({ phase: 'room-closed' });
        showConnection();
      } else {
        void sync.request();
      }
    },
    onClose: () => {
      if (socket !== opened) return;
      socket = null;
      if (model.phase !== 'room-closed') {
        showConnection();
        scheduleReconnect();
      }
    },
  });
  socket = opened;
}

function scheduleReconnect(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(connect, retryDelay(attempt));
  attempt += 1;
}

/**
 * The phone woke up or came back online. iOS and Android drop WebSockets while the screen is
 * locked, often without a close event: a socket that is not open now is replaced at once,
 * and the state is fetched without waiting for a backoff.
 */
function wakeUp(): void {
  if (model.phase === 'room-closed') return;
  attempt = 0;
  if (socket !== null && socket.readyState !== WebSocket.OPEN) {
    const stale = socket;
    socket = null;
    stale.close();
  }
  connect();
  showConnection();
  void sync.request({ now: true });
}

async function join(code: string, name: string | null): Promise<void> {
  if (code.trim() === '') return announce(text('phone.typeCode'));
  if (name !== null && name.trim() === '') return announce(text('phone.typeName'));
  update({ joining: true, code, name: name ?? '' });
  try {
    // The token stored from an earlier join, if any: the room gives this phone its device back.
    const reply = await joinRoom(code, name, readToken());
    storeToken(reply.token);
    connect();
    await sync.request({ now: true });
    announce(text('phone.youAreIn'));
    viewArea.querySelector<HTMLElement>('h1')?.focus();
  } catch (error) {
    announce(error instanceof RoomRefused ? error.message : OFFLINE_JOIN);
    viewArea.querySelector<HTMLElement>('#code')?.focus();
  } finally {
    update({ joining: false });
  }
}

const page: PageHooks = {
  model: () => model,
  update,
  announce,
  token: () => token,
  failed(error, offline) {
    if (!(error instanceof RoomRefused)) {
      announce(offline);
      void sync.request();
      return;
    }
    announce(error.message);
    if (error.code === 'not-joined') forgetJoin();
    if (error.code !== 'too-many-requests') void sync.request();
  },
  focus: (selector) => viewArea.querySelector<HTMLElement>(selector)?.focus(),
};
const vote = createVote(page);
const activityActions = createActivityActions(page);

viewArea.addEventListener('click', (event) => {
  if (activityActions.click(event.target as Element)) return;
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-question]');
  const questionId = button?.dataset.question as QuestionId | undefined;
  if (questionId === undefined || model.sending[questionId] !== undefined) return;
  const sure = button?.dataset.confidence;
  const answer = (sure === undefined ? button?.dataset.answer : model.phone?.round?.myAnswers[questionId]) as
    Answer | undefined;
  if (answer !== undefined) void vote(questionId, answer, sure === undefined ? undefined : Number(sure));
});
viewArea.addEventListener('input', (event) => activityActions.input(event.target as Element));

viewArea.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  if (activityActions.submit(form)) return;
  const code = (form.elements.namedItem('code') as HTMLInputElement | null)?.value ?? '';
  const name = form.elements.namedItem('name') as HTMLInputElement | null;
  void join(code, name === null ? null : name.value);
});

// Phones sleep and Wi-Fi comes back: check in at once instead of waiting for the backoff.
window.addEventListener('online', wakeUp);
// The phone lost its network: the live socket cannot carry anything now, so it is dropped at
// once (and the line says "Reconnecting…") rather than when the room's heartbeat notices.
window.addEventListener('offline', () => {
  lastFetchWorked = false;
  const old = socket;
  socket = null;
  old?.close();
  showConnection();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') wakeUp();
});

render();
void sync.request();
