/**
 * The props of the plan pictures, worked out from a workshop: the same values for the Word
 * plan and for the app's action stage, so both show the same roadmap.
 */
import { choiceLabels, text } from '../../shared/text';
import { ACTION_KILLERS, planCodes, riskBand, type Workshop } from '../../shared/workshop';
import type { RiskHeatMapProps } from './risk-heat-map-picture';
import type { RoadmapProps } from './roadmap-layout';

/** The roadmap of a workshop: its actions by due date and killer, the go/no-go review and other milestones. */
export function roadmapProps(
  workshop: Pick<Workshop, 'meta' | 'actions' | 'risks' | 'milestones'>,
): RoadmapProps {
  const codes = planCodes(workshop).actions;
  const labels = choiceLabels('actionKiller', ACTION_KILLERS);
  // A dropped action is no longer on the way to scale, so it is not on the roadmap.
  const coded = workshop.actions.flatMap((action) =>
    action.status === 'dropped'
      ? []
      : [
          {
            code: codes.get(action.id) ?? '',
            title: action.title,
            lane: action.killer,
            dueDate: action.dueDate.trim(),
          },
        ],
  );
  const { goNoGoDate, others } = workshop.milestones;
  return {
    startDate: workshop.meta.date,
    lanes: ACTION_KILLERS.map((killer) => ({ id: killer, label: labels[killer] })),
    items: coded.filter((item) => item.dueDate !== ''),
    milestones: [
      ...(goNoGoDate.trim() === '' ? [] : [{ label: text('plan.roadmap.goNoGo'), date: goNoGoDate }]),
      ...others
        .filter((milestone) => milestone.date.trim() !== '')
        .map((milestone) => ({ label: milestone.label.trim(), date: milestone.date })),
    ],
    unscheduled: coded
      .filter((item) => item.dueDate === '')
      .map((item) => ({ code: item.code, title: item.title })),
  };
}

/** Whether the roadmap has anything to show: an action or a milestone. */
export function hasRoadmap(props: RoadmapProps): boolean {
  return props.items.length + props.unscheduled.length + props.milestones.length > 0;
}

/** The risk heat map of a workshop: each risk's code at its likelihood and impact. */
export function riskHeatMapProps(workshop: Pick<Workshop, 'actions' | 'risks'>): RiskHeatMapProps {
  const codes = planCodes(workshop).risks;
  return {
    risks: workshop.risks.map((risk) => ({
      code: codes.get(risk.id) ?? '',
      likelihood: risk.likelihood,
      impact: risk.impact,
    })),
    bandOf: riskBand,
  };
}
