/**
 * The participant page's views, built with plain DOM calls (no framework, no innerHTML:
 * question texts come from the network). `buildView` is pure apart from creating elements,
 * so tests render it in jsdom.
 */
import { text } from '../../shared/text';
import { ANSWER_LABELS } from '../../shared/text/answers';
import type { Answer, PhoneRound, PhoneState, QuestionId } from '../../shared/voting/room-protocol';
import { activityView, isActivityShown, NO_ACTIVITY_UI, type ActivityUi } from './activity-view';
import { confidenceChoice } from './confidence-view';
import { h, heading } from './dom';

/** Where the page is. */
export type Phase = 'connecting' | 'unreachable' | 'join' | 'room' | 'room-closed';

/** Everything the views depend on. */
export interface ParticipantModel {
  readonly phase: Phase;
  readonly phone: PhoneState | null;
  /** Room code to prefill (from `?code=` in the QR link). */
  readonly code: string;
  /** The name typed for named voting, kept while joining (a refused code keeps it too). */
  readonly name?: string;
  /** Votes on their way to the room. */
  readonly sending: Partial<Record<QuestionId, Answer>>;
  /** "How sure" values on their way to the room. */
  readonly sendingSure?: Partial<Record<QuestionId, number>>;
  readonly joining: boolean;
  /** What this phone is doing with the room activity (writing, dots). */
  readonly activity?: ActivityUi;
}

/** What the page says once the room has saved a vote. */
export const VOTE_CONFIRMATION = text('phone.voteConfirmed');

/** The three answers, in the order the buttons show them. */
export const ANSWER_CHOICES: readonly { readonly answer: Answer; readonly label: string }[] = (
  ['yes', 'partly', 'no'] as const
).map((answer) => ({ answer, label: ANSWER_LABELS[answer] }));

const labelOf = (answer: Answer) =>
  ANSWER_CHOICES.find((choice) => choice.answer === answer)?.label ?? answer;

function joinView(model: ParticipantModel): Node[] {
  const named = model.phone?.namedVoting === true;
  return [
    heading(text('phone.joinHeading')),
    h(
      'form',
      { id: 'join', novalidate: '' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'code' }, text('phone.roomCode')),
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
        h('p', { id: 'code-hint', class: 'hint' }, text('phone.roomCodeHint')),
      ),
      named &&
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'name' }, text('phone.yourName')),
          h('input', {
            id: 'name',
            name: 'name',
            value: model.name ?? '',
            autocomplete: 'name',
            maxlength: '40',
            required: '',
            'aria-describedby': 'name-hint',
            'data-focus-key': 'name',
          }),
          h('p', { id: 'name-hint', class: 'hint' }, text('phone.namedHint')),
        ),
      !named && h('p', { class: 'hint' }, text('phone.anonymousHint')),
      h(
        'button',
        { type: 'submit', class: 'primary', disabled: model.joining && '', 'data-focus-key': 'join' },
        text(model.joining ? 'phone.joining' : 'phone.join'),
      ),
    ),
  ];
}

/** A question's section: its label as the heading (id `headingId`), its text, then `body`. */
function questionSection(
  headingId: string,
  question: PhoneRound['questions'][number],
  ...body: (Node | false)[]
): Node {
  return h(
    'section',
    { class: 'question', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, question.label),
    h('p', { class: 'question-text' }, question.text),
    ...body,
  );
}

function questionView(round: PhoneRound, model: ParticipantModel): Node[] {
  return round.questions.map((question) => {
    const headingId = `question-${question.id}`;
    const chosen = round.myAnswers[question.id];
    const sending = model.sending[question.id];
    return questionSection(
      headingId,
      question,
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
          ? text('phone.sending', { answer: labelOf(sending) })
          : chosen !== undefined
            ? VOTE_CONFIRMATION
            : text('phone.notVoted'),
      ),
      round.askConfidence &&
        (sending ?? chosen) !== undefined &&
        confidenceChoice(question.id, model.sendingSure?.[question.id] ?? round.myConfidence[question.id]),
    );
  });
}

function resultsView(round: PhoneRound): Node[] {
  return round.questions.map((question) => {
    const counts = round.results?.[question.id] ?? { yes: 0, partly: 0, no: 0 };
    const total = counts.yes + counts.partly + counts.no;
    const mine = round.myAnswers[question.id];
    const headingId = `result-${question.id}`;
    return questionSection(
      headingId,
      question,
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
            h('span', { class: 'result-count' }, text('phone.resultCount', { count, percent })),
            h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
          );
        }),
      ),
      h(
        'p',
        { class: 'hint' },
        mine === undefined ? text('phone.didNotVote') : text('phone.yourVote', { answer: labelOf(mine) }),
      ),
    );
  });
}

/** The children of the page's view area for `model`. */
export function buildView(model: ParticipantModel): Node[] {
  switch (model.phase) {
    case 'connecting':
      return [heading(text('phone.title')), h('p', {}, text('phone.connecting'))];
    case 'unreachable':
      return [heading(text('phone.unreachableHeading')), h('p', {}, text('phone.unreachableText'))];
    case 'room-closed':
      return [heading(text('phone.endedHeading')), h('p', {}, text('phone.endedText'))];
    case 'join':
      return joinView(model);
    case 'room':
      break;
  }
  const round = model.phone?.round ?? null;
  const activity = model.phone?.activity ?? null;
  if (activity !== null && isActivityShown(activity, round)) {
    return activityView(activity, model.activity ?? NO_ACTIVITY_UI);
  }
  const greeting = model.phone?.name
    ? text('phone.inHeadingNamed', { name: model.phone.name })
    : text('phone.inHeading');
  if (round === null) {
    return [heading(greeting), h('p', {}, text('phone.waiting'))];
  }
  if (round.results !== null) {
    return [
      heading(text('phone.resultsHeading', { number: String(round.number) })),
      h('p', {}, text('phone.partlyIsNotYes')),
      ...resultsView(round),
    ];
  }
  if (round.status === 'closed') {
    return [
      heading(text('phone.closedHeading')),
      h('p', {}, text('phone.closedText')),
      h(
        'ul',
        { class: 'my-answers' },
        ...round.questions.map((question) => {
          const mine = round.myAnswers[question.id];
          return h(
            'li',
            {},
            text('phone.myAnswer', {
              question: question.label,
              answer: mine === undefined ? text('phone.noVote') : labelOf(mine),
            }),
          );
        }),
      ),
    ];
  }
  if (round.mode === 'keypad') {
    return [heading(text('phone.keypadHeading')), h('p', {}, text('phone.keypadText'))];
  }
  return [
    heading(text('phone.voteHeading', { count: round.questions.length })),
    h('p', {}, text('phone.voteHint')),
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
    model.sendingSure,
    // The draft note is left out: typing must not rebuild the page under the cursor.
    { ...NO_ACTIVITY_UI, ...model.activity, draft: undefined },
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
      return text(facts.socketOpen && facts.lastFetchWorked ? 'phone.connected' : 'phone.reconnecting');
    case 'join':
      return facts.lastFetchWorked ? '' : text('phone.reconnecting');
    default:
      return '';
  }
}

/** Which screen the page is on (join, a round open, its results, …), whatever the details. */
export function viewKind(model: ParticipantModel): string {
  const round = model.phone?.round ?? null;
  const activity = model.phone?.activity ?? null;
  if (model.phase === 'room' && activity !== null && isActivityShown(activity, round)) {
    return [model.phase, activity.activityId, activity.status].join('|');
  }
  return [model.phase, round?.roundId, round?.status, round?.results !== null && round !== null].join('|');
}
