import type { HostMethods } from '../../shared/host-api/contract';
import { emptyPresentation } from '../../shared/host-api/presentation-contract';
import { createDocumentService } from './documents/document-service';
import { HostEventHub } from './event-hub';
import { withMovedWorkshop, withRecentWorkshop } from './recent-workshops';
import { NoticeBoard } from './notices';
import { createSettingsService, type SettingsFile } from './settings-service';
import { deliverExport, type ExportShell } from './export/deliver-export';
import { createExportService } from './export/export-service';
import { deliverPortfolio } from './export/portfolio/deliver-portfolio';
import { createVotingService, type VotingServiceOptions } from './voting/voting-service';

export interface HostOptions {
  readonly shell: 'desktop' | 'browser';
  readonly appName: string;
  readonly version: string;
  /** Opens the settings store: electron-store in the desktop shell, conf elsewhere. */
  readonly openSettingsFile: () => SettingsFile;
  readonly settingsFilePath: string;
  /** The library folder used until the facilitator picks another in settings. */
  readonly defaultLibraryFolder: string;
  /**
   * Opens and closes the audience screen where the shell owns windows (desktop). Absent in
   * the browser shell, where the page opens it as a browser window itself.
   */
  readonly audienceScreen?: {
    open(): Promise<boolean>;
    close(): Promise<boolean>;
    swapDisplays(): Promise<boolean>;
  };
  /** Save dialog and "open the file" where the shell has them (desktop). */
  readonly exportShell?: ExportShell;
  /** Clock for file stamps and backups; injectable for tests. */
  readonly now?: () => Date;
  /**
   * The live voting room: where round journals go (`dataDirectory`), where the built
   * participant page is (`rendererDirectory`), which addresses the room may listen on.
   */
  readonly voting: Pick<
    VotingServiceOptions,
    'dataDirectory' | 'rendererDirectory' | 'listAddresses' | 'roomLimits'
  >;
}

/** Everything a shell needs from the host: the contract's methods and its event stream. */
export interface Host {
  readonly methods: HostMethods;
  readonly events: HostEventHub;
  /**
   * Every window of this host has gone (the desktop's facilitator window closed, or no
   * browser tab has been connected for a while): the voting room stops listening and its
   * open round closes, its ballots kept for the workshop's file.
   */
  windowsGone(): Promise<void>;
  /** Releases files and servers; call once when the shell quits. */
  dispose(): Promise<void>;
}

/**
 * Builds the host services once for a shell. Plain Node: no `electron` import here, so
 * the same host runs in the desktop main process, the browser shell and unit tests.
 */
export function createHost(options: HostOptions): Host {
  const events = new HostEventHub();
  const notices = new NoticeBoard(events);
  const settings = createSettingsService({
    open: options.openSettingsFile,
    filePath: options.settingsFilePath,
    onNotice: (message) => notices.add(message),
    onDidChange: (next) => events.emit('settings.onDidChange', next),
  });

  const now = options.now ?? (() => new Date());
  const documents = createDocumentService({
    libraryFolder: () => settings.get().libraryFolder ?? options.defaultLibraryFolder,
    events,
    now,
  });
  /** Every way of opening a workshop also puts it at the top of the recent list. */
  function remember<Opened extends { path: string; workshop: { meta: { title: string } } }>(
    opened: Opened,
  ): Opened {
    settings.update((current) => ({
      recentWorkshops: withRecentWorkshop(
        current.recentWorkshops,
        { path: opened.path, title: opened.workshop.meta.title },
        now(),
      ),
    }));
    return opened;
  }

  const voting = createVotingService({ ...options.voting, events, now });

  const exporting = createExportService({ now });
  const exportShell = options.exportShell ?? {};

  let presentation = emptyPresentation(now().getTime());

  const methods: HostMethods = {
    ...documents.methods,
    ...voting.methods,
    ...exporting.methods,
    'export.deliver': async (input) => deliverExport(exportShell, input, now()),
    'export.portfolio': async (input) => deliverPortfolio(exportShell, input),
    'export.openFile': async ({ path }) => (await exportShell.openFile?.(path)) ?? false,
    'presentation.get': async () => presentation,
    'presentation.set': async (next) => {
      presentation = { ...next, updatedAtMs: now().getTime() };
      events.emit('presentation.onDidChange', presentation);
      return presentation;
    },
    'presentation.openAudienceScreen': async () => (await options.audienceScreen?.open()) ?? false,
    'presentation.closeAudienceScreen': async () => (await options.audienceScreen?.close()) ?? false,
    'presentation.swapDisplays': async () => (await options.audienceScreen?.swapDisplays()) ?? false,
    'documents.create': async (input) => remember(await documents.methods['documents.create'](input)),
    'documents.open': async (input) => remember(await documents.methods['documents.open'](input)),
    'documents.saveAs': async (input) => remember(await documents.methods['documents.saveAs'](input)),
    'documents.close': async (input) => {
      // A voting room belongs to its workshop: it never outlives the workshop's window.
      await voting.releaseDocument(input.path);
      return documents.methods['documents.close'](input);
    },
    'documents.restoreBackup': async (input) =>
      remember(await documents.methods['documents.restoreBackup'](input)),
    'documents.rename': async (input) => {
      const renamed = await documents.methods['documents.rename'](input);
      settings.update((current) => ({
        recentWorkshops: withMovedWorkshop(current.recentWorkshops, input.path, {
          path: renamed.path,
          title: renamed.summary?.title ?? input.title,
        }),
      }));
      return renamed;
    },
    'documents.delete': async (input) => {
      const deleted = await documents.methods['documents.delete'](input);
      settings.update((current) => ({
        recentWorkshops: withMovedWorkshop(current.recentWorkshops, input.path, null),
      }));
      return deleted;
    },
    'app.getInfo': async () => ({
      name: options.appName,
      version: options.version,
      shell: options.shell,
      platform: process.platform,
    }),
    'app.listNotices': async () => notices.list(),
    'app.dismissNotice': async ({ id }) => notices.dismiss(id),
    'settings.get': async () => settings.get(),
    'settings.set': async (patch) => settings.set(patch),
  };

  return {
    methods,
    events,
    windowsGone: () => voting.releaseAll(),
    dispose: async () => {
      await voting.dispose();
      await documents.dispose();
    },
  };
}
