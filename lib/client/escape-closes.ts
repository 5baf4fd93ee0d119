"use client";
import type { KeyboardEvent } from "react";

/**
 * Escape in a side panel closes it and gives the focus back to the toolbar button that opens it
 * (marked `data-panel-toggle`); the map's own Escape (clear the selection) does not run as well.
 */
export function escapeCloses(close: () => void, toggle: string) {
  return (e: KeyboardEvent) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    e.stopPropagation();
    close();
    document.querySelector<HTMLElement>(`[data-panel-toggle="${toggle}"]`)?.focus();
  };
}
