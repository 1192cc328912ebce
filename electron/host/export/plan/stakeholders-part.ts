import { TextRun } from 'docx';
import type { Stakeholder } from '../../../../shared/workshop';
import { STANCES } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, note, paragraph, richCell, textRuns, titled } from './elements';
import { countOf, hasText, joinWords } from './format';
import { STANCE_LABELS } from './labels';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';
import { COLOURS, TEXT_WIDTH, STYLE } from './styles';

/** The method asks for five to ten of the most affected middle managers. */
export const MOST_AFFECTED = { fewest: 5, most: 10 } as const;

/**
 * The middle managers and co-designers most affected by the change, most affected first
 * (then most influential, then by name), at most ten.
 */
export function mostAffectedManagers(stakeholders: readonly Stakeholder[]): {
  readonly shown: readonly Stakeholder[];
  readonly total: number;
} {
  const candidates = stakeholders
    .filter((person) => person.kind === 'middle-manager' || person.isCoDesigner)
    .sort(
      (first, second) =>
        second.impact - first.impact ||
        second.influence - first.influence ||
        first.name.localeCompare(second.name, 'en', { sensitivity: 'base' }),
    );
  return { shown: candidates.slice(0, MOST_AFFECTED.most), total: candidates.length };
}

/**
 * Stakeholders and buy-in: the stakeholder map, and the managers whose teams' work changes
 * most, with their stance, concerns and the workarounds to watch for.
 */
export function stakeholdersPart(context: PlanContext): PlanPart | undefined {
  const { stakeholders } = context.workshop;
  const blocks: Block[] = [];
  if (stakeholders.length > 0) {
    blocks.push(paragraph([new TextRun(mapSentence(stakeholders))]));
  }
  blocks.push(
    ...pictureWithCaption(
      context.pictures.stakeholderMap,
      'Stakeholder map: who is affected, and how they are connected',
      PICTURE_BOXES.portrait,
    ),
  );
  blocks.push(...titled(2, 'The managers most affected', managerBlocks(stakeholders)));
  return planPart('Stakeholders and buy-in', blocks);
}

function mapSentence(stakeholders: readonly Stakeholder[]): string {
  const stances = STANCES.map((stance) => ({
    stance,
    count: stakeholders.filter((person) => person.stance === stance).length,
  }))
    .filter((item) => item.count > 0)
    .map(
      (item) =>
        `${item.count} ${item.count === 1 ? STANCE_LABELS[item.stance].toLowerCase() : pluralStance(item.stance)}`,
    );
  const coDesigners = stakeholders.filter((person) => person.isCoDesigner).length;
  return (
    `The stakeholder map has ${countOf(stakeholders.length, 'person or group', 'people and groups')}: ${joinWords(stances)}. ` +
    (coDesigners === 0
      ? 'None of them is helping to design the workflow changes yet.'
      : `${coDesigners} of them ${coDesigners === 1 ? 'helps' : 'help'} design the workflow changes.`)
  );
}

function pluralStance(stance: (typeof STANCES)[number]): string {
  return stance === 'neutral' ? 'neutral' : `${STANCE_LABELS[stance].toLowerCase()}s`;
}

function managerBlocks(stakeholders: readonly Stakeholder[]): Block[] {
  const { shown, total } = mostAffectedManagers(stakeholders);
  if (shown.length === 0) {
    return [];
  }
  const blocks: Block[] = [
    paragraph([
      new TextRun(
        'Adoption depends on the managers whose teams will work differently. They should help design the new way of working, not just hear about it. Most affected first:',
      ),
    ]),
    dataTable<Stakeholder>(
      [
        {
          heading: 'Manager',
          width: 2.2,
          cell: (person) =>
            richCell([
              [
                new TextRun({
                  text: hasText(person.name) ? person.name.trim() : 'Unnamed',
                  style: STYLE.strong,
                }),
              ],
              ...(hasText(person.role) || hasText(person.team)
                ? [
                    [
                      new TextRun({
                        text: [person.role, person.team]
                          .filter(hasText)
                          .map((line) => line.trim())
                          .join(', '),
                        color: COLOURS.muted,
                      }),
                    ],
                  ]
                : []),
            ]),
        },
        { heading: 'Impact', width: 0.8, cell: (person) => `${person.impact} of 5` },
        { heading: 'Stance', width: 1, cell: (person) => STANCE_LABELS[person.stance] },
        {
          heading: 'Co-designer',
          width: 1.15,
          cell: (person) =>
            person.isCoDesigner
              ? 'Yes'
              : richCell([[new TextRun({ text: 'Not yet', bold: true, color: COLOURS.notSetText })]]),
        },
        {
          heading: 'Concerns',
          width: 2.4,
          cell: (person) => richCell(hasText(person.concerns) ? [textRuns(person.concerns)] : []),
        },
        {
          heading: 'Likely workarounds',
          width: 2.2,
          cell: (person) =>
            richCell(hasText(person.likelyWorkarounds) ? [textRuns(person.likelyWorkarounds)] : []),
        },
      ],
      shown,
      TEXT_WIDTH.portrait,
    ),
  ];
  const middleManagers = stakeholders.filter((person) => person.kind === 'middle-manager').length;
  if (total > shown.length) {
    blocks.push(
      note(`${total - shown.length} more managers and co-designers are recorded in the workshop file.`),
    );
  }
  if (middleManagers < MOST_AFFECTED.fewest) {
    blocks.push(
      note(
        `${countOf(middleManagers, 'middle manager has', 'middle managers have')} been identified so far; ` +
          `the aim is the ${MOST_AFFECTED.fewest} to ${MOST_AFFECTED.most} whose teams are most affected.`,
      ),
    );
  }
  return blocks;
}
