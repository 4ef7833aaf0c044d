/**
 * Alt+<key> presses the desktop button that declares it (aria-keyshortcuts="Alt+R"), when that button is shown
 * and enabled: the same key always means the same action, and screen readers announce it.
 */
export function installShortcuts(doc: Document): void {
  doc.addEventListener('keydown', (ev) => {
    if (!ev.altKey || ev.ctrlKey || ev.metaKey || ev.key.length !== 1) {
      return;
    }
    const wanted = `Alt+${ev.key.toUpperCase()}`;
    const button = [...doc.querySelectorAll<HTMLButtonElement>('button[aria-keyshortcuts]')]
      .find((b) => b.getAttribute('aria-keyshortcuts') === wanted && isUsable(b));
    if (button) {
      ev.preventDefault();
      button.click();
    }
  });
}

function isUsable(b: HTMLButtonElement): boolean {
  return !b.disabled && b.closest('[hidden]') === null && !b.hidden;
}
