import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard-only user would; fails after `limit` presses. */
export async function tabTo(page: Page, matches: (element: { id: string; href: string; text: string; label: string; tag: string }) => boolean, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        id: element?.id ?? '',
        href: element?.getAttribute('href') ?? '',
        text: element?.textContent?.trim() ?? '',
        label: element?.getAttribute('aria-label') ?? '',
        tag: element?.tagName.toLowerCase() ?? '',
      };
    });
    if (matches(focused)) return;
  }
  expect.soft(false, `nothing matching was reached with ${limit} Tab presses`).toBe(true);
  throw new Error('keyboard target not reached');
}
