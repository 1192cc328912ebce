/** The retrospective stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_RETROSPECTIVE = {
  // The pilot conditions, by `choiceLabels`: in the stage, the risk register and the plan.
  'choice.pilotCondition.smallMotivatedTeam': 'A small team that wanted it to work',
  'choice.pilotCondition.curatedData': 'Clean data prepared by hand',
  'choice.pilotCondition.forgivingTimeline': 'A timeline with room for mistakes',
  'choice.pilotCondition.closeSponsor': 'A senior sponsor watching closely',
  'stage.retrospective.atScaleMany':
    'At scale: many teams, including people who were never asked and have other priorities.',
  'stage.retrospective.atScaleLive':
    'At scale: live data from many systems, with gaps, errors and nobody cleaning it by hand.',
  'stage.retrospective.atScaleDeadlines':
    'At scale: deadlines, service levels and little patience for mistakes.',
  'stage.retrospective.atScaleThe': 'At scale: the sponsor moves on to the next thing and attention fades.',
  'stage.retrospective.yes': 'Yes',
  'stage.retrospective.partly': 'Partly',
  'stage.retrospective.no': 'No',
  'stage.retrospective.notSureYet': 'Not sure yet',
  'stage.retrospective.askTheGroup':
    'Ask the group what the pilot really proved, in plain words and with numbers where there are some. Then go through the four comfortable conditions every pilot enjoys, and decide together which of them will disappear once the AI runs for the whole organisation.',
  'stage.retrospective.whatDidThe': 'What did the pilot prove?',
  'stage.retrospective.stickToWhat':
    'Stick to what was shown, not what was hoped: for example “cut the time to check a claim from 40 to 12 minutes on 300 cases”.',
  'stage.retrospective.conditionsThatMay': 'Conditions that may vanish at scale',
  'stage.retrospective.noneMarkedAs': 'None marked as vanishing yet.',
  'stage.retrospective.eachOneIs': 'Each one is a risk the later stages must answer.',
  'stage.retrospective.doesItVanish': 'Does it vanish at scale?',
  'stage.retrospective.notes': 'Notes',
  'stage.retrospective.onCondition': 'on “{label}”',
  'stage.retrospective.noteWhatWill':
    'Note what will replace it at scale, or what the group will do about it.',
} as const satisfies Readonly<Record<string, Message>>;
