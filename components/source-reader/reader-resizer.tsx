"use client";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { READER_MAX_WIDTH, READER_MIN_WIDTH } from "@/lib/client/reader/reader-store";

/** The reader's left edge: drag it, or focus it and use the arrow keys, to resize the reader. */
export function ReaderResizer() {
  const reader = useReaderStore();
  const width = useReader((s) => s.width);
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const startX = e.clientX;
    const startWidth = reader.getState().width;
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => reader.getState().setWidth(startWidth + startX - ev.clientX);
    const up = () => {
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
      el.removeEventListener("pointercancel", up);
    };
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
    el.addEventListener("pointercancel", up);
  };
  return (
    <div
      className="reader-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the reader"
      tabIndex={0}
      aria-valuemin={READER_MIN_WIDTH}
      aria-valuemax={READER_MAX_WIDTH}
      aria-valuenow={width}
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft") reader.getState().setWidth(width + 40);
        if (e.key === "ArrowRight") reader.getState().setWidth(width - 40);
      }}
    />
  );
}
