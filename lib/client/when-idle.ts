"use client";

/**
 * Run `fn` once the browser is idle, at most `timeoutMs` from now; returns a cancel. For what a
 * page starts on open but does not need in its first frame (the live stream, the comments): on
 * a map they otherwise run, and make the server work, while the map is still hydrating
 * (bench/open-trace.md).
 */
export function whenIdle(fn: () => void, timeoutMs = 2_000): () => void {
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(fn, 0);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(fn, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(id);
}
