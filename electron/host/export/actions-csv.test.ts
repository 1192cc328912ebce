import { describe, expect, it } from 'vitest';
import {
  aParticipant,
  anAction,
  aRisk,
  aWorkshop,
  fixtureId,
  participantOwner,
} from '../../../test/fixtures/builders';
import { actionsToCsv, csvCell } from './actions-csv';

describe('the CSV of actions', () => {
  const tom = aParticipant({ id: fixtureId('participant-tom'), name: 'Tom Okafor' });

  it('starts with a byte order mark, ends lines with CRLF and has the agreed columns', () => {
    const csv = actionsToCsv(aWorkshop());

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFFCode,Title,Owner,Due date,Scaling killer,Priority,Status,Accountable,Responsible,Consulted,Informed,Addresses,Agreed in the room,Notes\r\n',
    );
  });

  it('writes one row per action with owner names and readable choices, in the plan order', () => {
    const csv = actionsToCsv(
      aWorkshop({
        participants: [tom],
        actions: [
          anAction({ title: 'Later', killer: 'data', dueDate: '2025-06-30', priority: 'high' }),
          anAction({
            title: 'Sooner',
            killer: 'buyIn',
            owner: participantOwner(tom.id),
            dueDate: '2025-04-11',
            status: 'in-progress',
          }),
          anAction({
            title: 'Owned',
            killer: 'ownership',
            dueDate: '2025-05-01',
            status: 'done',
            priority: 'low',
          }),
        ],
      }),
    );

    expect(csv.slice(1).split('\r\n')).toEqual([
      'Code,Title,Owner,Due date,Scaling killer,Priority,Status,Accountable,Responsible,Consulted,Informed,Addresses,Agreed in the room,Notes',
      'A3,Owned,,2025-05-01,Ownership,Low,Done,,,,,,No,',
      'A1,Later,,2025-06-30,Data,High,Not started,,,,,,No,',
      'A2,Sooner,Tom Okafor,2025-04-11,Buy-in,Medium,In progress,,,,,,No,',
      '',
    ]);
  });

  it('names each action’s RACI, what it addresses and whether the room agreed it', () => {
    const ann = aParticipant({ id: fixtureId('participant-ann'), name: 'Ann Lee' });
    const risk = aRisk({ id: fixtureId('risk-feed'), title: 'Feed breaks' });
    const person = (id: typeof tom.id) => ({ kind: 'participant' as const, participantId: id });
    const csv = actionsToCsv(
      aWorkshop({
        participants: [tom, ann],
        risks: [risk],
        actions: [
          anAction({
            title: 'Fix the feed',
            killer: 'data',
            agreedInRoom: true,
            raci: {
              accountable: person(tom.id),
              responsible: [person(ann.id), person(tom.id)],
              consulted: [],
              informed: [person(ann.id)],
            },
            addresses: [
              { kind: 'gap', questionId: 'data' },
              { kind: 'risk', riskId: risk.id },
            ],
          }),
        ],
      }),
    );

    expect(csv.slice(1).split('\r\n')[1]).toBe(
      'A1,Fix the feed,,,Data,Medium,Not started,Tom Okafor,Ann Lee; Tom Okafor,,Ann Lee,Data gap; Risk R1,Yes,',
    );
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('the "one" number')).toBe('"the ""one"" number"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-20% against baseline')).toBe("'-20% against baseline");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('Cut cost by 20%')).toBe('Cut cost by 20%');
  });

  it('keeps accents and curly quotes as they are', () => {
    const csv = actionsToCsv(aWorkshop({ actions: [anAction({ title: 'Write Tom’s objective for Zoë' })] }));

    expect(csv).toContain('Write Tom’s objective for Zoë');
  });
});
