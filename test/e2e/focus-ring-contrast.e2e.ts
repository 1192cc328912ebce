/**
 * A visible focus ring on every kind of control, in every theme (issue #22, WCAG 2.4.7 and
 * 1.4.11): in real Chromium, each control is reached from the keyboard, and the ring the
 * browser draws (its computed outline, or a box-shadow ring) must be at least 2 px wide and
 * at least 3:1 against the colour behind it (WCAG relative luminance). Facilitator window:
 * every theme of the theme switch; the audience screen follows it; the phone page: light
 * and dark (it follows the phone's colour scheme).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildSampleWorkshop } from '../fixtures/build-sample-workshop';
import { aFreshShellForEachTest, writeToLibrary } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const SAMPLE_TITLE = 'Claims triage: from pilot to every personal line';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const CARD = '.react-flow__node:not([data-id^="backdrop-"])';
const MINIMUM_CONTRAST = 3;
const MINIMUM_RING_PX = 2;

/** What the page draws around a focused control, read from its computed style. */
interface Ring {
  /** Keyboard focus is on the control (`:focus-visible`) or inside it. */
  readonly focusVisible: boolean;
  /** `outline` or `box-shadow`, or null when neither draws a ring. */
  readonly drawnBy: 'outline' | 'box-shadow' | null;
  readonly widthPx: number;
  readonly colour: Rgba | null;
  /** The opaque colour the ring is drawn over. */
  readonly behind: Rgba;
}
type Rgba = readonly [number, number, number, number];

/** One control checked in one theme. */
interface Checked {
  readonly where: string;
  readonly ring: Ring;
  readonly contrast: number;
}

function relativeLuminance([red, green, blue]: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** A ring colour with some transparency, laid over what is behind it. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => Math.round(upper * top[3] + lower * (1 - top[3]));
  return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), 1];
}

/**
 * Reads the ring of the focused element in the page: the outline when it has one, else a
 * box-shadow ring (no blur, spread of at least 1 px), and the colour behind it: the control's
 * ancestors' backgrounds for a ring drawn outside it, its own for one drawn inside.
 */
function readRing(element: Locator): Promise<Ring> {
  // In the page, reached through the element: this project's Node types have no DOM.
  return element.evaluate((target) => {
    type Colour = [number, number, number, number];
    const view = target.ownerDocument.defaultView;
    if (view === null) throw new Error('The control is not in a window.');
    const parseColour = (text: string): Colour | null => {
      const match = /rgba?\(([^)]+)\)/.exec(text);
      if (match === null) return null;
      const parts = (match[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const blend = (top: Colour, bottom: Colour): Colour => {
      const mix = (upper: number, lower: number) => upper * top[3] + lower * (1 - top[3]);
      return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), 1];
    };
    const style = view.getComputedStyle(target);
    let drawnBy: 'outline' | 'box-shadow' | null = null;
    let widthPx = 0;
    let colour: Colour | null = null;
    let inside = false;
    if (
      style.outlineStyle !== 'none' &&
      style.outlineStyle !== 'auto' &&
      parseFloat(style.outlineWidth) > 0
    ) {
      drawnBy = 'outline';
      widthPx = parseFloat(style.outlineWidth);
      colour = parseColour(style.outlineColor);
      inside = parseFloat(style.outlineOffset) + widthPx <= 0;
    } else if (style.boxShadow !== 'none') {
      // Each shadow: a colour, then x y blur spread (Chromium's computed form), maybe `inset`.
      for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
        const shadowColour = parseColour(shadow);
        const lengths = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
        const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
        if (shadowColour !== null && x === 0 && y === 0 && blur === 0 && spread > widthPx) {
          drawnBy = 'box-shadow';
          widthPx = spread;
          colour = shadowColour;
          inside = shadow.includes('inset');
        }
      }
    }
    const layers: Colour[] = [];
    for (let node = inside ? target : target.parentElement; node !== null; node = node.parentElement) {
      const background = parseColour(view.getComputedStyle(node).backgroundColor);
      if (background === null || background[3] === 0) continue;
      layers.push(background);
      if (background[3] === 1) break;
    }
    let behind: Colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) behind = blend(layer, behind);
    // Keyboard focus on the control, or inside it (a date field's calendar button).
    const focusVisible =
      target.matches(':focus-visible') || (target.matches(':focus-within') && !target.matches(':focus'));
    return { focusVisible, drawnBy, widthPx, colour, behind };
  });
}

