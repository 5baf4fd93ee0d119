import { describe, expect, it } from "vitest";
import { createEditorStore } from "@/lib/client/editor/editor-store";
import { debateOf, edge, FakeServer, flush, node } from "@/lib/client/editor/fake-server.test-helper";
import { placeWithoutSides } from "@/lib/domain/flow-sides";
import { placeArguments } from "./flow-actions";
import { createFlowUi } from "./flow-ui";

describe("placeArguments", () => {
  it("gives a side-less map its sides and speeches in one batch, one undo step", async () => {
    const nodes = [
      node("res", 0, { side: "neutral" }),
      node("a", 1, { side: "neutral" }),
      node("b", 2, { side: "neutral" }),
    ];
    const edges = [{ ...edge("e1", "a", "res"), relation: "supports" as const }, edge("e2", "b", "a")];
    const debate = debateOf(nodes, edges, 1);
    const server = new FakeServer(debate);
    server.autoAnswer = true;
    const store = createEditorStore(debate, true, server.transport);
    const ui = createFlowUi(false, null, {});
    const plan = placeWithoutSides(nodes, edges);

    expect(placeArguments(store, ui, plan)).toBe(2);
    const side = () => Object.fromEntries(Object.values(store.getState().nodes).map((n) => [n.id, [n.side, n.speech]]));
    expect(side()).toEqual({ res: ["neutral", null], a: ["aff", "1AC"], b: ["neg", "1NC"] });
    expect(ui.getState().message).toBe("Placed 2 arguments in speeches (1 Aff, 1 Neg). Undo takes it back.");
    await flush();
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]).toHaveLength(2);

    store.getState().undo();
    expect(side()).toEqual({ res: ["neutral", null], a: ["neutral", null], b: ["neutral", null] });
  });

  it("does nothing for a reader, or when there is nothing to change", () => {
    const nodes = [node("a", 0, { side: "aff", speech: "1AC" })];
    const debate = debateOf(nodes, [], 1);
    const reader = createEditorStore(debate, false, new FakeServer(debate).transport);
    const ui = createFlowUi(false, null, {});
    expect(placeArguments(reader, ui, { speeches: new Map([["a", "2AC"]]) })).toBe(0);
    const editor = createEditorStore(debate, true, new FakeServer(debate).transport);
    expect(placeArguments(editor, ui, { speeches: new Map([["a", "1AC"]]) })).toBe(0);
    expect(ui.getState().message).toBeNull();
  });
});
