import { Suspense, useEffect } from 'react';
import { AppLogo } from '../app/components/app-logo';
import { FocusKeeper } from '../app/focus/focus-keeper';
import { SkipLinks, type SkipTarget } from '../app/focus/skip-links';
import { NoticeList } from '../app/components/notice-list';
import { StartupError } from '../app/components/startup-error';
import { ThemePicker } from '../app/components/theme-picker';
import { useAppStore } from '../app/store/store-context';
import { useAppliedTheme } from '../app/use-applied-theme';
import { HomeScreen, useImportWorkshopFile } from './home/home-screen';
import { OpenProblemDialog } from './open-problem-dialog';
import { CommandPalette } from './cockpit/command-palette';
import { text } from '../../shared/text';
import { QuietButton } from '../app/components/quiet-button';
import { lazyPreloadable, preloadWhenIdle } from '../app/load-when-idle';

/**
 * The cockpit is not part of the first screen's code, so the home screen is ready sooner;
 * it loads while the home screen is idle, so opening a workshop does not wait for it.
 */
const cockpit = lazyPreloadable(() =>
  import('./cockpit/cockpit-screen').then((module) => module.CockpitScreen),
);
const CockpitScreen = cockpit.Component;

/** Dropping a .readyroom file anywhere on the window imports and opens it. */
function useDropToOpen(): void {
  const importFile = useImportWorkshopFile();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      event.preventDefault();
      void importFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFile]);
}

function ActionMessage() {
  const message = useAppStore((state) => state.actionMessage);
  const clear = useAppStore((state) => state.clearActionMessage);
  if (message === null) return null;
  return (
    <div className="notice notice--warning action-message" role="alert">
      <p>{message}</p>
      <QuietButton onClick={clear}>{text('common.dismiss')}</QuietButton>
    </div>
  );
}

/** With a workshop open, the first Tab offers a jump past the header and agenda to the stage. */
const STAGE_SKIP_LINKS: readonly SkipTarget[] = [{ id: 'main', label: text('app.skipToStage') }];

/**
 * The facilitator's window: skip links, header, notices and the current screen. Focus
 * follows the app's one rule (`renderer/app/focus/focus-rule.ts`), carried out here.
 */
export function FacilitatorApp() {
  const theme = useAppStore((state) => state.settings?.theme);
  const startupError = useAppStore((state) => state.startupError);
  const appInfo = useAppStore((state) => state.appInfo);
  const hasWorkshop = useAppStore((state) => state.workshop !== null);
  useAppliedTheme(theme);
  useDropToOpen();
  useEffect(() => (hasWorkshop ? undefined : preloadWhenIdle([cockpit.preload])), [hasWorkshop]);

  if (startupError !== null) return <StartupError message={startupError} />;

  return (
    <div className="app-frame">
      <header className="app-header spread-row">
        <SkipLinks always={hasWorkshop ? STAGE_SKIP_LINKS : []} />
        <AppLogo />
        <div className="app-header__tools">
          <ThemePicker />
        </div>
      </header>
      <NoticeList />
      {hasWorkshop ? (
        <Suspense fallback={<p className="loading">{text('app.openingTheWorkshop')}</p>}>
          <CockpitScreen />
        </Suspense>
      ) : (
        <HomeScreen />
      )}
      <OpenProblemDialog />
      <CommandPalette />
      <ActionMessage />
      <FocusKeeper />
      <footer className="app-footer">
        {appInfo
          ? text('app.version', {
              version: appInfo.version,
              shell: text(appInfo.shell === 'desktop' ? 'app.shell.desktop' : 'app.shell.browser'),
            })
          : null}
      </footer>
    </div>
  );
}
