import { AudienceScreen } from '../../audience/audience-screen';
import { useAudienceState } from '../../audience/audience-data';
import { useAppStore } from '../../app/store/store-context';

/**
 * A live miniature of the audience screen for the cockpit: the same component, following the
 * same host state, drawn at 1280 × 720 in the room's theme and scaled down. Inert and hidden
 * from screen readers (the cockpit says everything it shows in words elsewhere).
 */
export function AudienceThumbnail({ width }: { width: number }) {
  const { presentation, voting } = useAudienceState();
  const theme = useAppStore((state) => state.settings?.theme);
  const roomTheme = theme === undefined || theme === 'system' ? 'projector' : theme;
  const scale = width / 1280;
  return (
    <div className="audience-thumbnail" style={{ width, height: Math.round(720 * scale) }} aria-hidden="true">
      <div className="audience-frame" data-theme={roomTheme} style={{ transform: `scale(${scale})` }}>
        <AudienceScreen presentation={presentation} voting={voting} interactive={false} />
      </div>
    </div>
  );
}
