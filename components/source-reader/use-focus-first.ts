"use client";
import { useEffect, type RefObject } from "react";

/**
 * Focus the first field of a form inside a modal <dialog> once it has opened. React's autoFocus
 * fires before the dialog's showModal(), which then focuses the first button (the close button).
 */
export function useFocusFirst(form: RefObject<HTMLElement | null>, selector = "input, textarea, select") {
  useEffect(() => {
    const t = setTimeout(() => form.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
    return () => clearTimeout(t);
  }, [form, selector]);
}
