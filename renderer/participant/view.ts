/**
 * The participant page's views, built with plain DOM calls (no framework, no innerHTML:
 * question texts come from the network). `buildView` is pure apart from creating elements,
 * so tests render it in jsdom.
 */
import type { Answer, PhoneRound, PhoneState, QuestionId } from '../../shared/voting/room-protocol';

/** Where the page is. */
export type Phase = 'connecting' | 'unreachable' | 'join' | 'room' | 'room-closed';

/** Everything the views depend on. */
export interface ParticipantModel {
  readonly phase: Phase;
  readonly phone: PhoneState | null;
  /** Room code to prefill (from `?code=` in the QR link). */
  readonly code: string;
  /** Votes on their way to the room. */
  readonly sending: Partial<Record<QuestionId, Answer>>;
  readonly joining: boolean;
}

/** What the page says once the room has saved a vote. */
export const VOTE_CONFIRMATION = 'Your vote is in — you can change it until the round closes.';

/** The three answers, in the order the buttons show them. */
export const ANSWER_CHOICES: readonly { readonly answer: Answer; readonly label: string }[] = [
  { answer: 'yes', label: 'Yes' },
  { answer: 'partly', label: 'Partly' },
  { answer: 'no', label: 'No' },
];

type Child = Node | string | null | false;

/** Creates an element with attributes and children. */
function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string | false>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== false) element.append(child);
  }
  return element;
}

/** The page heading; focusable so focus can move to it when the view changes on a tap. */
const heading = (text: string) => h('h1', { tabindex: '-1', 'data-focus-key': 'heading' }, text);

const labelOf = (answer: Answer) =>
  ANSWER_CHOICES.find((choice) => choice.answer === answer)?.label ?? answer;

function joinView(model: ParticipantModel): Node[] {
  const named = model.phone?.namedVoting === true;
  return [
    heading('Join the vote'),
    h(
      'form',
      { id: 'join', novalidate: '' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'code' }, 'Room code'),
        h('input', {
          id: 'code',
          name: 'code',
          value: model.code,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: 'false',
          maxlength: '12',
          required: '',
          'aria-describedby': 'code-hint',
          'data-focus-key': 'code',
        }),
        h('p', { id: 'code-hint', class: 'hint' }, 'The six-character code on the room screen.'),
      ),
      named &&
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'name' }, 'Your name'),
          h('input', {
            id: 'name',
            name: 'name',
            autocomplete: 'name',
            maxlength: '40',
            required: '',
            'aria-describedby': 'name-hint',
            'data-focus-key': 'name',
          }),
          h(
            'p',
            { id: 'name-hint', class: 'hint' },
            'This vote shows names: yours appears with your answers.',
          ),
        ),
      !named && h('p', { class: 'hint' }, 'Your vote is anonymous.'),
      h(
        'button',
        { type: 'submit', class: 'primary', disabled: model.joining && '', 'data-focus-key': 'join' },
        model.joining ? 'Joining…' : 'Join',
      ),
    ),
  ];
}

function questionView(round: PhoneRound, model: ParticipantModel): Node[] {
  return round.questions.map((question) => {
    const headingId = `question-${question.id}`;
    const chosen = round.myAnswers[question.id];
    const sending = model.sending[question.id];
    return h(
      'section',
      { class: 'question', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, question.label),
      h('p', { class: 'question-text' }, question.text),
      h(
        'div',
        { class: 'answers', role: 'group', 'aria-labelledby': headingId },
        ...ANSWER_CHOICES.map(({ answer, label }) =>
          h(
            'button',
            {
              type: 'button',
              class: `answer answer-${answer}`,
              'data-question': question.id,
              'data-answer': answer,
              'data-focus-key': `${question.id}-${answer}`,
              'aria-pressed': String((sending ?? chosen) === answer),
            },
            label,
          ),
        ),
      ),
      h(
        'p',
        { class: sending === undefined && chosen !== undefined ? 'confirmation' : 'hint' },
        sending !== undefined
          ? `Sending your vote (${labelOf(sending)})…`
          : chosen !== undefined
            ? VOTE_CONFIRMATION
            : 'Not voted yet.',
      ),
    );
  });
}

