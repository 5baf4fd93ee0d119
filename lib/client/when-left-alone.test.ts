import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { QUIET_INPUT_MS, whenLeftAlone } from "./when-left-alone";

// The page's window, as far as the helper uses it (vitest runs in Node): input listeners, timers
// (faked, with performance.now) and an idle callback that comes a task later.
const listeners = new Map<string, (e: Event) => void>();
const fire = (type: string, buttons = 1) => listeners.get(type)?.({ type, buttons } as unknown as Event);

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  vi.stubGlobal("window", {
    addEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestIdleCallback: (fn: () => void) => setTimeout(fn, 0),
    cancelIdleCallback: (id: number) => clearTimeout(id),
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenLeftAlone (deferred work waits for the page to be left alone)", () => {
  it("runs no earlier than asked, in an idle callback", () => {
    const job = vi.fn();
    whenLeftAlone(job, 3_000);
    vi.advanceTimersByTime(2_999);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(job).toHaveBeenCalledOnce();
  });

  it("waits until input has paused for QUIET_INPUT_MS; hovering is not input", () => {
    const job = vi.fn();
    whenLeftAlone(job, 1_000);
    vi.advanceTimersByTime(900);
    fire("pointerdown");
    vi.advanceTimersByTime(QUIET_INPUT_MS - 1);
    fire("pointermove", 0); // a pointer moving with no button down
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(job).toHaveBeenCalledOnce();
  });

  it("input that comes while the idle callback waits sends it back to waiting", () => {
    const job = vi.fn();
    whenLeftAlone(job);
    fire("keydown"); // after the check, before the idle callback
    vi.advanceTimersByTime(1);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_INPUT_MS);
    expect(job).toHaveBeenCalledOnce();
  });

  it("a cancelled job never runs", () => {
    const job = vi.fn();
    const cancel = whenLeftAlone(job, 500);
    vi.advanceTimersByTime(100);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(job).not.toHaveBeenCalled();
  });
});
