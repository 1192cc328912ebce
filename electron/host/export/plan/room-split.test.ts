import { describe, expect, it } from 'vitest';
import {
  READINESS_QUESTIONS,
  turnNoteIntoRecord,
  type Ballot,
  type QuestionId,
  type Workshop,
} from '../../../../shared/workshop';
import { bodyParagraphs, readZipEntries } from '../../../../test/export/docx-parts';
import { aBallot, aVotingRound, fixtureId } from '../../../../test/fixtures/builders';
import { buildSampleWorkshop } from '../../../../test/fixtures/build-sample-workshop';
import { aRoomNote, aWritingRound } from '../../../../test/fixtures/room-builders';
import { packActionPlan } from '../pack-action-plan';
import { buildActionPlan } from './action-plan';

/** The plan's paragraphs, as Word shows them. */
async function planParagraphs(workshop: Workshop): Promise<string[]> {
  const docx = await packActionPlan(
    buildActionPlan(workshop, {}, { generatedAt: new Date('2025-03-18T15:00:00Z'), timeZone: 'UTC' }),
  );
  const documentXml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';
  return bodyParagraphs(documentXml).map((paragraph) => paragraph.text);
}

/** The sample workshop with a third round that asked how sure: buy-in split 4–2–4, data agreed. */
function withSplitThirdRound(): Workshop {
  const sample = buildSampleWorkshop();
  const round = aVotingRound({
    id: fixtureId('round-three'),
    number: 3,
    questionIds: ['buyIn', 'data'],
    closedAt: '2025-03-18T12:40:00.000Z',
    revealed: true,
    askConfidence: true,
  });
  const votes = (
    questionId: QuestionId,
    answers: readonly Ballot['answer'][],
    confidences: readonly number[],
  ) =>
    answers.map((answer, index) =>
      aBallot({
        roundId: round.id,
        questionId,
        answer,
        voter: { kind: 'device', deviceId: fixtureId(`phone-${index}`) },
        ...(confidences[index] === undefined ? {} : { confidence: confidences[index] }),
      }),
    );
  const ballots = [
    ...votes(
      'buyIn',
      ['yes', 'yes', 'yes', 'yes', 'partly', 'partly', 'no', 'no', 'no', 'no'],
      [5, 4, 2, 2, 3],
    ),
    ...votes('data', ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'partly', 'no'], []),
  ];
  return {
    ...sample,
    readiness: {
      ...sample.readiness,
      rounds: [...sample.readiness.rounds, round],
      ballots: [...sample.readiness.ballots, ...ballots],
    },
  };
}

describe('the Word plan on a split room', () => {
  it('notes the question where the room was split, with how sure it was, and no other', async () => {
    const paragraphs = await planParagraphs(withSplitThirdRound());
    const notes = paragraphs.filter((paragraph) => paragraph.startsWith('The room was split'));

    expect(notes).toEqual([
      'The room was split on this question in round 3: 4 Yes, 2 Partly and 4 No. Agree what would change people’s minds before the plan relies on the answer. The 5 voters who said how sure they were gave 3.2 out of 5 on average.',
    ]);
    // It sits under the buy-in question's votes, not the data question's.
    const buyInText = READINESS_QUESTIONS.find((question) => question.id === 'buyIn')?.text;
    const buyIn = paragraphs.findIndex((paragraph) => paragraph === buyInText);
    const note = paragraphs.indexOf(notes[0] ?? '');
    expect(buyIn).toBeGreaterThan(-1);
    expect(note).toBeGreaterThan(buyIn);
  });

  it('says nothing of a split where the sample room was not split', async () => {
    const paragraphs = await planParagraphs(buildSampleWorkshop());

    expect(paragraphs.some((paragraph) => paragraph.startsWith('The room was split'))).toBe(false);
  });
});

describe('the Word plan on a risk the room wrote', () => {
  it('says in the register which prompt the risk answered', async () => {
    const sample = buildSampleWorkshop();
    const round = aWritingRound({
      prompt: 'What will break at 14 depots?',
      notes: [aRoomNote('n1', 'Depot managers keep their own spreadsheets')],
    });
    const workshop = turnNoteIntoRecord(
      { ...sample, roomActivities: [round] },
      { activityId: round.id, noteId: fixtureId('n1'), kind: 'risk', newRecordId: 'risk-from-room' },
    );

    const paragraphs = await planParagraphs(workshop);

    expect(paragraphs).toContain('Written by the room, answering “What will break at 14 depots?”');
    expect(paragraphs).toContain('Depot managers keep their own spreadsheets');
  });
});
