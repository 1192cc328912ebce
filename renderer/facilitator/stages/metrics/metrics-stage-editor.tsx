import { text } from '../../../../shared/text';
import { StagePrompt } from '../shared/stage-prompt';
import { MetricLayerSection } from './metric-layer-section';
import '../stages.css';

/** Metrics stage: process and outcome metrics, each with a baseline, a target and an owner. */
export function MetricsStageEditor() {
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.metrics.askHowThe')}</StagePrompt>
      <MetricLayerSection layer="process" />
      <MetricLayerSection layer="outcome" />
    </div>
  );
}
