"use client";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { addArgument } from "@/lib/client/editor/node-actions";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";
import { dropLabel, STATUS_MARK } from "@/lib/domain/evaluation";
import { quotedTitle } from "@/lib/domain/argument-names";
import { KIND_LABEL, SIDE_LABEL } from "@/components/map-editor/labels";
import { ViewTabs } from "@/components/ui/view-tabs";
import { useOutline, type OutlineItem } from "./use-outline";
import "@/app/outline.css";

/**
 * The whole map as a WAI-ARIA tree: one item per argument at its depth, named with its side,
 * kind, status and how it meets its parent. Arrows move (Right opens or goes in, Left closes or
 * goes out), Home/End jump, F2 or Enter renames, A adds an answer, Space opens it in focus mode.
 * Only the active item is in the tab order (roving tabindex), as the tree pattern asks.
 */
export function OutlineView({ debateId, title }: { debateId: string; title: string }) {
  const store = useEditorStore();
  const canEdit = useEditor((s) => s.canEdit);
  const items = useOutline();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const tree = useRef<HTMLUListElement>(null);

  // What shows: items whose ancestors are all open.
  const visible = useMemo(() => {
    const out: OutlineItem[] = [];
    let hideBelow = Infinity;
    for (const it of items) {
      if (it.level > hideBelow) continue;
      hideBelow = Infinity;
      out.push(it);
      if (it.hasChildren && collapsed.has(it.id)) hideBelow = it.level;
    }
    return out;
  }, [items, collapsed]);
  const current = active && visible.some((v) => v.id === active) ? active : (visible[0]?.id ?? null);

  const focusItem = useCallback((id: string) => {
    setActive(id);
    const find = () => tree.current?.querySelector<HTMLElement>(`[data-outline-id="${CSS.escape(id)}"]`);
    // Focus at once when the item is on screen, so the next key already goes to it; an item that
    // is not rendered yet (just added or opened) takes the focus on the next frame.
    const el = find();
    if (el) el.focus();
    else requestAnimationFrame(() => find()?.focus());
  }, []);

  const addAnswer = (id: string) => {
    store.getState().select(id);
    const made = addArgument(store, null, "rebuttal");
    if (!made) return;
    setCollapsed((c) => {
      const next = new Set(c);
      next.delete(id);
      return next;
    });
    setActive(made);
    setEditing(made);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing || !current || e.ctrlKey || e.metaKey || e.altKey) return;
    const i = visible.findIndex((v) => v.id === current);
    const it = visible[i];
    if (!it) return;
    const open = (id: string, on: boolean) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (on) next.delete(id);
        else next.add(id);
        return next;
      });
    let handled = true;
    switch (e.key) {
      case "ArrowDown":
        if (visible[i + 1]) focusItem(visible[i + 1]!.id);
        break;
      case "ArrowUp":
        if (i > 0) focusItem(visible[i - 1]!.id);
        break;
      case "ArrowRight":
        if (it.hasChildren && collapsed.has(it.id)) open(it.id, true);
        else if (it.hasChildren && visible[i + 1]) focusItem(visible[i + 1]!.id);
        break;
      case "ArrowLeft":
        if (it.hasChildren && !collapsed.has(it.id)) open(it.id, false);
        else if (it.parent) focusItem(it.parent);
        break;
      case "Home":
        if (visible[0]) focusItem(visible[0].id);
        break;
      case "End":
        if (visible.length) focusItem(visible[visible.length - 1]!.id);
        break;
      case "F2":
      case "Enter":
        if (canEdit) setEditing(it.id);
        break;
      case "a":
      case "A":
        if (canEdit) addAnswer(it.id);
        break;
      case " ":
        window.location.assign(`/debates/${encodeURIComponent(debateId)}/focus?node=${encodeURIComponent(it.id)}`);
        break;
      case "*":
        // Expand every sibling, as the tree pattern suggests.
        setCollapsed((c) => {
          const next = new Set(c);
          for (const v of items) if (v.parent === it.parent) next.delete(v.id);
          return next;
        });
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <div className="outline-view">
      <div className="outline-toolbar">
        <ViewTabs debateId={debateId} current="outline" node={current} />
        <p className="muted small outline-help keys-hint" id="outline-help">
          Arrows move, Right/Left open and close, {canEdit ? "F2 or Enter renames, A adds an answer, " : ""}Space opens
          the argument in focus mode.
        </p>
      </div>
      <main className="outline-main" id="outline-main" tabIndex={-1}>
        <h2 className="outline-title">{title}</h2>
        {visible.length === 0 ? (
          <p className="muted">No arguments yet.</p>
        ) : (
          <ul
            ref={tree}
            id="outline-tree"
            role="tree"
            aria-label={`Outline of ${title}`}
            aria-describedby="outline-help"
            className="outline-tree"
            data-testid="outline-tree"
            onKeyDown={onKeyDown}
          >
            {visible.map((it) => (
              <OutlineRowView
                key={it.id}
                item={it}
                active={it.id === current}
                expanded={it.hasChildren ? !collapsed.has(it.id) : undefined}
                editing={editing === it.id}
                onActivate={setActive}
                onToggle={(id) =>
                  setCollapsed((c) => {
                    const next = new Set(c);
                    if (next.has(id)) next.delete(id);
                    else next.add(id);
                    return next;
                  })
                }
                onDoneEditing={(id) => {
                  setEditing(null);
                  focusItem(id);
                }}
              />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}

const OutlineRowView = memo(function OutlineRowView({
  item,
  active,
  expanded,
  editing,
  onActivate,
  onToggle,
  onDoneEditing,
}: {
  item: OutlineItem;
  active: boolean;
  expanded: boolean | undefined;
  editing: boolean;
  onActivate: (id: string) => void;
  onToggle: (id: string) => void;
  onDoneEditing: (id: string) => void;
}) {
  const n = useEditor((s) => s.nodes[item.id]);
  const parentTitle = useEditor((s) => (item.parent ? s.nodes[item.parent]?.title : undefined));
  const ev = useNodeEvaluation(item.id);
  if (!n) return null;
  return (
    <li
      role="treeitem"
      aria-level={item.level}
      aria-posinset={item.posInSet}
      aria-setsize={item.setSize}
      aria-expanded={expanded}
      aria-selected={active}
      aria-label={item.name}
      tabIndex={active ? 0 : -1}
      data-outline-id={item.id}
      data-testid="outline-item"
      className={`outline-item side-${n.side}${active ? " is-active" : ""}`}
      style={{ paddingLeft: `${(item.level - 1) * 1.5 + 0.5}rem` }}
      onFocus={(e) => e.target === e.currentTarget && onActivate(item.id)}
      onClick={() => onActivate(item.id)}
    >
      <span
        className="outline-twisty"
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (expanded !== undefined) onToggle(item.id);
        }}
      >
        {expanded === undefined ? "·" : expanded ? "▾" : "▸"}
      </span>
      <span className={`badge side-badge side-${n.side}`} aria-hidden="true">
        {SIDE_LABEL[n.side]}
      </span>
      <span className="badge kind-badge" aria-hidden="true">
        {KIND_LABEL[n.kind]}
      </span>
      {ev && (
        <span className={`badge status-badge status-${ev.status}`} aria-hidden="true">
          {STATUS_MARK[ev.status]} {ev.status}
        </span>
      )}
      {ev?.dropped && (
        <span className="badge dropped-badge" aria-hidden="true">
          {dropLabel(ev)}
        </span>
      )}
      {editing ? (
        <RenameField id={item.id} onDone={() => onDoneEditing(item.id)} />
      ) : (
        <span className="outline-item-title" aria-hidden="true">
          {n.title || "Untitled"}
        </span>
      )}
      {item.relation && (
        <span className="outline-relation muted small" aria-hidden="true">
          {item.relation} {quotedTitle(parentTitle)}
        </span>
      )}
    </li>
  );
});

/** Rename in place: Enter saves, Esc cancels; either way the keyboard goes back to the item. */
function RenameField({ id, onDone }: { id: string; onDone: () => void }) {
  const store = useEditorStore();
  const start = useEditor((s) => s.nodes[id]?.title ?? "");
  const [value, setValue] = useState(start);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const save = () => {
    const n = store.getState().nodes[id];
    const title = value.trim();
    if (n && title !== n.title)
      store.getState().commit([{ op: "updateNode", id, version: n.version, patch: { title } }]);
  };
  return (
    <input
      ref={ref}
      className="outline-rename"
      aria-label="Title"
      data-testid="outline-rename"
      value={value}
      maxLength={500}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") {
          e.preventDefault();
          save();
          onDone();
        } else if (e.key === "Escape") {
          e.preventDefault();
          onDone();
        }
      }}
      onBlur={() => {
        save();
        onDone();
      }}
    />
  );
}