/** Focuses a control as a keyboard user does, so `:focus-visible` applies as it would. */
async function focusFromKeyboard(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await control.focus();
  const visible = () => control.evaluate((element) => element.matches(':focus-visible'));
  if (await visible()) return;
  // Script focus after a click may not count as keyboard focus: step away and back with Tab.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
}

/** Collects what each control's ring looks like; the test asserts on all of them at the end. */
class RingSurvey {
  readonly checked: Checked[] = [];

  async check(
    page: Page,
    where: string,
    control: Locator,
    options: { readonly alreadyFocused?: boolean } = {},
  ): Promise<void> {
    await expect(control, `${where}: the control is on screen`).toBeVisible();
    if (options.alreadyFocused !== true) await focusFromKeyboard(page, control);
    const ring = await readRing(control);
    const contrast = ring.colour === null ? 1 : contrastRatio(over(ring.colour, ring.behind), ring.behind);
    this.checked.push({ where, ring, contrast });
  }

  failures(): string[] {
    return this.checked
      .filter(
        ({ ring, contrast }) =>
          !ring.focusVisible ||
          ring.drawnBy === null ||
          ring.widthPx < MINIMUM_RING_PX ||
          contrast < MINIMUM_CONTRAST,
      )
      .map(
        ({ where, ring, contrast }) =>
          `${where}: ${ring.focusVisible ? '' : 'not :focus-visible, '}ring ${ring.drawnBy ?? 'none'} ` +
          `${ring.widthPx}px rgba(${ring.colour?.join(', ') ?? '-'}) on rgb(${ring.behind
            .slice(0, 3)
            .map(Math.round)
            .join(', ')}), contrast ${contrast.toFixed(2)}:1`,
      );
  }

  report(): string {
    const lines = this.checked.map(
      ({ where, ring, contrast }) =>
        `  ${where}: ${ring.drawnBy ?? 'no ring'} ${ring.widthPx}px, ${contrast.toFixed(2)}:1`,
    );
    return `Focus rings checked: ${this.checked.length}\n${lines.join('\n')}`;
  }
}

/**
 * Every theme the theme switch offers, as [label, value]; "system" is not a theme of its own
 * but light or dark as the computer's colour scheme says (checked here too).
 */
