/** The readiness stage beyond the voting room and round: results, final answers, the verdict. */
import type { Message } from '../translator';

export const READINESS_STAGE = {
  // The four questions of the Scaling Readiness Test, by `choiceLabels`: a short name for
  // tables and charts, and the question put to the room (the app, the phones, the plan).
  'choice.question.ownership': 'Ownership',
  'choice.question.data': 'Data',
  'choice.question.buyIn': 'Buy-in',
  'choice.question.metrics': 'Metrics',
  'choice.questionText.ownership': 'Once it is live, is a named person answerable for the business results?',
  'choice.questionText.data':
    'Can our data pipeline keep the AI running in production, at full volume, with nobody fixing data by hand?',
  'choice.questionText.buyIn':
    'Did the managers whose teams will work differently help design the new way of working, rather than just hear about it?',
  'choice.questionText.metrics':
    'Could we show the finance director a number, in revenue, cost or risk, that proves it works?',
  'stage.readiness.results': 'Results',
  'stage.readiness.handsRaised': '{question}: hands raised',
  'stage.readiness.roundHeading': 'Round {number} · {mode}',
  'stage.readiness.revealRound': 'Reveal round {number}',
  'voting.results.caption': '{question} ({votes})',
  'voting.results.hidden': 'The round is closed. Results stay hidden until you reveal them to the room.',
  'voting.results.hiddenVotesIn':
    'The round is closed. Results stay hidden until you reveal them to the room ({votesIn}).',
  'stage.readiness.theGroupsFinal': 'The group’s final answers',
  'stage.readiness.recordWhatThe':
    'Record what the group agrees after discussion. It may differ from the vote; say why.',
  'stage.readiness.whyQuestion': 'Why ({question})',
  'stage.readiness.verdict': 'Verdict',
  'stage.readiness.gapsThatNeed': 'Gaps that need actions in the action plan:',
  'stage.readiness.hideTheVerdict': 'Hide the verdict from the room',
  'stage.readiness.showTheVerdict': 'Show the verdict to the room',
  'stage.readiness.theRoomCan': 'The room can see the verdict once all four final answers are in.',
  'stage.readiness.askTheFour':
    'Ask the four questions. Let everyone vote silently first, reveal, talk about the differences, and vote again if views moved. Only four yeses mean ready to scale; “partly” is not a yes.',
} as const satisfies Readonly<Record<string, Message>>;
