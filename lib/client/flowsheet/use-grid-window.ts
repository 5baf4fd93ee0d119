"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { nextRowHeight, rowWindow, scrollTopForRow, type RowWindow } from "@/lib/domain/row-window";

/** Where a sheet's rows start to show in its scroller, in viewport coordinates: below the sticky speech headers. */
export function viewTop(scroller: HTMLElement): number {
  return scroller.getBoundingClientRect().top + headerHeight(scroller);
}

export function headerHeight(scroller: HTMLElement): number {
  return scroller.querySelector('[role="columnheader"]')?.getBoundingClientRect().height ?? 0;
}

/** Below this many rows every row is rendered: windowing only pays on big sheets. */
export const WINDOW_FROM_ROWS = 150;
// Rows rendered beyond each edge of the viewport, so a scroll finds them already there.
const OVERSCAN = 8;
// After a jump (a key or a search moved the selection out of the window), every rendered row is
// new: only the viewport and a row or two are mounted, which keeps the step short (each row
// mounted is React, style, layout and paint), and the margin follows once the keys are quiet.
const JUMP_OVERSCAN = 2;
const MARGIN_AFTER_MS = 250;
const FIRST_ESTIMATE = 48;

export type GridWindow = RowWindow & {
  windowed: boolean;
  /** scroll the sheet so that row `index` is rendered (the caller then reveals its cell) */
  reveal: (index: number) => void;
  /** scroll the sheet so that row `index` is at the top of the view, `offset` pixels into it */
  place: (index: number, offset: number) => void;
  /** spacer elements report the rendered window's height through these */
  topRef: React.RefObject<HTMLDivElement | null>;
  bottomRef: React.RefObject<HTMLDivElement | null>;
};

/**
 * The rows of the flow sheet that are in the DOM: all of them for a small sheet; for a big one the
 * rows under the scroller's viewport and a margin, between two spacers sized from the measured
 * average row height. Scrolling changes state only when the window moves by a row or more.
 */
export function useGridWindow(
  scroller: React.RefObject<HTMLElement | null>,
  count: number,
  /** the rows' average height where it is known (a sheet taking over from its first threads) */
  estimate?: number,
): GridWindow {
  const windowed = count > WINDOW_FROM_ROWS;
  const [view, setView] = useState({ scrollTop: 0, viewport: 900 });
  const [rowHeight, setRowHeight] = useState(() => (estimate && estimate > 0 ? estimate : FIRST_ESTIMATE));
  const pin = useRef<{ index: number; offset: number } | null>(null);
  // Jumps since the margin was last whole (0: none): each one restarts the wait for it.
  const [jumps, setJumps] = useState(0);
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

  useEffect(() => {
    if (!jumps) return;
    const timer = setTimeout(() => setJumps(0), MARGIN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [jumps]);

  const overscan = jumps ? JUMP_OVERSCAN : OVERSCAN;
  const win = windowed
    ? rowWindow({ count, scrollTop: view.scrollTop, viewport: view.viewport, rowHeight, overscan })
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
      setJumps((j) => j + 1);
    },
    [scroller, windowed, rowHeight],
  );

  const place = useCallback(
    (index: number, offset: number) => {
      const el = scroller.current;
      if (!el) return;
      pin.current = { index, offset };
      if (!windowed) return;
      el.scrollTop = index * rowHeight + offset;
      setView({ scrollTop: el.scrollTop, viewport: el.clientHeight });
    },
    [scroller, windowed, rowHeight],
  );

  // Once the placed row is rendered, the view is moved by what the estimate missed, so that row
  // sits exactly where it was asked to.
  useLayoutEffect(() => {
    const p = pin.current;
    const el = scroller.current;
    if (!p || !el) return;
    const cell = el.querySelector(`[role="row"][aria-rowindex="${p.index + 2}"] > [role="gridcell"]`);
    if (!cell) return;
    pin.current = null;
    el.scrollTop += cell.getBoundingClientRect().top - viewTop(el) + p.offset;
  });

  return { ...win, windowed, reveal, place, topRef, bottomRef };
}
