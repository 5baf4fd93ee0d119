import { describe, expect, it } from "vitest";
import { matchRank, rankConnectTargets } from "./connect-targets";

const n = (id: string, title: string, x = 0, y = 0) => ({ id, title, position: { x, y } });

describe("matchRank", () => {
  it("ranks a title starting with the query before a word starting with it before a substring", () => {
    expect(matchRank("Aid buys influence", "aid bu")).toBe(0);
    expect(matchRank("Military aid buys influence", "aid")).toBe(1);
    expect(matchRank("Said so", "aid")).toBe(2);
  });
  it("needs every word typed, in any order, ignoring case and accents", () => {
    expect(matchRank("Influence bought by aid", "AID influence")).toBe(1);
    expect(matchRank("Café policy", "cafe")).toBe(0);
    expect(matchRank("Aid buys influence", "aid costs")).toBeNull();
  });
  it("matches everything on an empty query", () => {
    expect(matchRank("Anything", "  ")).toBe(0);
  });
});

describe("rankConnectTargets", () => {
  const nodes = [
    n("src", "Training fuels extremism", 0, 0),
    n("far", "Aid buys influence", 900, 0),
    n("near", "Aid is conditioned", 100, 0),
    n("mid", "Military aid works", 300, 0),
  ];
  it("never offers the source itself and lists the rest nearest first when nothing is typed", () => {
    expect(rankConnectTargets("src", nodes, "").map((x) => x.id)).toEqual(["near", "mid", "far"]);
  });
  it("filters by the words typed and puts the best match first, then the nearest", () => {
    expect(rankConnectTargets("src", nodes, "aid").map((x) => x.id)).toEqual(["near", "far", "mid"]);
    expect(rankConnectTargets("src", nodes, "influ").map((x) => x.id)).toEqual(["far"]);
    expect(rankConnectTargets("src", nodes, "extrem")).toEqual([]);
  });
  it("caps the list", () => {
    const many = Array.from({ length: 300 }, (_, i) => n(`n${i}`, `Argument ${i}`, i, 0));
    const out = rankConnectTargets("n0", many, "argument", 20);
    expect(out).toHaveLength(20);
    expect(out[0]!.id).toBe("n1");
  });
  it("with no source offers every argument, nearest to the view centre first", () => {
    expect(rankConnectTargets(null, nodes, "", 50, { x: 850, y: 0 }).map((x) => x.id)).toEqual([
      "far",
      "mid",
      "near",
      "src",
    ]);
    expect(rankConnectTargets(null, nodes, "training").map((x) => x.id)).toEqual(["src"]);
  });
});
