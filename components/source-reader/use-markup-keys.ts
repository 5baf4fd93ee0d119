"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { MarkupLayer } from "@/lib/domain/card-markup";
import { layerForKey } from "@/lib/client/reader/card-markup-actions";
import { rangeToOffsets } from "./dom-offsets";

type Offsets = { start: number; end: number };

/**
 * F9/F10/F11 (Ctrl+F11, Shift clears) act while words inside `ref` are selected; elsewhere the
 * keys do what they did. The selection is read when the key goes down, not from a selection hook:
 * that follows `selectionchange` a frame late, and a quick select-then-F9 must not fall through to
 * the browser. `mark` may change every render; the listener always calls the latest.
 */
export function useMarkupKeys(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  mark: (layer: MarkupLayer, clear: boolean, at: Offsets) => void,
): void {
  const markRef = useRef(mark);
  useEffect(() => {
    markRef.current = mark;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const layer = layerForKey(e);
      const el = ref.current;
      const s = document.getSelection();
      if (!layer || !el || !s || s.rangeCount === 0) return;
      const at = rangeToOffsets(el, s.getRangeAt(0));
      if (!at) return;
      e.preventDefault();
      e.stopPropagation();
      markRef.current(layer, e.shiftKey, at);
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [enabled, ref]);
}
