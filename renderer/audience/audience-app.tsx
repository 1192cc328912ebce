import { StartupError } from '../app/components/startup-error';
import { useAppStore } from '../app/store/store-context';
import { useAppliedTheme } from '../app/use-applied-theme';
import { useAudienceState } from './audience-data';
import { AudienceScreen } from './audience-screen';

/**
 * The audience screen's window: what the facilitator presents, from the host, filling the
 * window. "Match my computer" means the high-contrast projector theme here.
 */
export function AudienceApp() {
  const startupError = useAppStore((state) => state.startupError);
  const theme = useAppStore((state) => state.settings?.theme);
  const { presentation, voting } = useAudienceState();
  useAppliedTheme(theme === 'system' || theme === undefined ? 'projector' : theme);
  if (startupError !== null) return <StartupError message={startupError} />;
  return (
    <main className="audience-frame audience-frame--window">
      <AudienceScreen presentation={presentation} voting={voting} interactive />
    </main>
  );
}
