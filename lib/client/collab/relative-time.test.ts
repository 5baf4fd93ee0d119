import { describe, expect, it } from "vitest";
import { relativeTime, timeUntil } from "./relative-time";

const now = Date.parse("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now - ms).toISOString();

describe("relativeTime", () => {
  it.each([
    [10_000, "just now"],
    [90_000, "2 min ago"],
    [3 * 3_600_000, "3 h ago"],
    [30 * 3_600_000, "yesterday"],
    [4 * 86_400_000, "4 days ago"],
  ])("%i ms ago reads %s", (ms, words) => expect(relativeTime(ago(ms), now)).toBe(words));

  it("gives the date after a week", () => {
    expect(relativeTime("2026-02-01T12:00:00Z", now)).toBe("Feb 1");
    expect(relativeTime("2025-02-01T12:00:00Z", now)).toBe("Feb 1, 2025");
  });

  it("says nothing for a bad date", () => expect(relativeTime("soon", now)).toBe(""));
});

describe("timeUntil", () => {
  it("names the time left, or never, or expired", () => {
    expect(timeUntil(null, now)).toBe("never");
    expect(timeUntil(ago(1), now)).toBe("expired");
    expect(timeUntil(new Date(now + 7 * 86_400_000).toISOString(), now)).toBe("in 7 days");
    expect(timeUntil(new Date(now + 20 * 3_600_000).toISOString(), now)).toBe("in 20 h");
  });
});