async function themesOf(page: Page): Promise<(readonly [string, string])[]> {
  const options = page.getByLabel('Theme').locator('option');
  const themes: (readonly [string, string])[] = [];
  for (const option of await options.all()) {
    const label = (await option.textContent()) ?? '';
    const value = (await option.getAttribute('value')) ?? '';
    if (value !== 'system') {
      themes.push([label, value]);
      continue;
    }
    await page.getByLabel('Theme').selectOption('system');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  return themes;
}

async function chooseTheme(page: Page, [label, value]: readonly [string, string]): Promise<void> {
  await page.getByLabel('Theme').selectOption({ label });
  await expect(page.locator('html')).toHaveAttribute('data-theme', value);
}

const running = aFreshShellForEachTest();
test.use({ actionTimeout: 15_000 });

test('every kind of control shows a focus ring of 3:1 or more in every theme, in every window', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const survey = new RingSurvey();
  writeToLibrary(running.dataPath, { 'sample.readyroom': buildSampleWorkshop() });
  const workshops = new WorkshopPages(page);
  await new FacilitatorPage(page).open(running.shell.url);
  const themes = await themesOf(page);
  expect(themes.map(([, value]) => value)).toEqual(expect.arrayContaining(['light', 'dark', 'projector']));

  /** Checks `controls` in every theme, in the screen state the page is in. */
  const inEveryTheme = async (screen: string, controls: readonly (readonly [string, () => Locator])[]) => {
    for (const theme of themes) {
      await chooseTheme(page, theme);
      for (const [kind, control] of controls)
        await survey.check(page, `${theme[1]}: ${screen}: ${kind}`, control());
    }
  };

  try {
    await test.step('the home screen', async () => {
      await inEveryTheme('home', [
        ['button', () => page.getByRole('button', { name: 'Create workshop' })],
        ['text input', () => page.getByLabel('New workshop title')],
        ['select', () => page.getByLabel('Theme')],
        ['workshop link', () => page.locator('.library-item__open', { hasText: SAMPLE_TITLE })],
      ]);
    });

    await test.step('a stage with its fields, the cockpit around it', async () => {
      await page.locator('.library-item__open', { hasText: SAMPLE_TITLE }).click();
      await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
      await workshops.goToStage('Welcome and ground rules');
      await inEveryTheme('welcome stage', [
        ['skip link', () => page.getByRole('link', { name: 'Skip to the stage' })],
        ['button', () => page.getByRole('button', { name: 'Next stage →' })],
        ['text input', () => page.getByLabel('Workshop title', { exact: true })],
        ['date input', () => page.getByLabel('Date', { exact: true })],
        ['textarea', () => page.getByLabel('Your private notes')],
        ['checkbox', () => page.getByLabel('Show stage')],
        ['table checkbox', () => page.locator('.stage-editor input[type="checkbox"]').first()],
      ]);
      // Tab walks the date field's parts (month, day, year, then its calendar button) inside
      // the field itself: the field's ring must stay on at each stop until Tab leaves it.
      for (const theme of themes) {
        await chooseTheme(page, theme);
        const date = page.getByLabel('Date', { exact: true });
        await focusFromKeyboard(page, date);
        let stops = 0;
        while (
          stops < 6 &&
          (await date.evaluate((element) => element.ownerDocument.activeElement === element))
        ) {
          stops += 1;
          await survey.check(
            page,
            `${theme[1]}: welcome stage: date input, Tab stop ${stops} inside it`,
            date,
            {
              alreadyFocused: true,
            },
          );
          await page.keyboard.press('Tab');
        }
        expect(stops, 'Tab leaves the date field after its parts').toBeLessThan(6);
      }
    });

    await test.step('radio buttons on the readiness test', async () => {
      await workshops.goToStage('Scaling Readiness Test');
      await inEveryTheme('readiness test', [
        ['radio button', () => page.getByRole('radio').first()],
        ['select', () => page.getByLabel('How the room votes')],
      ]);
    });

    await test.step('a card on a canvas', async () => {
      await workshops.goToStage('Stakeholders and buy-in');
      await expect(page.locator(CARD).first()).toBeVisible();
      await inEveryTheme('stakeholder map', [
        ['canvas node', () => page.locator(CARD).first()],
        ['skip link to the canvas', () => page.getByRole('link', { name: 'Skip to the canvas' })],
      ]);
    });

    await test.step('the audience screen: its keypad buttons', async () => {
      await workshops.goToStage('Scaling Readiness Test');
      const popup = page.waitForEvent('popup');
      await page.getByRole('button', { name: 'Present (F5)' }).click();
      const audience = await popup;
      await expect(audience.locator('html')).toHaveAttribute('data-app-state', 'ready');
      await page.getByLabel('How the room votes').selectOption('keypad');
      await page.getByRole('button', { name: /^Open round \d$/ }).click();
      const keys = audience.locator('.audience-vote__key');
      await expect(keys.first()).toBeVisible();
      for (const theme of themes) {
        await chooseTheme(page, theme);
        await expect(audience.locator('html')).toHaveAttribute('data-theme', theme[1]);
        await survey.check(audience, `${theme[1]}: audience: keypad button`, keys.first());
      }
      await page.getByRole('button', { name: /^Close round \d$/ }).click();
      await audience.close();
    });

    await test.step('the phone page, light and dark', async () => {
      await page.getByLabel('How the room votes').selectOption('phones');
      await page.getByRole('button', { name: 'Open the voting room' }).click();
      const joinUrl = (await page.locator('.voting-room__url').textContent()) ?? '';
      await page.getByRole('button', { name: /^Open round \d$/ }).click();
      for (const colorScheme of ['light', 'dark'] as const) {
        const phone = await (await browser.newContext({ ...PHONE, colorScheme })).newPage();
        await phone.goto(joinUrl);
        await expect(phone.locator('html')).toHaveAttribute('data-app-state', 'ready');
        const inputs = phone.locator('input:visible');
        for (const [index, input] of (await inputs.all()).entries()) {
          await survey.check(phone, `phone (${colorScheme}): join: text input ${index + 1}`, input);
        }
        const join = phone.getByRole('button', { name: 'Join' });
        await survey.check(phone, `phone (${colorScheme}): join: button`, join);
        await join.click();
        const answer = phone.getByRole('group', { name: 'Ownership' }).getByRole('button', { name: 'Yes' });
        await survey.check(phone, `phone (${colorScheme}): voting: answer button`, answer);
        await phone.context().close();
      }
    });
  } finally {
    console.log(survey.report());
  }
  expect(survey.checked.length).toBeGreaterThanOrEqual(60);
  expect(survey.failures(), 'controls whose focus ring is missing, too thin or below 3:1').toEqual([]);
});
