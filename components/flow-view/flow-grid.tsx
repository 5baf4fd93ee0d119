"use client";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { useEvaluation } from "@/lib/client/editor/use-evaluation";
import { FlowLayoutContext } from "./cell-editor";
import { ColumnHeader } from "./column-header";
import { FlowCell } from "./flow-cell";
import { cellDomId, FLOW_GRID_ID, useFlowUi, type FlowCarry } from "@/lib/client/flowsheet/flow-ui";
import { useFlowKeys } from "./use-flow-keys";
import { FlowCommandsProvider, useFlowCommands } from "./cell-actions";
import { useFlowLayout, useFlowRows, useStatusesAfterPaint } from "./use-flow-layout";
import { useGridWindow } from "@/lib/client/flowsheet/use-grid-window";
import { unassignedAlone } from "@/lib/domain/flow-layout";

/**
 * The flow sheet: sticky speech headers, one row per line of a thread, every argument in its
 * speech's column. The grid holds the focus and points at the selected cell (aria-activedescendant).
 * A big sheet is windowed: only the rows on screen and a margin are in the DOM (see useGridWindow);
 * keys and search move the selection through the layout, and the window follows it.
 */
export function FlowGrid({ arrival = null }: { arrival?: Pick<FlowCarry, "place" | "selected"> | null }) {
  const layout = useFlowLayout();
  const flowRows = useFlowRows(layout);
  const { rows, visible } = flowRows;
  const onKeyDown = useFlowKeys(layout, flowRows);
  const commands = useFlowCommands(layout, flowRows);
  useStatusesAfterPaint();
  const { selected, nodes, canEdit } = useEditor(
    useShallow((s) => ({ selected: s.selectedNodeId, nodes: s.nodes, canEdit: s.canEdit })),
  );
  const { editing, whyOpen, statusesShown, rest } = useFlowUi(
    useShallow((s) => ({
      rest: s.rest,
      editing: s.editing,
      whyOpen: s.whyOpen,
      statusesShown: s.statusesShown,
    })),
  );
  const evaluation = useEvaluation(statusesShown);
  const active = selected && layout.byId.has(selected) && visible(selected) ? selected : null;
  const scroller = useRef<HTMLDivElement>(null);
  const unassignedOnly = unassignedAlone(layout);
  // A sheet taking over from its first threads (`arrival`) opens where the reader was on them.
  const win = useGridWindow(scroller, rows.length, arrival?.place?.rowHeight);
  const { first, last, reveal, place } = win;
  const store = useEditorStore();
  useLayoutEffect(() => {
    if (!arrival) return;
    if (arrival.place) {
      place(arrival.place.top, arrival.place.offset);
      if (scroller.current) scroller.current.scrollLeft = arrival.place.scrollLeft;
    }
    // The selection comes back where it was, without scrolling to it: the reader may have scrolled away.
    if (arrival.selected && store.getState().nodes[arrival.selected]) {
      carried.current = arrival.selected;
      store.getState().select(arrival.selected);
    }
    // Once, as the sheet mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The keyboard starts on the sheet (arrows, W, Enter at once) unless it is already somewhere of
  // the reader's own: on nothing, or on the view tab that brought them here, the sheet's keys did
  // nothing until a click, and Tab took 23 steps to reach it.
  useEffect(() => {
    const at = document.activeElement;
    if (!at || at === document.body || at.closest(".view-tabs"))
      document.getElementById(FLOW_GRID_ID)?.focus({ preventScroll: true });
  }, []);

  // A narrow screen opens an unplaced import on its Unassigned column, the one with arguments
  // (it is the last; the empty speeches before it would fill the screen).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (unassignedOnly && !arrival?.place && el && el.scrollWidth > el.clientWidth) el.scrollLeft = el.scrollWidth;
    // When the sheet turns to holding only unassigned arguments, not at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unassignedOnly]);

  // Bring a newly selected cell into view once; when its row is outside the window, scroll the
  // window there first and finish when the row has rendered.
  const pending = useRef<string | null>(null);
  const carried = useRef<string | null>(null);
  useEffect(() => {
    if (active && active === carried.current) {
      carried.current = null;
      pending.current = null;
    } else pending.current = active;
  }, [active]);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    const el = document.getElementById(cellDomId(id));
    if (el) {
      pending.current = null;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      return;
    }
    const index = flowRows.rowIndex.get(layout.byId.get(id)?.row ?? -1);
    if (index !== undefined && (index < first || index > last)) reveal(index);
  }, [active, first, last, reveal, flowRows.rowIndex, layout]);

  // Each column is at least as wide as its header says (flow-view.css) and as its longest word, so
  // words wrap whole. While only the Unassigned column holds arguments (an import not placed yet),
  // the empty speeches narrow and it takes the room.
  const template = layout.columns
    .map((c) =>
      c.cx
        ? "minmax(min-content, .5fr)"
        : c.speech
          ? `minmax(min-content, ${unassignedOnly ? ".5fr" : "1fr"})`
          : `minmax(min-content, ${unassignedOnly ? "4fr" : ".8fr"})`,
    )
    .join(" ");
  // Threads alternate their background, so a thread reads as one band across the sheet.
  // Rendered rows sit after the header, and for a windowed sheet after the top spacer too.
  const offset = win.windowed ? 3 : 2;
  const shown = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const bands = useMemo(() => {
    const out: { thread: number; from: number; to: number }[] = [];
    shown.forEach((row, i) => {
      const thread = layout.byId.get(layout.byRow[row]![0]!)!.thread;
      const prev = out.at(-1);
      if (prev && prev.thread === thread) prev.to = i + 1;
      else out.push({ thread, from: i, to: i + 1 });
    });
    return out;
  }, [shown, layout]);
  const endRow = offset + shown.length + (win.windowed ? 1 : 0);

  return (
    <FlowLayoutContext.Provider value={layout}>
      <FlowCommandsProvider value={commands}>
        <div className="flow-scroll" ref={scroller}>
          <div
            id={FLOW_GRID_ID}
            role="grid"
            aria-label="Flow sheet"
            aria-colcount={layout.columns.length}
            // the first threads of a big debate: the whole sheet's rows are counted, and it is still loading
            aria-rowcount={(rest ? Math.max(rest.rows, rows.length) : rows.length) + 1}
            aria-busy={rest ? true : undefined}
            aria-activedescendant={active ? cellDomId(active) : undefined}
            tabIndex={0}
            className={`flow-grid${win.windowed ? " is-windowed" : ""}${unassignedOnly ? " is-unassigned-only" : ""}`}
            style={{ gridTemplateColumns: template }}
            onKeyDown={onKeyDown}
            data-testid="flow-grid"
          >
            <div role="row" aria-rowindex={1} className="flow-row">
              {layout.columns.map((c, i) => (
                <ColumnHeader key={c.key} column={c} index={i} />
              ))}
            </div>
            {win.windowed && (
              <div
                ref={win.topRef}
                aria-hidden
                className="flow-spacer"
                style={{ gridRow: 2, gridColumn: "1 / -1", height: win.padTop }}
              />
            )}
            {bands.map((b) => (
              <div
                key={b.thread}
                aria-hidden
                className={`flow-band${b.thread % 2 ? " odd" : ""}`}
                style={{ gridRow: `${b.from + offset} / ${b.to + offset}`, gridColumn: "1 / -1" }}
              />
            ))}
            {rows.length > 0 &&
              layout.columns.map((c, i) => (
                <div
                  key={c.key}
                  aria-hidden
                  className={`flow-lane side-${c.side ?? "neutral"}`}
                  style={{ gridRow: `2 / ${endRow + 1}`, gridColumn: i + 1 }}
                />
              ))}
            {shown.map((row, i) => (
              <div role="row" key={row} aria-rowindex={first + i + 2} className="flow-row">
                {layout.byRow[row]!.filter(visible).map((id) => {
                  const c = layout.byId.get(id)!;
                  const draft = editing?.draft && editing.id === id ? editing.draft.node : null;
                  const node = nodes[id] ?? draft;
                  if (!node) return null;
                  return (
                    <FlowCell
                      key={id}
                      id={id}
                      row={i + offset}
                      col={c.col + 1}
                      cards={c.cards.join(" ")}
                      node={node}
                      draft={!nodes[id]}
                      ev={evaluation.get(id)}
                      statusesShown={statusesShown}
                      selected={id === selected}
                      editing={editing?.id === id}
                      whyOpen={whyOpen === id}
                      canEdit={canEdit}
                    />
                  );
                })}
              </div>
            ))}
            {win.windowed && (
              <div
                ref={win.bottomRef}
                aria-hidden
                className="flow-spacer"
                style={{ gridRow: endRow, gridColumn: "1 / -1", height: win.padBottom }}
              />
            )}
          </div>
        </div>
      </FlowCommandsProvider>
    </FlowLayoutContext.Provider>
  );
}
