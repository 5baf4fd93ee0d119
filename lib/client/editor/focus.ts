"use client";

/** The DOM element of one argument on the canvas (React Flow's wrapper, which takes focus). */
export function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/**
 * Run `fn` on the element `find` returns once React has rendered it: a new argument's inspector
 * or node appears a frame or two after the commit that creates it. Gives up after ~1 s.
 */
function whenRendered<T extends HTMLElement>(find: () => T | null, fn: (el: T) => void, frames = 60): void {
  const el = find();
  if (el) fn(el);
  else if (frames > 0) requestAnimationFrame(() => whenRendered(find, fn, frames - 1));
}

/** Put the caret in the inspector's title of argument `id`, its text selected so typing replaces it. */
export function focusTitle(id: string): void {
  whenRendered(
    () =>
      document.querySelector<HTMLTextAreaElement>(
        `.inspector [data-inspected-id="${CSS.escape(id)}"] [data-testid="inspector-title"]`,
      ),
    (el) => {
      el.focus();
      el.select();
    },
  );
}

/** Move keyboard focus to argument `id` on the canvas (it may still be mounting). */
export function focusNode(id: string): void {
  whenRendered(
    () => nodeElement(id),
    (el) => el.focus({ preventScroll: true }),
  );
}
