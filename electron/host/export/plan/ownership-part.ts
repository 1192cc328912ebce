import { TextRun } from 'docx';
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
    paragraph([
      new TextRun(
        'A business role, not an IT one, accountable for the business results of the AI, with a measurable objective tied to their own performance.',
      ),
    ]),
    labelledLine('Name', ownerName),
    labelledLine('Business role', productOwner.businessRole),
    labelledLine('Measurable objective', productOwner.measurableObjective),
  ];
  return planPart('Ownership', [
    ...titled(2, 'AI Product Owner', productOwnerBlocks),
    ...titled(2, 'Owners after launch', [
      dataTable(
        [
          { heading: 'Question', width: 3, cell: (item) => item.label },
          {
            heading: 'Owner',
            width: 2,
            cell: (item) => textOrNotSet(item.owner.kind === 'named' ? item.owner.name : undefined),
          },
        ],
        postLaunch,
        TEXT_WIDTH.portrait,
      ),
    ]),
    ...titled(2, 'Notes', textParagraphs(ownership.notes)),
  ]);
}
