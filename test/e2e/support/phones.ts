import { expect, type Browser, type Page } from '@playwright/test';

/** A phone-sized browser context, as the room's phones are driven in these tests. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** A new phone (its own browser context) that opened `joinUrl` and pressed Join. */
export async function joinOnPhone(browser: Browser, joinUrl: string): Promise<Page> {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto(joinUrl);
  await phone.getByRole('button', { name: 'Join' }).click();
  return phone;
}

/**
 * Answers on a phone that shows "Your votes": for each question (its group's name) the
 * answer's button, checked to be pressed.
 */
export async function voteOnPhone(phone: Page, answers: Readonly<Record<string, string>>): Promise<void> {
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Your votes');
  for (const [question, answer] of Object.entries(answers)) {
    const group = phone.getByRole('group', { name: question });
    await group.getByRole('button', { name: answer }).click();
    await expect(group.getByRole('button', { name: answer })).toHaveAttribute('aria-pressed', 'true');
  }
}
