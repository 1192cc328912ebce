import { expect, type Page } from '@playwright/test';

/** Page object for the facilitator window. */
export class FacilitatorPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async chooseTheme(label: string): Promise<void> {
    await this.page.getByLabel('Theme').selectOption({ label });
  }

  themeSelect() {
    return this.page.getByLabel('Theme');
  }
}

/** Page object for the workshop library and an open workshop. */
export class WorkshopPages {
  constructor(readonly page: Page) {}

  async createWorkshop(title: string): Promise<void> {
    await this.page.getByLabel('New workshop title').fill(title);
    await this.page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  saveStatus() {
    return this.page.locator('[data-save-status]');
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute('data-save-status', 'saved');
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: '← Library' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your workshops' })).toBeVisible();
  }

  /** Goes to a stage from the agenda and waits for its heading. */
  async goToStage(title: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: new RegExp(`^\\d+ ${title}`) })
      .click();
    await expect(this.page.locator('#stage-heading')).toHaveText(title);
  }

  async openFromLibrary(title: string): Promise<void> {
    await this.page.locator('.library-item__open', { hasText: title }).click();
  }

  /** On the readiness stage, checks each question's final answer (`Ownership` → `Yes`). */
  async chooseFinalAnswers(answers: Readonly<Record<string, 'Yes' | 'Partly' | 'No'>>): Promise<void> {
    for (const [label, answer] of Object.entries(answers)) {
      await this.page
        .getByRole('group', { name: new RegExp(`^${label}:`) })
        .getByRole('radio', { name: answer })
        .check();
    }
  }
}
