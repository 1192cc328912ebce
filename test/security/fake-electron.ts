/**
 * A fake of the Electron objects `electron/main` uses, so the real desktop wiring
 * (`electron/main/index.ts`) runs in Node where the Electron binary cannot be installed.
 *
 * It is the one sanctioned fake, and it is faithful where the guards are concerned: hooks are
 * stored exactly as Electron stores them and run the way Electron runs them (an event's
 * `preventDefault`, a window-open handler's answer, a permission callback, a request
 * filter's `cancel`, an IPC handler receiving `event.sender` and `event.senderFrame`,
 * `ipcMain.handle` refusing a second handler for a channel, `web-contents-created` fired for
 * every new window). The `simulate…` helpers play what Chromium would do. Remove a hook from
 * `electron/main` and the matching test in `electron-main-guards.test.ts` fails.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';

/** An Electron event object: listeners may cancel the default action. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

interface WindowOpenDetails {
  readonly url: string;
  readonly frameName: string;
  readonly features: string;
  readonly disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
}
type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

/** One page's `webContents`: events, the window-open handler, what was sent to it. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  #url = '';
  #destroyed = false;
  windowOpenHandler: WindowOpenHandler | null = null;
  /** Every `send(channel, payload)` the main process made to this page. */
  readonly sent: { channel: string; payload: unknown }[] = [];

  constructor(readonly webPreferences: Readonly<Record<string, unknown>>) {
    super();
  }

  getURL(): string {
    return this.#url;
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  destroy(): void {
    this.#destroyed = true;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
  }
  async loadURL(url: string): Promise<void> {
    this.emit('did-start-loading');
    this.#url = url;
    this.emit('did-finish-load');
  }

  /** The page asks to navigate (a link, `location = …`): true when a guard stopped it. */
  simulateNavigation(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-navigate', event, url);
    if (!event.defaultPrevented) this.#url = url;
    return event.defaultPrevented;
  }
  /** A server redirect during navigation: true when a guard stopped it. */
  simulateRedirect(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-redirect', event, url);
    return event.defaultPrevented;
  }
  /** A `<webview>` about to attach: true when a guard stopped it. */
  simulateWebviewAttach(src: string): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, { src }, { src });
    return event.defaultPrevented;
  }
  /** `window.open(url)` or a `target=_blank` link: what Electron would do with it. */
  simulateWindowOpen(url: string): 'allow' | 'deny' {
    // Without a handler, Electron opens the window.
    if (this.windowOpenHandler === null) return 'allow';
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab' }).action;
  }
  /** One input event reaching the page (a click is `mouseDown`, a key `rawKeyDown`). */
  simulateInput(type: string): void {
    this.emit('input-event', new FakeEvent(), { type, modifiers: [] });
  }
}

let windows: FakeBrowserWindow[] = [];

