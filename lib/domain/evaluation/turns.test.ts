import { describe, expect, it } from "vitest";
import { arg, edges } from "./__scenarios__/dsl";
import { context } from "./context";
import { classifyTurn } from "./turns";

const kind = (nodes: ReturnType<typeof arg>[], es: string[], id: string) => {
  const ctx = context({ nodes, edges: edges(...es) });
  return classifyTurn(ctx, ctx.index.get(id)!);
};

describe("classifyTurn", () => {
  it("a turn of offence (a DA) is real", () => {
    expect(
      kind([arg("da neg 1NC", { role: "disadvantage" }), arg("t aff 2AC", { rt: "turn" })], ["t@da"], "t")?.kind,
    ).toBe("real");
  });
  it("a no-link wired as a turn is fake, and says why", () => {
    const k = kind([arg("da neg 1NC", { role: "disadvantage" }), arg("t aff 2AC", { rt: "no-link" })], ["t@da"], "t");
    expect(k).toMatchObject({ kind: "fake" });
    expect(k?.why).toMatch(/denies rather than claims the opposite/);
  });
  it("turning a defensive answer is fake, unless it is marked a link or impact turn", () => {
    const nodes = [arg("a neg 1NC", { rt: "answer" }), arg("t aff 2AC", { rt: "turn" })];
    expect(kind(nodes, ["t@a"], "t")?.kind).toBe("fake");
    expect(kind([nodes[0]!, arg("t aff 2AC", { rt: "link-turn" })], ["t@a"], "t")?.kind).toBe("real");
  });
  it("is not a turn at all without a turn label or edge", () => {
    expect(kind([arg("da neg 1NC"), arg("t aff 2AC", { rt: "answer" })], ["t>da"], "t")).toBeNull();
  });
});
