import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, paragraph } from './elements';
import { formatCalendarDate, hasText } from './format';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';

/** A roadmap may take most of a landscape page: it is read, not glanced at. */
const ROADMAP_BOX = { maxWidth: PICTURE_BOXES.landscape.maxWidth, maxHeight: 520 } as const;

/**
 * The roadmap, on a landscape page: the picture of the actions by due date and scaling
 * killer with the milestones, the go/no-go review's date in words, and the actions not
 * scheduled yet. Left out when there is no picture of it.
 */
export function roadmapPart(context: PlanContext): PlanPart | undefined {
  const { workshop, trace, pictures } = context;
  if (pictures.roadmap === undefined) return undefined;
  const { goNoGoDate, others } = workshop.milestones;
  // As on the picture: dropped actions are not on the roadmap.
  const onRoadmap = workshop.actions.filter((action) => action.status !== 'dropped');
  const dated = onRoadmap.filter((action) => hasText(action.dueDate));
  const unscheduled = onRoadmap.filter((action) => !hasText(action.dueDate)).map(trace.actionCode);
  const description = text('plan.roadmap.summary', {
    count: dated.length,
    start: formatCalendarDate(workshop.meta.date) || formatCalendarDate(dated[0]?.dueDate ?? ''),
    unscheduled: unscheduled.length,
  });
  const blocks: Block[] = [
    paragraph([
      new TextRun(
        hasText(goNoGoDate)
          ? text('plan.roadmap.goNoGoOn', { date: formatCalendarDate(goNoGoDate, 'long') })
          : text('plan.roadmap.noGoNoGo'),
      ),
      ...others
        .filter((milestone) => hasText(milestone.date) && hasText(milestone.label))
        .map(
          (milestone) =>
            new TextRun(
              ` ${text('plan.roadmap.milestoneLine', { label: milestone.label.trim(), date: formatCalendarDate(milestone.date, 'long') })}`,
            ),
        ),
    ]),
    ...pictureWithCaption(pictures.roadmap, text('plan.roadmap.caption'), ROADMAP_BOX, description),
  ];
  if (unscheduled.length > 0) {
    blocks.push(
      paragraph([
        new TextRun(
          text('plan.roadmap.unscheduledNote', { count: unscheduled.length, codes: unscheduled.join(', ') }),
        ),
      ]),
    );
  }
  return planPart(text('plan.roadmap.title'), blocks, 'landscape');
}