function resultsView(round: PhoneRound): Node[] {
  return round.questions.map((question) => {
    const counts = round.results?.[question.id] ?? { yes: 0, partly: 0, no: 0 };
    const total = counts.yes + counts.partly + counts.no;
    const mine = round.myAnswers[question.id];
    const headingId = `result-${question.id}`;
    return h(
      'section',
      { class: 'question', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, question.label),
      h('p', { class: 'question-text' }, question.text),
      h(
        'ul',
        { class: 'results' },
        ...ANSWER_CHOICES.map(({ answer, label }) => {
          const count = counts[answer];
          const percent = total === 0 ? 0 : Math.round((count / total) * 100);
          const fill = h('span', { class: `bar-fill bar-${answer}` });
          // CSSOM, not a style attribute: the page's CSP allows no inline styles.
          fill.style.width = `${percent}%`;
          return h(
            'li',
            {},
            h('span', { class: 'result-label' }, label),
            h('span', { class: 'result-count' }, `${count} ${count === 1 ? 'vote' : 'votes'} (${percent}%)`),
            h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
          );
        }),
      ),
      h(
        'p',
        { class: 'hint' },
        mine === undefined ? 'You did not vote on this one.' : `Your vote: ${labelOf(mine)}.`,
      ),
    );
  });
}

/** The children of the page's view area for `model`. */
export function buildView(model: ParticipantModel): Node[] {
  switch (model.phase) {
    case 'connecting':
      return [heading('ReadyRoom vote'), h('p', {}, 'Connecting to the voting room…')];
    case 'unreachable':
      return [
        heading('Can’t reach the voting room'),
        h('p', {}, 'Check that this phone is on the room’s Wi-Fi. This page keeps trying by itself.'),
      ];
    case 'room-closed':
      return [
        heading('The vote has ended'),
        h('p', {}, 'The voting room has closed. Thank you for taking part.'),
      ];
    case 'join':
      return joinView(model);
    case 'room':
      break;
  }
  const round = model.phone?.round ?? null;
  const greeting = model.phone?.name ? `You’re in, ${model.phone.name}` : 'You’re in';
  if (round === null) {
    return [
      heading(greeting),
      h('p', {}, 'Waiting for the next question. Keep this page open: it appears here by itself.'),
    ];
  }
  if (round.results !== null) {
    return [
      heading(`Results of round ${round.number}`),
      h('p', {}, '“Partly” does not count as yes.'),
      ...resultsView(round),
    ];
  }
  if (round.status === 'closed') {
    return [
      heading('Voting has closed'),
      h('p', {}, 'Results appear here when the facilitator shares them.'),
      h(
        'ul',
        { class: 'my-answers' },
        ...round.questions.map((question) => {
          const mine = round.myAnswers[question.id];
          return h('li', {}, `${question.label}: ${mine === undefined ? 'no vote' : labelOf(mine)}`);
        }),
      ),
    ];
  }
  if (round.mode === 'keypad') {
    return [
      heading('Vote on the shared screen'),
      h('p', {}, 'This round is voted on the screen at the front of the room, not on phones.'),
    ];
  }
  return [
    heading(round.questions.length === 1 ? 'Your vote' : 'Your votes'),
    h('p', {}, 'Tap Yes, Partly or No. “Partly” does not count as yes.'),
    ...questionView(round, model),
  ];
}

/**
 * A fingerprint of what the view shows: the page rebuilds only when it changes, so a
 * background refresh never wipes what someone is typing or moves their focus.
 */
export function viewSignature(model: ParticipantModel): string {
  return JSON.stringify([
    model.phase,
    model.phase === 'join' ? [model.phone?.namedVoting, model.joining] : model.phone,
    model.sending,
  ]);
}

/** What the connection line says, from what the page knows about its link to the room. */
export interface ConnectionFacts {
  readonly phase: Phase;
  /** The live WebSocket is open. */
  readonly socketOpen: boolean;
  /** The last state fetch worked. */
  readonly lastFetchWorked: boolean;
}

/**
 * The connection line (`#connection`, a polite live region): "Connected" while the live
 * socket is open and the last fetch worked, "Reconnecting…" otherwise. Before joining there
 * is no socket, so only a failed fetch is worth a word; once the room closed, nothing.
 */
export function connectionText(facts: ConnectionFacts): string {
  switch (facts.phase) {
    case 'room':
      return facts.socketOpen && facts.lastFetchWorked ? 'Connected' : 'Reconnecting…';
    case 'join':
      return facts.lastFetchWorked ? '' : 'Reconnecting…';
    default:
      return '';
  }
}

/** Which screen the page is on (join, a round open, its results, …), whatever the details. */
export function viewKind(model: ParticipantModel): string {
  const round = model.phone?.round ?? null;
  return [model.phase, round?.roundId, round?.status, round?.results !== null && round !== null].join('|');
}
