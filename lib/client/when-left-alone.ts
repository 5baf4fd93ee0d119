"use client";

/** Input that moves or edits the map: while it goes on, nothing deferred runs. */
const INPUT_EVENTS = ["pointerdown", "pointermove", "wheel", "keydown", "touchmove"] as const;
/** How long the page must be left alone before deferred work runs. */
export const QUIET_INPUT_MS = 1_500;

let lastInput = 0;
let tracking = false;

function onInput(e: Event) {
  // A pointer moving with no button down is only hovering: it moves nothing.
  if (e.type === "pointermove" && (e as PointerEvent).buttons === 0) return;
  lastInput = performance.now();
}

/** One set of listeners for the page's lifetime, however many deferred jobs wait on them. */
function track() {
  if (tracking) return;
  tracking = true;
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
}

/**
 * Run `job` when the page has been left alone: no earlier than `afterMs` from now, once nothing has
 * moved or edited the map for QUIET_INPUT_MS, in an idle callback (checked again there: input may
 * have come while it waited). Work the first view does not need waits here so that it never lands
 * in the first pan, click or keystroke after opening (bench/open-trace.md). Returns a cancel.
 */
export function whenLeftAlone(job: () => void, afterMs = 0): () => void {
  track();
  const notBefore = performance.now() + afterMs;
  let timer = 0;
  let idle = 0;
  const check = () => {
    const wait = Math.max(notBefore, lastInput + QUIET_INPUT_MS) - performance.now();
    if (wait > 0) timer = window.setTimeout(check, wait);
    else if ("requestIdleCallback" in window)
      idle = window.requestIdleCallback(() => (performance.now() - lastInput < QUIET_INPUT_MS ? check() : job()), {
        timeout: 5_000,
      });
    else job();
  };
  check();
  return () => {
    window.clearTimeout(timer);
    if (idle && "cancelIdleCallback" in window) window.cancelIdleCallback(idle);
  };
}
