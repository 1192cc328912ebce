/**
 * Desktop shell entry: lifecycle only. Features register their own pieces
 * (host IPC, security guards, the app:// protocol, the facilitator window, file opening).
 * One instance only: a second launch hands its files to this one and quits.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { text } from '../../shared/text';
import { createHost, type Host } from '../host/create-host';
import { listRoomAddresses } from '../host/voting/addresses';
import { registerAppSchemePrivileges, serveRendererOverAppScheme } from './app-protocol';
import { createAudienceWindowController } from './audience-window';
import { electronSettingsFilePath, openElectronSettingsFile } from './electron-settings';
import { bringToFront, createFacilitatorWindow } from './facilitator-window';
import { WorkshopOpenRequests } from './open-workshop-requests';
import { registerHostIpc } from './host-ipc';
import { buildMenuTemplate } from './menu-template';
import { installSecurityGuards } from './security';
import { APP_ORIGIN } from './url-policy';
import { listenForWorkshopFiles } from './open-workshop-requests-events';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDirectory = path.join(here, '../renderer');
/**
 * The licences of the packages inside the app (scripts/third-party-notices.mjs): beside the
 * program once installed (electron-builder's extraResources), in out/ while developing.
 */
const thirdPartyNoticesPath = app.isPackaged
  ? path.join(process.resourcesPath, 'THIRD-PARTY-NOTICES.txt')
  : path.join(here, '../THIRD-PARTY-NOTICES.txt');

/** Help → Third-party notices: the text file in the system's text viewer. */
async function showThirdPartyNotices(): Promise<void> {
  // shell.openPath answers an error message, or '' when the file opened.
  const problem = await shell.openPath(thirdPartyNoticesPath);
  if (problem === '') return;
  await dialog.showMessageBox({
    type: 'info',
    title: text('cockpit.menu.thirdPartyNotices'),
    message: text('host.desktop.noticesNotOpened'),
    detail: text('host.desktop.noticesWhere', { path: thirdPartyNoticesPath }),
  });
}
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const trustedOrigins = devServerUrl === undefined ? [APP_ORIGIN] : [new URL(devServerUrl).origin];

// Every renderer sandboxed, whatever a window's options say (must run before `ready`).
app.enableSandbox();
registerAppSchemePrivileges();

let host: Host | null = null;

const openRequests = new WorkshopOpenRequests();
let facilitatorWindow: BrowserWindow | null = null;
let openingFacilitatorWindow: Promise<void> | null = null;

/** Shows the cockpit: brings it to the front, or opens it (once) when there is none. */
function showFacilitatorWindow(): void {
  if (!app.isReady() || host === null) return; // Start-up opens it anyway.
  if (facilitatorWindow !== null && !facilitatorWindow.isDestroyed()) {
    bringToFront(facilitatorWindow);
    return;
  }
  const readyHost = host;
  openingFacilitatorWindow ??= createFacilitatorWindow({
    preloadPath,
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    placements: {
      read: async () => (await readyHost.methods['settings.get'](undefined)).facilitatorWindowBounds,
      write: (placements) => readyHost.methods['settings.set']({ facilitatorWindowBounds: [...placements] }),
    },
    openRequests,
  })
    .then((window) => {
      facilitatorWindow = window;
      window.on('closed', () => {
        if (facilitatorWindow === window) facilitatorWindow = null;
        // The voting room belongs to the facilitator's workshop: it stops with the window.
        void readyHost.windowsGone();
      });
    })
    .finally(() => {
      openingFacilitatorWindow = null;
    });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch quits at once and forwards its files here; so does macOS's open-file.
  listenForWorkshopFiles(openRequests, showFacilitatorWindow);

  void app.whenReady().then(() => {
    installSecurityGuards(trustedOrigins, { rendererDirectory, devServerUrl });
    serveRendererOverAppScheme(rendererDirectory);
    const audienceScreen = createAudienceWindowController(
      preloadPath,
      devServerUrl === undefined
        ? `${APP_ORIGIN}/audience.html`
        : new URL('audience.html', devServerUrl).toString(),
    );
    host = createHost({
      audienceScreen,
      exportShell: {
        chooseSavePath: async (suggestedName, format) => {
          const parent = BrowserWindow.getFocusedWindow();
          const options = {
            defaultPath: path.join(app.getPath('documents'), suggestedName),
            filters:
              format === 'docx'
                ? [{ name: text('host.desktop.fileType.docx'), extensions: ['docx'] }]
                : format === 'ics'
                  ? [{ name: text('host.desktop.fileType.ics'), extensions: ['ics'] }]
                  : [{ name: text('host.desktop.fileType.csv'), extensions: ['csv'] }],
          };
          const result =
            parent === null
              ? await dialog.showSaveDialog(options)
              : await dialog.showSaveDialog(parent, options);
          return result.canceled || result.filePath === undefined ? null : result.filePath;
        },
        // shell.openPath answers an error message, or '' when the file opened.
        openFile: async (filePath) => (await shell.openPath(filePath)) === '',
      },
      shell: 'desktop',
      appName: app.getName(),
      version: app.getVersion(),
      openSettingsFile: openElectronSettingsFile,
      settingsFilePath: electronSettingsFilePath(),
      defaultLibraryFolder: path.join(app.getPath('documents'), 'ReadyRoom'),
      voting: {
        dataDirectory: app.getPath('userData'),
        rendererDirectory,
        listAddresses: () => listRoomAddresses(os.networkInterfaces()),
      },
    });
    registerHostIpc(host, {
      trustedOrigins,
      // Only the facilitator's window gets the whole API; the audience screen, the read-only part.
      hasFullAccess: (contents) =>
        facilitatorWindow !== null &&
        !facilitatorWindow.isDestroyed() &&
        facilitatorWindow.webContents.id === contents.id,
    });
    const menuHost = host;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          process.platform,
          app.getName(),
          (commandId) => menuHost.events.emit('app.onDidRequestCommand', { commandId }),
          () => void showThirdPartyNotices(),
        ),
      ),
    );
    showFacilitatorWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showFacilitatorWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void host?.dispose();
  });
}
