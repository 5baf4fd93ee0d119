import { describe, expect, it } from "vitest";
import { corpusFiles, fixture, seedDebate } from "./__fixtures__/helpers";
import { toClashJson } from "./clash-json";
import { detectFormat } from "./detect";

describe("detectFormat", () => {
  it("recognises every corpus file by content, and by name", () => {
    for (const f of corpusFiles("argdown", ".argdown")) {
      expect(detectFormat(f.name, f.text), f.name).toBe("argdown");
      expect(detectFormat(null, f.text), f.name).toBe("argdown");
    }
    for (const f of corpusFiles("aif", ".json")) {
      expect(detectFormat(f.name, f.text), f.name).toBe("aif");
      expect(detectFormat(null, f.text), f.name).toBe("aif");
    }
    for (const f of corpusFiles("kialo", ".txt").filter((x) => !x.name.startsWith("LICENSE"))) {
      expect(detectFormat(f.name, f.text), f.name).toBe("kialo");
      expect(detectFormat(null, f.text), f.name).toBe("kialo");
    }
  });

  it("tells Clash JSON from AIF and OVA, and Kialo lines without a title", () => {
    const clash = JSON.stringify(toClashJson(seedDebate()));
    expect(detectFormat("debate.json", clash)).toBe("json");
    expect(detectFormat(null, fixture("aif-ova-small.json"))).toBe("aif");
    expect(detectFormat("x.txt", "1. Thesis\n1.1. Pro: a reason\n")).toBe("kialo");
    expect(detectFormat("notes.txt", "[A]: a statement\n  + [B]: support\n")).toBe("argdown");
    expect(detectFormat("map.ad", "just some words")).toBe("argdown");
  });

  it("recognises nothing in pathological input", () => {
    // Hostile input finishes within the test timeout; how long it takes is measured in bench/.
    expect(detectFormat(null, " ".repeat(70_000) + "\n" + "\n ".repeat(30_000))).toBeNull();
    expect(detectFormat("x.txt", "[".repeat(70_000))).toBeNull();
    expect(detectFormat("x.txt", "\t".repeat(70_000) + "x")).toBeNull();
  });

  it("returns null for what it does not know", () => {
    expect(detectFormat("data.json", '{"hello": "world"}')).toBeNull();
    expect(detectFormat("notes.txt", "Plain notes, nothing to map.")).toBeNull();
    expect(detectFormat(null, "<html><body>hi</body></html>")).toBeNull();
  });
});
