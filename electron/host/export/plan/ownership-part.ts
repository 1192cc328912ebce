import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import { POST_LAUNCH_QUESTIONS } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  dataTable,
  labelledLine,
  paragraph,
  textOrNotSet,
  textParagraphs,
  titled,
} from './elements';
import { hasText } from './format';
import { TEXT_WIDTH } from './styles';

/**
 * Ownership: the AI Product Owner and who owns each question about life after launch.
 * Left out while nothing about ownership has been recorded; once anything has, missing
 * names show as "Not set".
 */
export function ownershipPart(context: PlanContext): PlanPart | undefined {
  const { ownership } = context.workshop;
  const { productOwner } = ownership;
  const ownerName = context.people.participantName(productOwner.participantId) ?? productOwner.name.trim();
  const postLaunch = POST_LAUNCH_QUESTIONS.map((question) => ({
    label: question.label,
    owner: context.people.owner(ownership.postLaunchOwners[question.id]),
  }));
  const anything =
    hasText(ownerName) ||
    hasText(productOwner.businessRole) ||
    hasText(productOwner.measurableObjective) ||
    hasText(ownership.notes) ||
    postLaunch.some((item) => item.owner.kind === 'named');
  if (!anything) {
    return undefined;
  }
  const productOwnerBlocks: Block[] = [
    paragraph([new TextRun(text('plan.ownership.productOwnerIntro'))]),
    labelledLine(text('plan.ownership.name'), ownerName),
    labelledLine(text('plan.ownership.businessRole'), productOwner.businessRole),
    labelledLine(text('plan.ownership.objective'), productOwner.measurableObjective),
  ];
  return planPart(text('plan.ownership.title'), [
    ...titled(2, text('plan.ownership.productOwner'), productOwnerBlocks),
    ...titled(2, text('plan.ownership.afterLaunch'), [
      dataTable(
        [
          { heading: text('plan.ownership.column.question'), width: 3, cell: (item) => item.label },
          {
            heading: text('plan.ownership.column.owner'),
            width: 2,
            cell: (item) => textOrNotSet(item.owner.kind === 'named' ? item.owner.name : undefined),
          },
        ],
        postLaunch,
        TEXT_WIDTH.portrait,
      ),
    ]),
    ...titled(2, text('plan.ownership.notes'), textParagraphs(ownership.notes)),
  ]);
}
