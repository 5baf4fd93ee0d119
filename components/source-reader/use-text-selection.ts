"use client";
import { useEffect, useState, type RefObject } from "react";
import { rangeToOffsets } from "./dom-offsets";

/** A selection inside a rendered text: its offsets, and where its first line starts (relative to the frame element). */
export type TextSelection = {
  start: number;
  end: number;
  top: number;
  left: number;
  bottom: number;
  roomAbove: number;
};

/**
 * Follow the document selection while it lies inside `root` (mouse, keyboard or script), as text
 * offsets. Reads at most once per frame, since `selectionchange` fires on every pixel of a drag.
 */
export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  enabled: boolean,
  frame?: RefObject<HTMLElement | null>,
): TextSelection | null {
  const [sel, setSel] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let raf = 0;
    const read = () => {
      raf = 0;
      const el = root.current;
      const s = document.getSelection();
      if (!el || !s || s.rangeCount === 0) return setSel(null);
      const range = s.getRangeAt(0);
      const at = rangeToOffsets(el, range);
      if (!at) return setSel(null);
      const box = range.getBoundingClientRect();
      const first = Array.from(range.getClientRects()).find((r) => r.width > 0) ?? box;
      const f = (frame?.current ?? el).getBoundingClientRect();
      // How far the first line is below the top of the scrolling box that shows it.
      const scroller = el.closest<HTMLElement>("[data-scroller]")?.getBoundingClientRect().top ?? 0;
      const next = {
        ...at,
        top: first.top - f.top,
        left: first.left - f.left,
        bottom: box.bottom - f.top,
        roomAbove: first.top - scroller,
      };
      setSel((prev) =>
        prev &&
        prev.start === next.start &&
        prev.end === next.end &&
        prev.top === next.top &&
        prev.left === next.left &&
        prev.bottom === next.bottom
          ? prev
          : next,
      );
    };
    const onChange = () => {
      if (!raf) raf = requestAnimationFrame(read);
    };
    document.addEventListener("selectionchange", onChange);
    return () => {
      document.removeEventListener("selectionchange", onChange);
      cancelAnimationFrame(raf);
    };
  }, [root, enabled, frame]);
  return enabled ? sel : null;
}
