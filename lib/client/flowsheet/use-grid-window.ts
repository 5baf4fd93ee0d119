"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { nextRowHeight, rowWindow, scrollTopForRow, type RowWindow } from "@/lib/domain/row-window";

/** Below this many rows every row is rendered: windowing only pays on big sheets. */
export const WINDOW_FROM_ROWS = 150;
// Rows rendered beyond each edge of the viewport: every one is mounted again when a jump moves the window.
const OVERSCAN = 8;
const FIRST_ESTIMATE = 48;

export type GridWindow = RowWindow & {
  windowed: boolean;
  /** scroll the sheet so that row `index` is rendered (the caller then reveals its cell) */
  reveal: (index: number) => void;
  /** spacer elements report the rendered window's height through these */
  topRef: React.RefObject<HTMLDivElement | null>;
  bottomRef: React.RefObject<HTMLDivElement | null>;
};

/**
 * The rows of the flow sheet that are in the DOM: all of them for a small sheet; for a big one the
 * rows under the scroller's viewport and a margin, between two spacers sized from the measured
 * average row height. Scrolling changes state only when the window moves by a row or more.
 */
export function useGridWindow(scroller: React.RefObject<HTMLElement | null>, count: number): GridWindow {
  const windowed = count > WINDOW_FROM_ROWS;
  const [view, setView] = useState({ scrollTop: 0, viewport: 900 });
  const [rowHeight, setRowHeight] = useState(FIRST_ESTIMATE);
  const topRef = useRef<HTMLDivElement | null>(null);
  const bottomRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((v) =>
        Math.abs(v.scrollTop - el.scrollTop) < rowHeight / 2 && v.viewport === el.clientHeight
          ? v
          : { scrollTop: el.scrollTop, viewport: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener("scroll", onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, windowed, rowHeight]);

  const win = windowed
    ? rowWindow({ count, scrollTop: view.scrollTop, viewport: view.viewport, rowHeight, overscan: OVERSCAN })
    : { first: 0, last: count - 1, padTop: 0, padBottom: 0 };

  // Measure what was rendered (the distance between the two spacers) to correct the estimate.
  useLayoutEffect(() => {
    if (!windowed || !topRef.current || !bottomRef.current) return;
    const height = bottomRef.current.offsetTop - (topRef.current.offsetTop + topRef.current.offsetHeight);
    setRowHeight((h) => nextRowHeight(h, height, win.last - win.first + 1));
  }, [windowed, win.first, win.last]);

  const reveal = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el || !windowed) return;
      el.scrollTop = scrollTopForRow(index, rowHeight, el.clientHeight);
      setView({ scrollTop: el.scrollTop, viewport: el.clientHeight });
    },
    [scroller, windowed, rowHeight],
  );

  return { ...win, windowed, reveal, topRef, bottomRef };
}
