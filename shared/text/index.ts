/**
 * The text catalogue: `text(id, values)` in the app's locale (English for now), and the
 * words of stored values (`choiceLabels`). See `english.ts` for every message.
 */
import { ENGLISH, type MessageId } from './english';
import { createTranslator, type Message, type Translator } from './translator';

export type { MessageId } from './english';
export { createTranslator, type Message, type MessageValues, type Translator } from './translator';

/** A locale the app can speak: its BCP 47 code and a text for every message id. */
export interface Locale {
  readonly code: string;
  readonly messages: Readonly<Record<MessageId, Message>>;
}

/** English, the first locale. */
export const ENGLISH_LOCALE: Locale = { code: 'en', messages: ENGLISH };

/** The app's texts. One locale today; a second one is a `Locale` and a setting away. */
export const text: Translator<MessageId> = createTranslator(ENGLISH_LOCALE.code, ENGLISH_LOCALE.messages);

/** `Kind` when the catalogue has a `choice.<Kind>.<value>` message for every value, else never. */
type KindWithEveryValue<
  Kind extends string,
  Value extends string,
> = `choice.${Kind}.${Value}` extends MessageId ? Kind : never;

/**
 * The words for every value of one kind, e.g. `choiceLabels('stance', STANCES)`: one
 * definition, so the app's pickers, the canvases, the audience screen and the Word plan
 * name each value alike.
 */
export function choiceLabels<Kind extends string, Value extends string>(
  kind: KindWithEveryValue<Kind, Value>,
  values: readonly Value[],
  translate: Translator<MessageId> = text,
): Readonly<Record<Value, string>> {
  return Object.fromEntries(
    values.map((value) => [value, translate(`choice.${kind}.${value}` as MessageId)]),
  ) as Record<Value, string>;
}
