/**
 * Whether a key press is typing (in a field, an editable element or an open dialog) rather than a
 * shortcut: the one test every page's shortcuts make before acting on a key.
 */
export const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) || !!t.closest("dialog[open]"));
