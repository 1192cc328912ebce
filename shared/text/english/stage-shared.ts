/** What every stage editor shares: fields, owners, the stage prompt. */
import type { Message } from '../translator';

export const STAGE_SHARED = {
  'stage.shared.skipToThe': 'Skip to the canvas',
  'stage.shared.nobodyYet': 'Nobody yet',
  'stage.shared.inTheRoom': 'In the room',
  'stage.shared.onTheStakeholder': 'On the stakeholder map',
  'stage.shared.someoneNoLonger': 'Someone no longer on the list of people',
  'stage.shared.someoneElse': 'Someone else…',
  'stage.shared.labelValue2Name': '{label}{value2}: name of someone else',
  'stage.shared.theirName': 'Their name',
  'stage.shared.nameAndRole': 'Name and role',
  'stage.shared.unnamedValue1': 'Unnamed ({value1})',
  'stage.shared.participantValue1': 'participant {value1}',
  'stage.shared.askTheRoom': 'Ask the room',
  'stage.shared.warning': 'Warning:',
} as const satisfies Readonly<Record<string, Message>>;
