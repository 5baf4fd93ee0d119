import { describe, expect, it } from "vitest";
import { navIndex, navigate, outlineRows, pathToRoot } from "./map-navigation";

const node = (id: string, x: number, y: number) => ({ id, position: { x, y } });
// res ← a1, a2 (a2 below a1); a1 ← r1, r2; r2 ← e1. a2 also answers nothing else.
const nodes = [
  node("res", 0, 0),
  node("a2", 400, 300),
  node("a1", 400, 0),
  node("r2", 800, 200),
  node("r1", 800, 0),
  node("e1", 1200, 200),
  node("lone", 0, 900),
];
const edges = [
  { source: "a1", target: "res" },
  { source: "a2", target: "res" },
  { source: "r1", target: "a1" },
  { source: "r2", target: "a1" },
  { source: "e1", target: "r2" },
];
const idx = navIndex(nodes, edges);

describe("navigate", () => {
  it("goes to what an argument answers and to its first answer on screen", () => {
    expect(navigate(idx, "r2", "parent")).toBe("a1");
    expect(navigate(idx, "res", "child")).toBe("a1");
    expect(navigate(idx, "a1", "child")).toBe("r1");
    expect(navigate(idx, "e1", "child")).toBeNull();
    expect(navigate(idx, "res", "parent")).toBeNull();
  });

  it("steps through siblings top to bottom, stopping at the ends", () => {
    expect(navigate(idx, "a1", "next")).toBe("a2");
    expect(navigate(idx, "a2", "previous")).toBe("a1");
    expect(navigate(idx, "a2", "next")).toBeNull();
    expect(navigate(idx, "r1", "previous")).toBeNull();
  });

  it("treats the arguments that answer nothing as siblings", () => {
    expect(navigate(idx, "res", "next")).toBe("lone");
    expect(navigate(idx, "lone", "previous")).toBe("res");
  });

  it("keeps to the branch the user came from when an argument answers two others", () => {
    const two = navIndex(
      [node("p", 0, 0), node("q", 0, 500), node("x", 400, 0), node("y", 400, 100), node("z", 400, 600)],
      [
        { source: "x", target: "p" },
        { source: "y", target: "p" },
        { source: "y", target: "q" },
        { source: "z", target: "q" },
      ],
    );
    expect(navigate(two, "y", "parent")).toBe("p");
    expect(navigate(two, "y", "parent", "q")).toBe("q");
    expect(navigate(two, "y", "next", "q")).toBe("z");
    expect(navigate(two, "y", "next", "p")).toBeNull();
    expect(navigate(two, "y", "previous", "p")).toBe("x");
  });

  it("ignores connections to missing arguments and self-loops", () => {
    const i = navIndex(
      [node("a", 0, 0)],
      [
        { source: "a", target: "gone" },
        { source: "a", target: "a" },
      ],
    );
    expect(navigate(i, "a", "parent")).toBeNull();
    expect(i.roots).toEqual(["a"]);
  });
});

describe("pathToRoot", () => {
  it("lists the arguments from the root down", () => {
    expect(pathToRoot(idx, "e1")).toEqual(["res", "a1", "r2", "e1"]);
    expect(pathToRoot(idx, "res")).toEqual(["res"]);
  });

  it("stops on a cycle", () => {
    const c = navIndex(
      [node("a", 0, 0), node("b", 1, 1)],
      [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
      ],
    );
    expect(pathToRoot(c, "a")).toEqual(["b", "a"]);
  });
});

describe("outlineRows", () => {
  it("lists every argument once, depth first, with ARIA levels and positions", () => {
    const rows = outlineRows(
      idx,
      nodes.map((n) => n.id),
    );
    expect(rows.map((r) => [r.id, r.level, r.posInSet, r.setSize])).toEqual([
      ["res", 1, 1, 2],
      ["a1", 2, 1, 2],
      ["r1", 3, 1, 2],
      ["r2", 3, 2, 2],
      ["e1", 4, 1, 1],
      ["a2", 2, 2, 2],
      ["lone", 1, 2, 2],
    ]);
    expect(rows.find((r) => r.id === "e1")?.parent).toBe("r2");
  });

  it("breaks a cycle into a branch so no argument is lost", () => {
    const c = navIndex(
      [node("a", 0, 0), node("b", 1, 1)],
      [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
      ],
    );
    const rows = outlineRows(c, ["a", "b"]);
    expect(rows.map((r) => r.id).sort()).toEqual(["a", "b"]);
    expect(rows[0]).toMatchObject({ level: 1, posInSet: 1, setSize: 1 });
  });
});
