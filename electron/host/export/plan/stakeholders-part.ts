import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { Stakeholder } from '../../../../shared/workshop';
import { STANCES } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, nameCell, note, paragraph, richCell, textRuns, titled } from './elements';
import { hasText, joinWords, tally } from './format';
import { STANCE_LABELS } from './labels';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';
import { COLOURS, TEXT_WIDTH } from './styles';

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
      text('plan.stakeholders.caption'),
      PICTURE_BOXES.portrait,
    ),
  );
  blocks.push(...titled(2, text('plan.stakeholders.managersTitle'), managerBlocks(stakeholders)));
  return planPart(text('plan.stakeholders.title'), blocks);
}

function mapSentence(stakeholders: readonly Stakeholder[]): string {
  const stances = tally(STANCES, stakeholders, (person) => person.stance).map(({ value, count }) =>
    text(STANCE_COUNTS[value], { count }),
  );
  const coDesigners = stakeholders.filter((person) => person.isCoDesigner).length;
  return `${text('plan.stakeholders.map', { count: stakeholders.length, stances: joinWords(stances) })} ${
    coDesigners === 0
      ? text('plan.stakeholders.noCoDesigners')
      : text('plan.stakeholders.coDesigners', { count: coDesigners })
  }`;
}

/** "3 sceptics": how many stakeholders take each stance. */
const STANCE_COUNTS = {
  champion: 'plan.stakeholders.stance.champion',
  supporter: 'plan.stakeholders.stance.supporter',
  neutral: 'plan.stakeholders.stance.neutral',
  sceptic: 'plan.stakeholders.stance.sceptic',
  blocker: 'plan.stakeholders.stance.blocker',
} as const satisfies Record<(typeof STANCES)[number], string>;

function managerBlocks(stakeholders: readonly Stakeholder[]): Block[] {
  const { shown, total } = mostAffectedManagers(stakeholders);
  if (shown.length === 0) {
    return [];
  }
  const blocks: Block[] = [
    paragraph([new TextRun(text('plan.stakeholders.managersIntro'))]),
    dataTable<Stakeholder>(
      [
        {
          heading: text('plan.stakeholders.column.manager'),
          width: 2.2,
          cell: (person) =>
            nameCell(
              person.name,
              text('plan.stakeholders.unnamed'),
              hasText(person.role) || hasText(person.team)
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
                : [],
            ),
        },
        {
          heading: text('plan.stakeholders.column.impact'),
          width: 0.8,
          cell: (person) => text('plan.stakeholders.impactOf', { impact: person.impact }),
        },
        {
          heading: text('plan.stakeholders.column.stance'),
          width: 1,
          cell: (person) => STANCE_LABELS[person.stance],
        },
        {
          heading: text('plan.stakeholders.column.coDesigner'),
          width: 1.15,
          cell: (person) =>
            person.isCoDesigner
              ? text('plan.stakeholders.yes')
              : richCell([
                  [
                    new TextRun({
                      text: text('plan.stakeholders.notYet'),
                      bold: true,
                      color: COLOURS.notSetText,
                    }),
                  ],
                ]),
        },
        {
          heading: text('plan.stakeholders.column.concerns'),
          width: 2.4,
          cell: (person) => richCell(hasText(person.concerns) ? [textRuns(person.concerns)] : []),
        },
        {
          heading: text('plan.stakeholders.column.workarounds'),
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
    blocks.push(note(text('plan.stakeholders.more', { count: total - shown.length })));
  }
  if (middleManagers < MOST_AFFECTED.fewest) {
    blocks.push(
      note(
        text('plan.stakeholders.fewManagers', {
          count: middleManagers,
          fewest: MOST_AFFECTED.fewest,
          most: MOST_AFFECTED.most,
        }),
      ),
    );
  }
  return blocks;
}
