/**
 * Desktop shell entry: lifecycle only. Features register their own pieces
 * (host IPC, security guards, the app:// protocol).
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHost, type Host } from '../host/create-host';
import { listRoomAddresses } from '../host/voting/addresses';
import { registerAppSchemePrivileges, serveRendererOverAppScheme } from './app-protocol';
import { createAudienceWindowController } from './audience-window';
import { electronSettingsFilePath, openElectronSettingsFile } from './electron-settings';
import { registerHostIpc } from './host-ipc';
import { buildMenuTemplate } from './menu-template';
import { installSecurityGuards } from './security';
import { APP_ORIGIN } from './url-policy';
import { facilitatorWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDirectory = path.join(here, '../renderer');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const trustedOrigins = devServerUrl === undefined ? [APP_ORIGIN] : [new URL(devServerUrl).origin];

registerAppSchemePrivileges();

let host: Host | null = null;

function createFacilitatorWindow(): BrowserWindow {
  // electronegativity-justified CONTEXT_ISOLATION_JS_CHECK: options come from window-options.ts (contextIsolation on), asserted by window-options.test.ts
  // electronegativity-justified SANDBOX_JS_CHECK: sandbox is on in secureWebPreferences, asserted by window-options.test.ts
  // electronegativity-justified AUXCLICK_JS_CHECK: Auxclick is disabled in secureWebPreferences and new windows are denied in security.ts
  const window = new BrowserWindow(facilitatorWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

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
                ? [{ name: 'Word document', extensions: ['docx'] }]
                : [{ name: 'CSV for spreadsheets and trackers', extensions: ['csv'] }],
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
    registerHostIpc(host, trustedOrigins);
    const menuHost = host;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(process.platform, app.getName(), (commandId) =>
          menuHost.events.emit('app.onDidRequestCommand', { commandId }),
        ),
      ),
    );
    createFacilitatorWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createFacilitatorWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void host?.dispose();
  });
}
