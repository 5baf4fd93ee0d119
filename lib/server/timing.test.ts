import { describe, expect, it } from "vitest";
import { mark, serverTiming, timed } from "./timing";

describe("server timing", () => {
  it("names each phase of a timed request, then the rest and the total", async () => {
    const header = await timed(true, async () => {
      mark("session");
      await new Promise((r) => setTimeout(r, 5));
      mark("write");
      return serverTiming();
    });
    const names = header!.split(", ").map((p) => p.split(";")[0]);
    expect(names).toEqual(["session", "write", "rest", "total"]);
    const write = Number(/write;dur=([\d.]+)/.exec(header!)![1]);
    const total = Number(/total;dur=([\d.]+)/.exec(header!)![1]);
    expect(write).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(write);
  });

  it("says nothing when timing is off, and concurrent requests keep their own phases", async () => {
    expect(await timed(false, async () => (mark("session"), serverTiming()))).toBeNull();
    const [a, b] = await Promise.all([
      timed(true, async () => (mark("a"), await Promise.resolve(), serverTiming())),
      timed(true, async () => (mark("b"), await Promise.resolve(), serverTiming())),
    ]);
    expect(a).toMatch(/^a;dur=/);
    expect(b).toMatch(/^b;dur=/);
  });
});
