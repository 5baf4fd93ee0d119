import { describe, expect, it } from "vitest";
import { loadLiveEventParser } from "./live-event-parser";
import { parseLiveEvent } from "@/lib/domain/changes-wire";

describe("loadLiveEventParser", () => {
  it("loads the change events' parser once and hands the same one to every caller", async () => {
    const first = loadLiveEventParser();
    expect(loadLiveEventParser()).toBe(first);
    expect(await first).toBe(parseLiveEvent);
    expect((await first)("{oops")).toBeNull();
  });
});