/** A `BrowserWindow`: creating one creates its `webContents` and tells the app about it. */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  #destroyed = false;
  #bounds: { x: number; y: number; width: number; height: number };

  constructor(readonly options: Readonly<Record<string, unknown>> = {}) {
    super();
    this.webContents = new FakeWebContents(
      (options.webPreferences as Record<string, unknown> | undefined) ?? {},
    );
    this.#bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
    windows.push(this);
    // Electron emits these synchronously from the constructor, before the page loads.
    fakeElectron.app.emit('web-contents-created', new FakeEvent(), this.webContents);
    fakeElectron.app.emit('browser-window-created', new FakeEvent(), this);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return windows.filter((window) => !window.isDestroyed());
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows()[0] ?? null;
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return windows.find((window) => window.webContents === contents) ?? null;
  }

  loadURL(url: string): Promise<void> {
    const loaded = this.webContents.loadURL(url);
    setImmediate(() => this.emit('ready-to-show'));
    return loaded;
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  close(): void {
    if (this.#destroyed) return;
    this.emit('close', new FakeEvent());
    this.#destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  maximize(): void {}
  unmaximize(): void {}
  setFullScreen(): void {}
  isVisible(): boolean {
    return true;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return false;
  }
  getBounds() {
    return { ...this.#bounds };
  }
  getNormalBounds() {
    return { ...this.#bounds };
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.#bounds = { ...bounds };
  }
}

/** A frame as `event.senderFrame` describes it. */
export interface FakeFrame {
  readonly url: string;
  /** Null for a page's top frame; an iframe has its parent. */
  readonly parent: FakeFrame | null;
}

type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, IpcHandler>();

  handle(channel: string, handler: IpcHandler): void {
    // Electron refuses a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke(channel, input)` from `sender`'s `frame` would resolve with. */
  async invoke(
    channel: string,
    input: unknown,
    sender: FakeWebContents,
    frame?: FakeFrame,
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = frame ?? { url: sender.getURL(), parent: null };
    const event = { sender, senderFrame, processId: 1, frameId: 1 } as unknown as IpcMainInvokeEvent;
    return handler(event, input);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;
type BeforeRequestListener = (
  details: { url: string; method: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Whether a page asking for `permission` gets it (Electron grants it when no handler is set). */
  simulatePermissionRequest(permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (handler === null) return Promise.resolve(true);
    return new Promise((resolve) => handler(null, permission, resolve, { requestingUrl: '' }));
  }
  simulatePermissionCheck(permission: string, origin: string): boolean {
    return this.permissionCheckHandler?.(null, permission, origin, {}) ?? true;
  }
  /** Whether a request to `url` goes out (Electron lets everything through with no filter). */
  simulateRequest(url: string): Promise<boolean> {
    const listener = this.beforeRequest;
    if (listener === null) return Promise.resolve(true);
    return new Promise((resolve) =>
      listener({ url, method: 'GET', resourceType: 'other' }, (response) =>
        resolve(response.cancel !== true),
      ),
    );
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeApp extends EventEmitter {
  #ready = false;
  #resolveReady: () => void = () => {};
  readonly #whenReady = new Promise<void>((resolve) => {
    this.#resolveReady = resolve;
  });
  sandboxEnabled: 'before-ready' | 'after-ready' | 'never' = 'never';
  readonly isPackaged = false;
  paths: Record<string, string> = {};

  whenReady(): Promise<void> {
    return this.#whenReady;
  }
  isReady(): boolean {
    return this.#ready;
  }
  /** Plays Electron's `ready`: what was waiting on `whenReady()` runs. */
  simulateReady(): void {
    this.#ready = true;
    this.emit('ready');
    this.#resolveReady();
  }
  enableSandbox(): void {
    // Electron throws here after ready; the fake records it so a test can say so.
    this.sandboxEnabled = this.#ready ? 'after-ready' : 'before-ready';
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  quit(): void {}
  getName(): string {
    return 'ReadyRoom';
  }
  getVersion(): string {
    return '0.0.0-fake-electron';
  }
  getPath(name: string): string {
    const found = this.paths[name];
    if (found === undefined) throw new Error(`Failed to get '${name}' path`);
    return found;
  }
}

/** Every fetch of a `file:` URL the `app://` handler made, in order. */
export const fetchedFiles: string[] = [];

/** The fake `electron` module. */
export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  webContents: {
    getAllWebContents: (): FakeWebContents[] => windows.map((window) => window.webContents),
  },
  session: { defaultSession: new FakeSession() },
  protocol: {
    privilegedSchemes: [] as unknown[],
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      this.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      this.handlers.set(scheme, handler);
    },
    /** A request the page makes to `url` on a custom scheme: the handler's response, or 404 as Chromium shows with none. */
    async simulateRequest(url: string): Promise<Response> {
      const handler = this.handlers.get(new URL(url).protocol.replace(/:$/, ''));
      if (handler === undefined) return new Response(null, { status: 404 });
      return handler(new Request(url));
    },
  },
  net: {
    /** Electron's `net.fetch` of a `file:` URL reads the file; so does the fake, and it keeps a record. */
    async fetch(url: string): Promise<Response> {
      fetchedFiles.push(url);
      if (!url.startsWith('file:')) throw new Error(`the fake net.fetch only reads files, not ${url}`);
      try {
        return new Response(await readFile(fileURLToPath(url)));
      } catch {
        return new Response(null, { status: 404 });
      }
    },
  },
  screen: Object.assign(new EventEmitter(), {
    display: {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      scaleFactor: 1,
      internal: true,
    },
    getAllDisplays() {
      return [this.display];
    },
    getPrimaryDisplay() {
      return this.display;
    },
    getDisplayMatching() {
      return this.display;
    },
  }),
  shell: {
    openedExternally: [] as string[],
    async openExternal(url: string): Promise<void> {
      this.openedExternally.push(url);
    },
    async openPath(): Promise<string> {
      return '';
    },
  },
  dialog: {
    async showSaveDialog() {
      return { canceled: true, filePath: undefined };
    },
  },
  Menu: {
    applicationMenu: null as unknown,
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu(menu: unknown): void {
      this.applicationMenu = menu;
    },
  },
};

/** Forgets the windows of a previous run (each test file imports the wiring once). */
export function resetFakeWindows(): void {
  windows = [];
}

/**
 * Makes packages outside our source that import `electron` themselves (electron-store) get
 * the fake too: `vi.mock` reaches only the modules Vite transforms, while a package in
 * node_modules is loaded by Node, whose module cache this fills first.
 */
export function installFakeElectronForPackages(): void {
  const require = createRequire(import.meta.url);
  const electronPath = require.resolve('electron');
  const cached = new Module(electronPath);
  cached.filename = electronPath;
  cached.exports = fakeElectron;
  cached.loaded = true;
  require.cache[electronPath] = cached;
}
