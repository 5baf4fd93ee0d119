"use client";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { placeArguments } from "@/lib/client/flowsheet/flow-actions";
import { focusGrid, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { guessSides, placeWithoutSides } from "@/lib/domain/flow-sides";
import { speechesByDepth } from "@/lib/domain/speech-by-depth";
import { ATTACK_RELATIONS } from "@/lib/domain/vocabulary";
import { countOf, groupThousands } from "@/lib/domain/group-thousands";

/**
 * A map with arguments but no speeches (most imports) gets one click to put them on the flow:
 * each thread down from its root, every answer in its side's next speech. One undo step.
 * A map without sides either (Argdown, AIF…) first has its sides read from its links
 * (lib/domain/flow-sides.ts); the panel says how, what comes out and what stays unclear before
 * anything changes.
 */
export function AssignSpeeches() {
  const { total, sided } = useEditor(
    useShallow((s) => ({
      total: s.order.length,
      sided: s.order.filter((id) => s.nodes[id] && s.nodes[id].side !== "neutral").length,
    })),
  );
  if (total === 0) return null;
  return sided > 0 ? <PlaceSided count={sided} /> : <PlaceSideless total={total} />;
}

function PlaceSided({ count: n }: { count: number }) {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const canEdit = useEditor((s) => s.canEdit);
  const assign = () => {
    const s = store.getState();
    const speeches = speechesByDepth(
      s.order.map((id) => s.nodes[id]!),
      Object.values(s.edges),
    );
    if (placeArguments(store, ui, { speeches })) focusGrid();
  };
  return (
    <div className="flow-assign" data-testid="flow-assign">
      <p>This map has {countOf(n, "argument")}, none of them in a speech yet.</p>
      {canEdit ? (
        <button type="button" className="btn btn-primary" onClick={assign}>
          Place them in speeches by depth
        </button>
      ) : (
        <p className="hint">An editor can place them in speeches from here.</p>
      )}
    </div>
  );
}

function PlaceSideless({ total }: { total: number }) {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const { nodes, order, edges, canEdit } = useEditor(
    useShallow((s) => ({ nodes: s.nodes, order: s.order, edges: s.edges, canEdit: s.canEdit })),
  );
  // The preview reads the sides only (linear); the speeches are worked out on the click.
  const plan = useMemo(
    () =>
      guessSides(
        order.flatMap((id) => (nodes[id] ? [nodes[id]] : [])),
        Object.values(edges),
      ),
    [nodes, order, edges],
  );
  const name = (id: string) => `“${nodes[id]?.title || "(untitled)"}”`;
  let aff = 0;
  for (const side of plan.sides.values()) if (side === "aff") aff++;
  const neg = plan.sides.size - aff;
  // every argument given a side goes in a speech
  const placed = plan.sides.size;
  const left = total - placed;
  const [res, ...more] = plan.resolutions;
  const example = plan.against[0];
  const place = () => {
    const s = store.getState();
    const sided = placeWithoutSides(
      s.order.flatMap((id) => (s.nodes[id] ? [s.nodes[id]] : [])),
      Object.values(s.edges),
    );
    if (placeArguments(store, ui, sided)) focusGrid();
  };
  return (
    <div className="flow-assign" data-testid="flow-assign">
      <p>
        This map has {countOf(total, "argument")}, none of them with a side (Aff or Neg) or in a speech yet: they all
        wait in the Unassigned column.
      </p>
      {placed === 0 || !res ? (
        <p data-testid="flow-assign-none">
          No argument here supports or rebuts another, so their links do not tell their sides. Give arguments a side on
          the map, or start the flow below.
        </p>
      ) : (
        <>
          <p className="flow-assign-how" data-testid="flow-assign-how">
            Clash can read their sides from the links.{" "}
            {more.length === 0 ? (
              <>It takes {name(res)}, the argument answered most, as the resolution and leaves it unassigned.</>
            ) : (
              <>
                The map falls into {groupThousands(plan.resolutions.length)} separate parts; in each it takes the
                argument answered most as the resolution ({plan.resolutions.slice(0, 3).map(name).join(", ")}
                {plan.resolutions.length > 3 ? ", …" : ""}) and leaves it unassigned.
              </>
            )}{" "}
            What supports a resolution becomes Aff, what rebuts it Neg; further down, an argument takes the side
            opposite to what it rebuts and the side of what it supports. Each then goes in its side&rsquo;s first speech
            after what it answers.
          </p>
          <p className="flow-assign-result" data-testid="flow-assign-result">
            <strong>
              {groupThousands(aff)} Aff, {groupThousands(neg)} Neg
            </strong>
            {left > 0 && <>; {countOf(left, "argument stays", "arguments stay")} unassigned</>}.
          </p>
          {(plan.unclear.length > 0 || plan.against.length > 0) && (
            <ul className="flow-assign-warn" data-testid="flow-assign-warn">
              {plan.unclear.length > 0 && (
                <li>
                  {countOf(plan.unclear.length, "argument")} ({plan.unclear.slice(0, 2).map(name).join(", ")}
                  {plan.unclear.length > 2 ? ", …" : ""}) would be Aff by one link and Neg by another, so{" "}
                  {plan.unclear.length === 1 ? "it stays" : "they stay"} unassigned, with what hangs only from{" "}
                  {plan.unclear.length === 1 ? "it" : "them"}.
                </li>
              )}
              {example && (
                <li>
                  {countOf(plan.against.length, "link disagrees", "links disagree")} with these sides where the map
                  loops back on itself (for example {name(example.source)} and {name(example.target)} end up on{" "}
                  {ATTACK_RELATIONS.has(example.relation)
                    ? "the same side though one rebuts the other"
                    : "opposite sides though one supports the other"}
                  ). Check those sides on the map afterwards.
                </li>
              )}
            </ul>
          )}
          {canEdit ? (
            <>
              <button type="button" className="btn btn-primary" onClick={place}>
                Infer sides and place them by depth
              </button>
              <p className="hint">One step: Undo takes it all back.</p>
            </>
          ) : (
            <p className="hint">An editor can place them in speeches from here.</p>
          )}
        </>
      )}
    </div>
  );
}
