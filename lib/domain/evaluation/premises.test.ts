import { describe, expect, it } from "vitest";
import type { EdgeDto } from "../schemas";
import type { Relation } from "../vocabulary";
import { evaluate } from "../evaluation";
import { arg } from "./__scenarios__/dsl";

let seq = 0;
const edge = (source: string, relation: Relation, target: string, position?: number): EdgeDto => ({
  id: `p${seq++}`,
  source,
  target,
  relation,
  version: 1,
  position: position ?? null,
});

// An argument A with premises p1 and p2 concluding c.
const nodes = [
  arg("p1 neutral", { title: "Premise one" }),
  arg("p2 neutral", { title: "Premise two" }),
  arg("A neutral", { kind: "argument", title: "The argument" }),
  arg("c neutral", { title: "Conclusion" }),
  arg("x neutral", { title: "Objection" }),
  arg("y neutral", { title: "Other objection" }),
];
const base = [edge("p1", "premise", "A", 1), edge("p2", "premise", "A", 2), edge("A", "supports", "c")];

describe("linked premises (premise edges)", () => {
  it("an argument whose premises all stand stands, and says so", () => {
    const ev = evaluate({ nodes, edges: base });
    expect(ev.get("A")).toMatchObject({ status: "standing" });
    expect(ev.get("A")!.why).toMatch(/all its premises 'Premise one' and 'Premise two' stand/);
  });

  it("one refuted premise takes the whole argument down (conjunctive, not several supports)", () => {
    const ev = evaluate({ nodes, edges: [...base, edge("x", "rebuts", "p2")] });
    expect(ev.get("p2")!.status).toBe("refuted");
    expect(ev.get("p1")!.status).toBe("standing");
    expect(ev.get("A")!.status).toBe("refuted");
    expect(ev.get("A")!.why).toMatch(/its premise 'Premise two' does not stand/);
  });

  it("the argument's attack on a claim falls with its premise", () => {
    const es = [edge("p1", "premise", "A", 1), edge("A", "rebuts", "c"), edge("x", "rebuts", "p1")];
    expect(evaluate({ nodes, edges: es }).get("c")!.status).toBe("standing");
    const without = [edge("p1", "premise", "A", 1), edge("A", "rebuts", "c")];
    expect(evaluate({ nodes, edges: without }).get("c")!.status).toBe("refuted");
  });

  it("a contested premise leaves the argument contested", () => {
    const es = [...base, edge("x", "rebuts", "p1"), edge("p1", "rebuts", "x")];
    const ev = evaluate({ nodes, edges: es });
    expect(ev.get("p1")!.status).toBe("contested");
    expect(ev.get("A")!.status).toBe("contested");
    expect(ev.get("A")!.why).toMatch(/its premise 'Premise one' is contested/);
  });

  it("an undercut attacks the inference itself, not its premises", () => {
    const ev = evaluate({ nodes, edges: [...base, edge("x", "undercuts", "A")] });
    expect(ev.get("A")!.status).toBe("refuted");
    expect(ev.get("p1")!.status).toBe("standing");
  });
});

describe("contradictions", () => {
  it("contradicts is an attack", () => {
    const ev = evaluate({ nodes, edges: [edge("x", "contradicts", "c")] });
    expect(ev.get("c")!.status).toBe("refuted");
    expect(ev.get("x")!.status).toBe("standing");
  });
  it("a contradiction that is itself refuted no longer counts", () => {
    const ev = evaluate({ nodes, edges: [edge("x", "contradicts", "c"), edge("y", "rebuts", "x")] });
    expect(ev.get("c")!.status).toBe("standing");
  });
});
