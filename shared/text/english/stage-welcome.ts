/** The welcome stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_WELCOME = {
  'stage.welcome.goRoundThe':
    'Go round the room: each person gives their name, their role and the team they speak for. Ask the group to agree on the pilot in one sentence, and tick the managers whose teams will work differently once the AI is live.',
  'stage.welcome.participants': 'Participants',
  'stage.welcome.nobodyOnThe':
    'Nobody on the list yet. Add the people in the room so you can name them as owners later.',
  'stage.welcome.peopleInThe': 'People in the room',
  'stage.welcome.name': 'Name',
  'stage.welcome.role': 'Role',
  'stage.welcome.team': 'Team',
  'stage.welcome.middleManager': 'Middle manager',
  'stage.welcome.remove': 'Remove',
  'stage.welcome.addParticipant': 'Add participant',
  'stage.welcome.peopleSummary':
    '{participants}, {middleManagers}. Press Enter in a row to go to the next one (or start a new one).',
  'stage.welcome.participantCount': { one: '{count} participant', other: '{count} participants' },
  'stage.welcome.middleManagerCount': { one: '{count} middle manager', other: '{count} middle managers' },
  'stage.welcome.middleManagersAre':
    'Middle managers are the operations managers, team leads and supervisors whose teams’ daily work the AI changes. The buy-in stage looks for the five to ten most affected.',
  'stage.welcome.nameOfParticipant': 'Name of participant {value1}',
  'stage.welcome.addAName': 'Add a name so this person can be picked as an owner.',
  'stage.welcome.someoneElseHas': 'Someone else has this name too: add an initial so owners are clear.',
  'stage.welcome.roleOfWho': 'Role of {who}',
  'stage.welcome.teamOfWho': 'Team of {who}',
  'stage.welcome.whoIsA': "{who} is a middle manager whose team's work changes",
} as const satisfies Readonly<Record<string, Message>>;
