"use client";
import { useEffect, type RefObject } from "react";

/**
 * A popover's way out, as menus have it: a press outside `root` or Escape closes it. Escape gives
 * the focus back to the button that opened it (the one with `aria-expanded` in `root`) when the
 * focus was inside, so a keyboard user is not left on the page's body.
 */
export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    const esc = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const within = root.current?.contains(document.activeElement);
      close();
      if (within) root.current?.querySelector<HTMLElement>("[aria-expanded]")?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", esc);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", esc);
    };
  }, [open, root, close]);
}
