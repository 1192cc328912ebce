import { AppLogo } from '../app/components/app-logo';
import { NoticeList } from '../app/components/notice-list';
import { StartupError } from '../app/components/startup-error';
import { ThemePicker } from '../app/components/theme-picker';
import { useAppStore } from '../app/store/store-context';
import { useAppliedTheme } from '../app/use-applied-theme';
import { HomeScreen } from './home/home-screen';

/** The facilitator's window: header, notices and the current screen. */
export function FacilitatorApp() {
  const theme = useAppStore((state) => state.settings?.theme);
  const startupError = useAppStore((state) => state.startupError);
  const appInfo = useAppStore((state) => state.appInfo);
  useAppliedTheme(theme);

  if (startupError !== null) return <StartupError message={startupError} />;

  return (
    <div className="app-frame">
      <header className="app-header">
        <AppLogo />
        <div className="app-header__tools">
          <ThemePicker />
        </div>
      </header>
      <NoticeList />
      <HomeScreen />
      <footer className="app-footer">
        {appInfo
          ? `ReadyRoom ${appInfo.version} · ${appInfo.shell === 'desktop' ? 'desktop app' : 'browser mode'}`
          : null}
      </footer>
    </div>
  );
}
