import { AppLogo } from '../app/components/app-logo';
import { StartupError } from '../app/components/startup-error';
import { useAppStore } from '../app/store/store-context';
import { useAppliedTheme } from '../app/use-applied-theme';

/**
 * The screen projected for the room. Read-only, and never shows facilitator notes: it only
 * renders what the facilitator chooses to present.
 */
export function AudienceApp() {
  const startupError = useAppStore((state) => state.startupError);
  const theme = useAppStore((state) => state.settings?.theme);
  useAppliedTheme(theme === 'system' || theme === undefined ? 'projector' : theme);
  if (startupError !== null) return <StartupError message={startupError} />;
  return (
    <main className="audience">
      <AppLogo />
      <h1 className="audience__title">Welcome</h1>
      <p className="audience__subtitle">The session will start in a moment.</p>
    </main>
  );
}
