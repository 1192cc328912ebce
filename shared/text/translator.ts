/**
 * How a message becomes text. A message is a text with `{name}` placeholders, or one such
 * text per plural category of its `count` value. The categories are the platform's own
 * (`Intl.PluralRules`, backed by ICU's CLDR plural rules), so a locale with other plural
 * forms (Polish "few" and "many", Arabic "zero" and "two") only adds texts, never code; and
 * nothing is added to the pages' downloads, phones included.
 */

/** One text per plural category; `other` is always needed, the rest as the language has them. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A message of the catalogue. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders; `count` also chooses the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Turns a message id and its values into text in one locale. */
export interface Translator<Id extends string> {
  (id: Id, values?: MessageValues): string;
  /** The BCP 47 code of the locale, e.g. "en". */
  readonly locale: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A translator over `messages` for `locale`. A placeholder with no value is left as it is,
 * so a missing value shows in the text instead of silently disappearing.
 */
export function createTranslator<Id extends string>(
  locale: string,
  messages: Readonly<Record<Id, Message>>,
): Translator<Id> {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const translate = (id: Id, values: MessageValues = {}): string => {
    const message = messages[id];
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(values.count ?? 0);
      text = message[plurals.select(count)] ?? message.other;
    }
    return text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
  return Object.assign(translate, { locale });
}
