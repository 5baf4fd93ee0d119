import { describe, expect, it } from "vitest";
import { arg, edges } from "./__scenarios__/dsl";
import { context } from "./context";
import { extensionChains } from "./extensions";

describe("extensionChains", () => {
  it("merges a same-side extends chain under its earliest member", () => {
    const ctx = context({
      nodes: [arg("e2 aff 2AR"), arg("h aff 1AC"), arg("e1 aff 1AR")],
      edges: edges("e1=h", "e2=e1"),
    });
    const c = extensionChains(ctx);
    const h = ctx.index.get("h")!;
    expect([...ctx.nodes.keys()].map((i) => c.rep[i])).toEqual([h, h, h]);
    expect(c.members.get(h)!.map((i) => ctx.nodes[i]!.id)).toEqual(["h", "e1", "e2"]);
  });
  it("never merges across sides, nor weighing into the impact it weighs", () => {
    const ctx = context({
      nodes: [arg("h aff 1AC"), arg("n neg 1NC"), arg("w aff 2AR", { role: "weighing" })],
      edges: edges("n=h", "w=h"),
    });
    const c = extensionChains(ctx);
    expect(new Set(c.rep).size).toBe(3);
  });
});
