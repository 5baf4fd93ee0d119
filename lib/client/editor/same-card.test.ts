import { describe, expect, it } from "vitest";
import type { NodeProps } from "@xyflow/react";
import type { ArgumentRfNode } from "./to-flow";
import { sameCard } from "./same-card";

const props = (over: Partial<NodeProps<ArgumentRfNode>> = {}): NodeProps<ArgumentRfNode> => ({
  id: "a",
  type: "argument",
  data: { side: "aff" },
  selected: false,
  dragging: false,
  draggable: true,
  selectable: true,
  deletable: true,
  isConnectable: true,
  zIndex: 0,
  positionAbsoluteX: 10,
  positionAbsoluteY: 20,
  width: 240,
  height: 96,
  ...over,
});

describe("sameCard", () => {
  it("ignores what React Flow's measure pass and moves change: size, position, z-index, dragging", () => {
    const before = props();
    const measured = props({ width: 252, height: 131, positionAbsoluteX: 12, zIndex: 1000, dragging: true });
    expect(sameCard(before, measured)).toBe(true);
  });

  it("draws again when the selection or the argument changes", () => {
    expect(sameCard(props(), props({ selected: true }))).toBe(false);
    expect(sameCard(props(), props({ id: "b" }))).toBe(false);
  });
});
