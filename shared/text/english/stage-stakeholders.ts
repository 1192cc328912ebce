/** The stakeholders stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_STAKEHOLDERS = {
  'stage.stakeholders.influenceAndImpact': 'Influence and impact grid',
  'stage.stakeholders.mostAffectedManagers': 'Most affected managers',
  'stage.stakeholders.pleaseLookAt': 'Please look at the shortlist:',
  'stage.stakeholders.setWhereThey':
    'Set “Where they sit” to “Middle manager” for the managers on the map, and they appear here.',
  'stage.stakeholders.markCoDesigners':
    'Middle managers, most affected first. Mark the {minimum}–{maximum} who will co-design the new way of working: {marked} marked so far.',
  'stage.stakeholders.scoreOfFive': '{score} of 5',
  'stage.stakeholders.countSelected': {
    one: '{count} stakeholder selected. Drag to move it; press Delete to remove it, or Ctrl+C and Ctrl+V (⌘C and ⌘V on a Mac) to copy it.',
    other:
      '{count} stakeholders selected. Drag to move them together; press Delete to remove them, or Ctrl+C and Ctrl+V (⌘C and ⌘V on a Mac) to copy them.',
  },
  'stage.stakeholders.middleManagersMost': 'Middle managers, most affected first',
  'stage.stakeholders.rank': 'Rank',
  'stage.stakeholders.manager': 'Manager',
  'stage.stakeholders.impact': 'Impact',
  'stage.stakeholders.influence': 'Influence',
  'stage.stakeholders.stance': 'Stance',
  'stage.stakeholders.coDesigner': 'Co-designer',
  'stage.stakeholders.nameCoDesigns': '{name} co-designs the change',
  'stage.stakeholders.removeNameFromMap': 'Remove {name} from the map',
  'stage.stakeholders.addNameToParticipants': 'Add {name} to the participants',
  'stage.stakeholders.nameOfValue1': 'Name of {value1}',
  'stage.stakeholders.veryLow': 'very low',
  'stage.stakeholders.veryHigh': 'very high',
  'stage.stakeholders.someoneNoLonger': 'someone no longer on the map',
  'stage.stakeholders.noNameYet': 'No name yet',
  'stage.stakeholders.name': 'Name',
  'stage.stakeholders.role': 'Role',
  'stage.stakeholders.team': 'Team',
  'stage.stakeholders.whereTheySit': 'Where they sit',
  'stage.stakeholders.stanceOnScaling': 'Stance on scaling the AI',
  'stage.stakeholders.impactOnTheir': 'Impact on their work',
  'stage.stakeholders.coDesignerHelps': 'Co-designer: helps design the change',
  'stage.stakeholders.concerns': 'Concerns',
  'stage.stakeholders.howTheyMight': 'How they might work around the AI',
  'stage.stakeholders.notInThe': 'Not in the room',
  'stage.stakeholders.samePersonAs': 'Same person as a participant',
  'stage.stakeholders.pickThemFrom':
    'Pick them from the participants so their name, role and team are typed once and stay the same.',
  'stage.stakeholders.connections': 'Connections',
  'stage.stakeholders.noConnectionsYet':
    'No connections yet. Drag from the bottom dot of a card to another card, or add one here.',
  'stage.stakeholders.remove': 'Remove',
  'stage.stakeholders.whom': '…whom',
  'stage.stakeholders.connect': 'Connect',
  'stage.stakeholders.connection': 'Connection',
  'stage.stakeholders.labelOnThe': 'Label on the line (optional)',
  'stage.stakeholders.reverseDirection': 'Reverse direction',
  'stage.stakeholders.removeThisConnection': 'Remove this connection',
  'stage.stakeholders.map': 'Map',
  'stage.stakeholders.influenceAndImpact2': 'Influence and impact',
  'stage.stakeholders.whoWillFeel':
    'Who will feel this change? Put every affected person or group on the map, draw who reports to, hands work to, depends on or influences whom, and agree each one’s stance. Then find the 5–10 middle managers most affected, and invite them to design the change with you.',
  'stage.stakeholders.stakeholderViews': 'Stakeholder views',
  'stage.stakeholders.addStakeholder': 'Add stakeholder',
  'stage.stakeholders.selectedOnThe': 'Selected on the canvas',
  'stage.stakeholders.selectACard':
    'Select a card to see and edit everything about that person. Double-click an empty spot on the map to add someone there; drag from a card’s bottom dot to another card to connect them.',
} as const satisfies Readonly<Record<string, Message>>;
