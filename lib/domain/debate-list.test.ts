import { describe, expect, it } from "vitest";
import {
  compareTitles,
  debateMatches,
  debateSearchKey,
  foldText,
  formatDay,
  formatDayTime,
  localParts,
  matchesWords,
  queryWords,
  roleNote,
  sortDebates,
  utcParts,
} from "./debate-list";

const debate = (title: string, resolution = "", updatedAt = "2026-01-01T00:00:00.000Z") => ({
  title,
  resolution,
  updatedAt,
});

describe("foldText and queryWords", () => {
  it("drop case and accents", () => {
    expect(foldText("Élan VITAL à Zürich")).toBe("elan vital a zurich");
    expect(foldText("İstanbul")).toBe("istanbul");
    expect(queryWords("  Réforme   des  ")).toEqual(["reforme", "des"]);
    expect(queryWords("   ")).toEqual([]);
  });
});

describe("debateMatches", () => {
  const d = debate("Énergie nucléaire", "The State should build Reactors.");

  it("finds a debate by a word of its title or its resolution, whatever the case and accents", () => {
    expect(debateMatches(d, "nucleaire")).toBe(true);
    expect(debateMatches(d, "ÉNERGIE")).toBe(true);
    expect(debateMatches(d, "reactors")).toBe(true);
    expect(debateMatches(d, "react")).toBe(true); // as you type: part of a word is enough
  });

  it("needs every word, in any order and from either field", () => {
    expect(debateMatches(d, "reactors energie")).toBe(true);
    expect(debateMatches(d, "energie solar")).toBe(false);
  });

  it("lets an empty query match everything", () => {
    expect(debateMatches(d, "")).toBe(true);
    expect(matchesWords(debateSearchKey(d), [])).toBe(true);
  });

  it("does not match across the title and the resolution", () => {
    expect(debateMatches(debate("Solar", "power"), "solarpower")).toBe(false);
  });
});

describe("sortDebates", () => {
  const list = [
    debate("beta", "", "2026-03-01T10:00:00.000Z"),
    debate("Alpha", "", "2026-01-01T10:00:00.000Z"),
    debate("Round 10", "", "2026-02-01T10:00:00.000Z"),
    debate("Round 2", "", "2026-04-01T10:00:00.000Z"),
    debate("Álgebra", "", "2026-05-01T10:00:00.000Z"),
  ];

  it("puts the latest update first by default", () => {
    expect(sortDebates(list, "updated").map((d) => d.title)).toEqual([
      "Álgebra",
      "Round 2",
      "beta",
      "Round 10",
      "Alpha",
    ]);
  });

  it("orders titles A–Z ignoring case and accents, numbers by value", () => {
    expect(sortDebates(list, "title").map((d) => d.title)).toEqual(["Álgebra", "Alpha", "beta", "Round 2", "Round 10"]);
  });

  it("keeps the latest first among debates of the same title, and leaves its input alone", () => {
    const same = [debate("Import", "", "2026-01-01T09:00:00.000Z"), debate("Import", "", "2026-01-01T17:45:00.000Z")];
    expect(sortDebates(same, "title").map((d) => d.updatedAt)).toEqual([
      "2026-01-01T17:45:00.000Z",
      "2026-01-01T09:00:00.000Z",
    ]);
    expect(same[0]!.updatedAt).toBe("2026-01-01T09:00:00.000Z");
  });

  it("compares titles as a reader expects", () => {
    expect(compareTitles("a", "B")).toBeLessThan(0);
    expect(compareTitles("é", "E")).toBe(0);
  });
});

describe("dates", () => {
  const at = new Date("2026-12-06T17:45:09.000Z");

  it("writes the day and a 24-hour time", () => {
    expect(formatDayTime(utcParts(at))).toBe("6 Dec 2026, 17:45");
    expect(formatDay(utcParts(at))).toBe("6 Dec 2026");
    expect(formatDayTime(utcParts(new Date("2027-01-09T03:07:00.000Z")))).toBe("9 Jan 2027, 03:07");
  });

  it("reads local parts in the machine's own time zone", () => {
    const p = localParts(at);
    expect(p.day).toBe(at.getDate());
    expect(p.hour).toBe(at.getHours());
    expect(p.minute).toBe(45);
  });
});

describe("roleNote", () => {
  it("names the caller's role, and says a debate is shared only with a member", () => {
    expect(roleNote({ role: "owner" })).toBe("you are owner");
    expect(roleNote({ role: "editor", shared: true })).toBe("you are editor");
    expect(roleNote({ role: "commenter", shared: true })).toBe("you are commenter");
    expect(roleNote({ role: "viewer", shared: true })).toBe("shared with you · viewer");
    expect(roleNote({ role: "viewer" })).toBeNull(); // a public debate anyone reads
    expect(roleNote({ role: null })).toBeNull();
  });
});
