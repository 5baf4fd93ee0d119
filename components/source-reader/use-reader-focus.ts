"use client";
import { useEffect, type RefObject } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { findSnippet } from "@/lib/client/reader/find-snippet";
import { useReader } from "@/lib/client/reader/reader-context";
import { offsetsToRange, segmentAt } from "./dom-offsets";

const FLASH_MS = 2000;

const cardSelector = (id: string) => `[data-cards~="${CSS.escape(id)}"]`;

/** Scroll to a card's span and flash it; false when the card has no place in the text (orphaned). */
export function flashCard(root: HTMLElement, id: string): boolean {
  const els = Array.from(root.querySelectorAll<HTMLElement>(cardSelector(id)));
  if (!els.length) return false;
  els[0]!.scrollIntoView({ block: "center" });
  for (const el of els) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
    setTimeout(() => el.classList.remove("flash"), FLASH_MS);
  }
  return true;
}

/** Mark a search match with the CSS Custom Highlight API (no DOM change) and scroll to it. */
function showMatch(root: HTMLElement, start: number, end: number) {
  segmentAt(root, start)?.scrollIntoView({ block: "center" });
  const range = offsetsToRange(root, start, end);
  if (range && typeof Highlight !== "undefined" && CSS.highlights)
    CSS.highlights.set("reader-match", new Highlight(range));
}

/**
 * Bring what the reader was opened for into view once the text is rendered (a card's span, or a
 * search match), and mark the card selected on the map.
 */
export function useReaderFocus(root: RefObject<HTMLElement | null>, text: string | null, layoutKey: unknown) {
  const focus = useReader((s) => s.focus);
  const selected = useEditor((s) => s.selectedNodeId);

  useEffect(() => {
    const el = root.current;
    if (!el || text === null || !focus) return;
    if (focus.nodeId) flashCard(el, focus.nodeId);
    else if (focus.find) {
      const at = findSnippet(text, focus.find);
      if (at) showMatch(el, at.start, at.end);
    }
  }, [root, text, focus]);

  useEffect(() => () => void CSS.highlights?.delete("reader-match"), [text]);

  useEffect(() => {
    const el = root.current;
    if (!el || !selected) return;
    const els = el.querySelectorAll<HTMLElement>(cardSelector(selected));
    els.forEach((e) => e.classList.add("active"));
    return () => els.forEach((e) => e.classList.remove("active"));
  }, [root, selected, layoutKey]);
}
