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

/** The focused element shows the focus ring a keyboard user needs (WCAG 2.4.7): it matches :focus-visible and draws an outline. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { visible: false, what: 'nothing focused' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { visible: element.matches(':focus-visible') && (outline || style.boxShadow !== 'none'), what: element.outerHTML.slice(0, 120) };
  });
  expect(focus.visible, `no visible focus ring on ${focus.what}`).toBe(true);
}
