import type { CSSProperties } from 'react';
import type { PresentedActivity } from '../../shared/host-api/presentation-contract';
import { text } from '../../shared/text';

type PresentedRanking = Extract<PresentedActivity, { kind: 'ranking' }>;

/** Up to this many items stand in one column; more go into two. */
const ONE_COLUMN_MOST = 10;

/**
 * A revealed dot vote as a ranked list, most dots first: each item's place, its words, a bar
 * and the number of dots written out (never the bar alone).
 */
export function RankingView({ activity }: { activity: PresentedRanking }) {
  const most = Math.max(1, ...activity.items.map((item) => item.dots));
  const columns = activity.items.length > ONE_COLUMN_MOST ? 2 : 1;
  const rows = Math.max(1, Math.ceil(activity.items.length / columns));
  const style = { '--ranking-columns': columns, '--ranking-rows': rows } as CSSProperties;
  return (
    <section className="audience-ranking" aria-labelledby="audience-ranking-heading">
      <div>
        <h1 id="audience-ranking-heading" className="audience-results__heading">
          {text('audience.activity.rankingHeading', { prompt: activity.prompt })}
        </h1>
        <p className="audience-ranking__phones">
          {text('audience.activity.ranked', {
            phones: text('roomActivity.phones', { count: activity.phones }),
          })}
        </p>
      </div>
      <ol className="audience-ranking__list" style={style}>
        {activity.items.map((item, index) => (
          <li key={index} className="audience-ranking__item">
            <span className="audience-ranking__rank" aria-hidden="true">
              {text('roomActivity.dots.rank', { rank: item.rank })}
            </span>
            <span className="audience-ranking__label">{item.label}</span>
            <span className="audience-ranking__track" aria-hidden="true">
              <span
                className="audience-ranking__fill"
                style={{ width: `${Math.round((item.dots / most) * 100)}%` }}
              />
            </span>
            <strong className="audience-ranking__dots">
              {text('audience.activity.dots', { count: item.dots })}
            </strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
