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
