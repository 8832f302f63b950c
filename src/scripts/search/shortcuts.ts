/**
 * `/` (outside text fields) and Ctrl/⌘+K focus the search box: the page's own box on the
 * search page, the header box everywhere else.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function searchBox(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]')
  );
}

export function installSearchShortcuts(): void {
  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    const box = searchBox();
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
