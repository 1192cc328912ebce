import { Paragraph, TableRow, TextRun } from 'docx';
import { text } from '../../../../shared/text';
import { type PlanContext, type PlanPart, planPart } from './context';
import {
  type Block,
  bodyCell,
  bulletPoint,
  headerCell,
  paragraph,
  styledTable,
  textOrNotSet,
  textParagraphs,
  titled,
} from './elements';
import { actionsInPlanOrder } from './action-order';
import { formatCalendarDate, hasText } from './format';
import { notSetRun } from './elements';
import { STYLE, TEXT_WIDTH } from './styles';

/** The signature box is tall enough to sign in by hand: about 2.5 cm. */
const SIGNATURE_HEIGHT = 1_400;

/**
 * The last page: what the room agreed in its own words, the actions agreed in the room, and
 * the sponsor's name, the date and a space to sign. There as soon as the plan has an action,
 * so a printed plan can be signed even before anyone filled in the sign-off in the app.
 */
export function signOffPart(context: PlanContext): PlanPart | undefined {
  const { workshop, trace } = context;
  const { signOff } = workshop;
  const nothingToSign =
    workshop.actions.length === 0 && !hasText(signOff.agreement) && !hasText(signOff.sponsorName);
  if (nothingToSign) return undefined;
  const agreed = actionsInPlanOrder(workshop.actions).filter((action) => action.agreedInRoom);
  const blocks: Block[] = [
    ...titled(
      3,
      text('plan.signOff.agreedHeading'),
      hasText(signOff.agreement) ? textParagraphs(signOff.agreement) : [paragraph([notSetRun()])],
    ),
    ...titled(3, text('plan.signOff.actionsHeading'), [
      ...(agreed.length === 0
        ? [paragraph([new TextRun(text('plan.signOff.noActionsAgreed'))])]
        : agreed.map((action) =>
            bulletPoint([
              new TextRun({ text: `${trace.actionCode(action)} `, style: STYLE.strong }),
              new TextRun(action.title.trim()),
            ]),
          )),
    ]),
    new Paragraph({ spacing: { before: 360 }, children: [new TextRun(text('plan.signOff.intro'))] }),
    styledTable(
      [
        signatureRow(text('plan.signOff.sponsor'), textOrNotSet(signOff.sponsorName)),
        signatureRow(text('plan.signOff.date'), textOrNotSet(formatCalendarDate(signOff.date, 'long'))),
        new TableRow({
          height: { value: SIGNATURE_HEIGHT, rule: 'atLeast' },
          cantSplit: true,
          children: [headerCell(text('plan.signOff.signature')), bodyCell('')],
        }),
      ],
      [2_200, TEXT_WIDTH.portrait - 2_200],
    ),
  ];
  return planPart(text('plan.signOff.title'), blocks);
}

function signatureRow(label: string, value: ReturnType<typeof textOrNotSet>): TableRow {
  return new TableRow({ cantSplit: true, children: [headerCell(label), bodyCell(value)] });
}
