import { describe, expect, it } from "vitest";
import type { DebateDto, EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { revealedSpeeches } from "@/lib/domain/seminar";
import { SPEECHES } from "@/lib/domain/vocabulary";
import { createEditorStore } from "@/lib/client/editor/editor-store";
import { evaluateOnly, evaluationFor } from "@/lib/client/editor/use-evaluation";

const node = (
  id: string,
  side: "aff" | "neg",
  speech: NodeDto["speech"],
  kind: NodeDto["kind"] = "claim",
): NodeDto => ({
  id,
  kind,
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
const rebuts = (source: string, target: string): EdgeDto => ({
  id: `${source}-${target}`,
  source,
  target,
  relation: "rebuts",
  version: 1,
});

/**
 * What a projector holds with the 1NC revealed: the 1AC, two 1NC answers, and a student's answer
 * to one of them, already placed in the 2AC (where an answer to the 1NC belongs).
 */
function projector(): ReturnType<typeof createEditorStore> {
  const debate: DebateDto = {
    id: "d",
    title: "T",
    resolution: "",
    description: "",
    visibility: "private",
    ownerId: "",
    ownerName: "",
    role: "viewer",
    nodeCount: 4,
    version: 1,
    updatedAt: "",
    seq: 1,
    nodes: [
      node("plan", "aff", "1AC"),
      node("n1", "neg", "1NC", "rebuttal"),
      node("n2", "neg", "1NC", "rebuttal"),
      node("student", "aff", "2AC", "rebuttal"),
    ],
    edges: [rebuts("n1", "plan"), rebuts("n2", "plan"), rebuts("student", "n1")],
    sources: [],
  };
  return createEditorStore(debate, false);
}

describe("a seminar's statuses come from the revealed speeches only", () => {
  it("marks nothing dropped in the 2AC before the 2AC is revealed", () => {
    const store = projector();
    // The whole graph: the student's 2AC answer makes the 2AC look spoken, so n2 is "dropped".
    expect(evaluationFor(store).get("n2")).toMatchObject({ dropped: true, droppedIn: "2AC" });
    const shown = new Set<string>(revealedSpeeches(SPEECHES.indexOf("1NC")));
    evaluateOnly(store, (n) => n.speech === null || shown.has(n.speech));
    const ev = evaluationFor(store);
    expect(ev.get("n2")?.dropped).toBe(false);
    expect(ev.get("n1")?.status).not.toBe("refuted"); // the unrevealed answer does not count yet
    expect(ev.has("student")).toBe(false);
  });

  it("counts the 2AC once it is revealed", () => {
    const store = projector();
    const shown = new Set<string>(revealedSpeeches(SPEECHES.indexOf("2AC")));
    evaluateOnly(store, (n) => n.speech === null || shown.has(n.speech));
    expect(evaluationFor(store).get("n2")).toMatchObject({ dropped: true, droppedIn: "2AC" });
    expect(evaluationFor(store).get("n1")?.status).toBe("refuted");
  });
});
