import { useId } from 'react';
import { choiceLabels, text } from '../../../../shared/text';
import type { SuggestedRisk } from '../../../../shared/workshop/risk-suggestions';
import { RISK_BANDS, riskBand, riskScore } from '../../../../shared/workshop/risks';
import { suggestedRiskTitle } from './risk-texts';
import { QuietButton } from '../../../app/components/quiet-button';

/** The risks the room has already named in earlier stages, each added with one click. */
export function RiskSuggestionList({
  suggestions,
  onAdd,
}: {
  readonly suggestions: readonly SuggestedRisk[];
  readonly onAdd: (suggestion: SuggestedRisk) => void;
}) {
  const headingId = useId();
  if (suggestions.length === 0) return null;
  const bands = choiceLabels('riskBand', RISK_BANDS);
  return (
    <div className="risk-suggestions" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{text('stage.actions.risks.suggestedHeading')}</h4>
      <p className="hint">{text('stage.actions.risks.suggestedIntro')}</p>
      <ul className="risk-suggestions__list">
        {suggestions.map((suggestion) => {
          const title = suggestedRiskTitle(suggestion);
          const score = riskScore(suggestion);
          return (
            <li key={suggestion.key} className="risk-suggestions__item">
              <span>
                <strong>{title}</strong>{' '}
                {text('stage.actions.risks.suggestionFacts', {
                  likelihood: suggestion.likelihood,
                  impact: suggestion.impact,
                  score,
                  band: bands[riskBand(score)],
                })}
              </span>
              <QuietButton small onClick={() => onAdd(suggestion)} hiddenSuffix={title}>
                {text('stage.actions.risks.add')}
              </QuietButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
