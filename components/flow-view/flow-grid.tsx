"use client";
import { useEffect, useMemo } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { FlowLayoutContext } from "./cell-editor";
import { ColumnHeader } from "./column-header";
import { FlowCell } from "./flow-cell";
import { cellDomId, FLOW_GRID_ID } from "@/lib/client/flowsheet/flow-ui";
import { useFlowKeys } from "./use-flow-keys";
import { useFlowLayout, useFlowRows } from "./use-flow-layout";

/**
 * The flow sheet: sticky speech headers, one row per line of a thread, every argument in its
 * speech's column. The grid holds the focus and points at the selected cell (aria-activedescendant).
 */
export function FlowGrid() {
  const layout = useFlowLayout();
  const flowRows = useFlowRows(layout);
  const { rows, visible } = flowRows;
  const onKeyDown = useFlowKeys(layout, flowRows);
  const selected = useEditor((s) => s.selectedNodeId);
  const active = selected && layout.byId.has(selected) && visible(selected) ? selected : null;

  useEffect(() => {
    if (active) document.getElementById(cellDomId(active))?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active]);

  const template = layout.columns
    .map((c) => (c.cx ? "minmax(92px, .5fr)" : c.speech ? "minmax(150px, 1fr)" : "minmax(130px, .8fr)"))
    .join(" ");
  // Threads alternate their background, so a thread reads as one band across the sheet.
  const bands = useMemo(() => {
    const out: { thread: number; from: number; to: number }[] = [];
    rows.forEach((row, i) => {
      const thread = layout.byId.get(layout.byRow[row]![0]!)!.thread;
      const last = out.at(-1);
      if (last && last.thread === thread) last.to = i + 1;
      else out.push({ thread, from: i, to: i + 1 });
    });
    return out;
  }, [rows, layout]);

  return (
    <FlowLayoutContext.Provider value={layout}>
      <div className="flow-scroll">
        <div
          id={FLOW_GRID_ID}
          role="grid"
          aria-label="Flow sheet"
          aria-colcount={layout.columns.length}
          aria-rowcount={rows.length + 1}
          aria-activedescendant={active ? cellDomId(active) : undefined}
          tabIndex={0}
          className="flow-grid"
          style={{ gridTemplateColumns: template }}
          onKeyDown={onKeyDown}
          data-testid="flow-grid"
        >
          <div role="row" aria-rowindex={1} className="flow-row">
            {layout.columns.map((c, i) => (
              <ColumnHeader key={c.key} column={c} index={i} />
            ))}
          </div>
          {bands.map((b, i) => (
            <div
              key={b.thread}
              aria-hidden
              className={`flow-band${i % 2 ? " odd" : ""}`}
              style={{ gridRow: `${b.from + 2} / ${b.to + 2}`, gridColumn: "1 / -1" }}
            />
          ))}
          {rows.length > 0 &&
            layout.columns.map((c, i) => (
              <div
                key={c.key}
                aria-hidden
                className={`flow-lane side-${c.side ?? "neutral"}`}
                style={{ gridRow: `2 / ${rows.length + 2}`, gridColumn: i + 1 }}
              />
            ))}
          {rows.map((row, i) => (
            <div role="row" key={row} aria-rowindex={i + 2} className="flow-row">
              {layout.byRow[row]!.filter(visible).map((id) => {
                const c = layout.byId.get(id)!;
                return <FlowCell key={id} id={id} row={i + 2} col={c.col + 1} cards={c.cards.join(" ")} />;
              })}
            </div>
          ))}
        </div>
      </div>
    </FlowLayoutContext.Provider>
  );
}
