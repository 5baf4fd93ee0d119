"use client";
import { useEffect, useLayoutEffect, useRef } from "react";

/** How long typing must pause before a draft is saved. */
export const AUTOSAVE_MS = 1500;

/**
 * Save a text draft once typing pauses, and on leaving the page with it unsaved (then the browser
 * asks too). Text fields saved only on blur lost what was typed when the tab was closed or
 * reloaded from inside the field, while the map said "All changes saved". `draft` is the typed
 * text: each keystroke starts the pause again.
 */
export function useDraftAutosave(dirty: boolean, draft: string, save: () => void): void {
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => saveRef.current(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, draft]);
  useEffect(() => {
    if (!dirty) return;
    const leaving = (e: BeforeUnloadEvent) => {
      saveRef.current();
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", leaving);
    return () => window.removeEventListener("beforeunload", leaving);
  }, [dirty]);
}
