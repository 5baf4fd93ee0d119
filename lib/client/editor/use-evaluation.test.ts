import { describe, expect, it } from "vitest";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { evaluationOf } from "./use-evaluation";

const node = (id: string, side: "aff" | "neg", speech: NodeDto["speech"]): NodeDto => ({
  id,
  kind: "claim",
  side,
  role: null,
  speech,
  responseType: null,
  title: id,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});

describe("evaluationOf", () => {
  const a = node("a", "aff", "1AC");
  const b = node("b", "neg", "1NC");
  const nodes = { a, b };
  const order = ["a", "b"];
  const none: Record<string, EdgeDto> = {};

  it("evaluates the store's graph once per graph identity", () => {
    const first = evaluationOf({ nodes, order, edges: none });
    expect(first.get("a")).toMatchObject({ status: "standing", dropped: true, droppedIn: "1NC" });
    expect(evaluationOf({ nodes, order, edges: none })).toBe(first);
  });

  it("recomputes as soon as the edges or the nodes change", () => {
    const before = evaluationOf({ nodes, order, edges: none });
    const edges = { e: { id: "e", source: "b", target: "a", relation: "rebuts", version: 1 } satisfies EdgeDto };
    const after = evaluationOf({ nodes, order, edges });
    expect(after).not.toBe(before);
    expect(after.get("a")).toMatchObject({ status: "refuted", dropped: false });
    const renamed = evaluationOf({ nodes: { ...nodes, b: { ...b, title: "No" } }, order, edges });
    expect(renamed.get("a")!.why).toBe("Refuted: answered by 'No' (standing), which no one answered.");
  });
});
