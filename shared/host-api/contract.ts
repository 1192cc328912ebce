import { z } from 'zod';
import { defineMethod, markReadOnly } from './define';
import { documentsContract, documentsEvents, WorkshopPathSchema } from './documents-contract';
import { presentationContract, presentationEvents } from './presentation-contract';
import { votingContract, votingEvents } from './voting-contract';
import { exportContract } from './export-contract';
import type { DeepReadonly } from '../workshop/deep-readonly';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Which shell hosts the UI: the Electron desktop app or the loopback browser shell. */
  shell: z.enum(['desktop', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const NoticeSchema = z.object({
  id: z.string(),
  /** Plain-English text for the facilitator. */
  message: z.string(),
  severity: z.enum(['info', 'warning']),
});
export type Notice = z.infer<typeof NoticeSchema>;

const NoInput = z.undefined();

/**
 * The host API: every method the UI may call on the machine, declared once.
 * Each key is `namespace.method`; the desktop IPC channels, the preload proxy and the
 * browser shell's HTTP routes are all derived from these keys.
 */
export const hostContract = {
  'app.getInfo': defineMethod({
    readOnly: true,
    summary: 'Name, version and shell of the running app.',
    input: NoInput,
    output: AppInfoSchema,
  }),
  'app.listNotices': defineMethod({
    readOnly: true,
    summary: 'Notices the host raised at start (for example a settings file that had to be reset).',
    input: NoInput,
    output: z.array(NoticeSchema),
  }),
  'app.dismissNotice': defineMethod({
    summary: 'Forgets one notice once the facilitator has read it.',
    input: z.object({ id: z.string().min(1) }).strict(),
    output: z.array(NoticeSchema),
  }),
  'settings.get': defineMethod({
    readOnly: true,
    summary: 'All settings, with defaults filled in.',
    input: NoInput,
    output: SettingsSchema,
  }),
  'settings.set': defineMethod({
    summary: 'Changes some settings and returns all of them.',
    input: SettingsPatchSchema,
    output: SettingsSchema,
  }),
  // The namespaces' own files are shared with other work; their read-only methods are
  // marked here, by name, so every mark sits in this one list.
  ...markReadOnly(documentsContract, ['documents.list', 'documents.listTrash', 'documents.listBackups']),
  ...markReadOnly(presentationContract, ['presentation.get']),
  ...markReadOnly(votingContract, [
    'voting.getState',
    'voting.listAddresses',
    'voting.listRecordedRounds',
    'voting.listRecordedActivities',
  ]),
  ...exportContract,
} as const;

/**
 * Events the host pushes to every connected UI, each with the schema of its payload.
 * Names follow `namespace.onDidX`.
 */
export const hostEvents = {
  'settings.onDidChange': SettingsSchema,
  'app.onDidChangeNotices': z.array(NoticeSchema),
  ...documentsEvents,
  ...presentationEvents,
  ...votingEvents,
  /** The desktop menu asks the focused facilitator window to run a command. */
  'app.onDidRequestCommand': z.strictObject({ commandId: z.string() }),
  /**
   * The desktop shell asks the facilitator window to open a workshop file: one double-clicked
   * in the file manager, or given to a second launch. Sent to that window only.
   */
  'app.onDidRequestOpenWorkshop': z.strictObject({ path: WorkshopPathSchema }),
} as const;

export type HostContract = typeof hostContract;
export type HostMethodName = keyof HostContract;
export type HostEventName = keyof typeof hostEvents;

/**
 * The argument a caller passes to a method (before defaults are applied). Read-only, so
 * the renderer can pass its immutable document state as it is.
 */
export type MethodInput<Name extends HostMethodName> = DeepReadonly<z.input<HostContract[Name]['input']>>;
/** The argument a method implementation receives (after validation and defaults). */
export type MethodParsedInput<Name extends HostMethodName> = z.output<HostContract[Name]['input']>;
/** What a method resolves with. */
export type MethodOutput<Name extends HostMethodName> = z.output<HostContract[Name]['output']>;
/** The payload of an event. */
export type EventPayload<Name extends HostEventName> = z.output<(typeof hostEvents)[Name]>;

/** Every method name, in declaration order: the single list both transports are built from. */
export const hostMethodNames = Object.keys(hostContract) as HostMethodName[];
/** Every event name. */
export const hostEventNames = Object.keys(hostEvents) as HostEventName[];

/** The methods marked `readOnly` in the contract: they change no file, setting, window or room. */
export const readOnlyMethodNames: readonly HostMethodName[] = hostMethodNames.filter(
  (name) => (hostContract[name] as { readonly readOnly?: boolean }).readOnly === true,
);

/**
 * What the audience window may call: the read-only methods, plus the one input the room
 * gives on that screen itself, a keypad ballot while a keypad round is open. That ballot is
 * what any phone in the room may send over the room server; it reaches no file, setting or
 * window, so the audience screen stays a window that can change nothing the facilitator owns.
 */
export const audienceMethodNames: readonly HostMethodName[] = [
  ...readOnlyMethodNames,
  'voting.castKeypadBallot',
];

/** The events the audience window hears: what is shown, the room, the theme and notices. */
export const audienceEventNames: readonly HostEventName[] = [
  'settings.onDidChange',
  'app.onDidChangeNotices',
  'presentation.onDidChange',
  'voting.onDidChange',
];

/**
 * The events that tell the current state of something (or, for the library, that the list a
 * window read is out of date), as opposed to one-off requests such as running a command. A
 * window that missed one is behind until the next; one that gets it twice is unchanged. The
 * browser shell's event socket sends a new connection the latest of each it has seen.
 */
const stateEventNames: ReadonlySet<HostEventName> = new Set<HostEventName>([
  'settings.onDidChange',
  'app.onDidChangeNotices',
  'documents.onDidChangeLibrary',
  'presentation.onDidChange',
  'voting.onDidChange',
]);

/** Whether `name` is one of the state events (see above). */
export function isStateEvent(name: HostEventName): boolean {
  return stateEventNames.has(name);
}

/** The host side: one async function per contract key. */
export type HostMethods = {
  readonly [Name in HostMethodName]: (input: MethodParsedInput<Name>) => Promise<MethodOutput<Name>>;
};

/** Receives every host event. */
export type HostEventListener = <Name extends HostEventName>(name: Name, payload: EventPayload<Name>) => void;

type NamespaceOf<Name> = Name extends `${infer Namespace}.${string}` ? Namespace : never;
type MethodsIn<Namespace extends string> = {
  readonly [
    Name in HostMethodName as Name extends `${Namespace}.${infer Method}` ? Method : never
  ]: undefined extends MethodInput<Name>
    ? (input?: MethodInput<Name>) => Promise<MethodOutput<Name>>
    : (input: MethodInput<Name>) => Promise<MethodOutput<Name>>;
};

/**
 * What the renderer sees (`window.readyroom` in the desktop shell): methods grouped by
 * namespace, e.g. `api.settings.set({ theme: 'dark' })`, plus event subscription.
 */
export type HostApi = {
  readonly [Namespace in NamespaceOf<HostMethodName>]: MethodsIn<Namespace>;
} & {
  readonly events: {
    /** Subscribes to one host event; returns the function that unsubscribes. */
    on<Name extends HostEventName>(name: Name, listener: (payload: EventPayload<Name>) => void): () => void;
  };
};

/**
 * Checks an event name against the contract (or the subset a window may hear), so a typo
 * fails loudly instead of never firing.
 */
export function assertHostEventName(
  name: string,
  allowed: readonly HostEventName[] = hostEventNames,
): asserts name is HostEventName {
  if (!(allowed as readonly string[]).includes(name)) {
    throw new Error(`ReadyRoom has no event called "${name}".`);
  }
}

export { buildHostApi } from './host-api-proxy';
export type { HostReply } from './host-reply';
