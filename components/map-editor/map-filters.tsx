"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { useDismiss } from "@/lib/client/use-dismiss";
import type { NodeGroupDto } from "@/lib/domain/schemas";
import { groupOutline, groupWithDescendants } from "@/lib/domain/group-tree";
import { useShallow } from "zustand/shallow";
import { STATUSES, type Status } from "@/lib/domain/evaluation";
import { NODE_KINDS, SIDES, SPEECHES } from "@/lib/domain/vocabulary";
import { useEditor } from "@/lib/client/editor/editor-context";
import { isFiltering, useMapView, type MapFilter } from "@/lib/client/editor/map-view";
import { KIND_LABEL, SIDE_LABEL } from "./labels";

function Group<K extends keyof MapFilter>({
  name,
  field,
  options,
  label,
}: {
  name: string;
  field: K;
  options: readonly NonNullable<MapFilter[K]>[number][];
  label: (v: NonNullable<MapFilter[K]>[number]) => string;
}) {
  const chosen = useMapView(useShallow((s) => (s.filter[field] ?? []) as readonly string[]));
  const setFilter = useMapView((s) => s.setFilter);
  const toggle = (v: string) =>
    setFilter({ [field]: chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v] });
  return (
    <fieldset className="filter-group">
      <legend>{name}</legend>
      {options.map((o) => (
        <label key={o} className="radio">
          <input type="checkbox" checked={chosen.includes(o)} onChange={() => toggle(o)} /> {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

/** Every tag on the map, sorted, as one list (a new array only when the tags change). */
function useMapTags(): string[] {
  const joined = useEditor((s) => {
    const all = new Set<string>();
    for (const n of Object.values(s.nodes)) for (const t of n.tags ?? []) all.add(t);
    return [...all].sort((a, b) => a.localeCompare(b)).join("\u0000");
  });
  return joined ? joined.split("\u0000") : [];
}

/** The tag choices, read from the map only while the filters are open (a big map has many nodes). */
function TagGroup() {
  const tags = useMapTags();
  return tags.length > 0 ? <Group name="Tag" field="tags" options={tags} label={(v) => `#${v}`} /> : null;
}

const GROUP_KIND: Record<NodeGroupDto["kind"], string> = {
  pocket: "Pocket",
  hat: "Hat",
  block: "Block",
  heading: "Heading",
};

/**
 * Pockets, hats, blocks and headings, as an indented list. Ticking a group ticks the groups nested
 * in it (a pocket shows its hats' and blocks' arguments); unticking takes them off again.
 */
function GroupFilter() {
  const groups = useEditor((s) => s.groups);
  const outline = useMemo(() => groupOutline(groups), [groups]);
  const chosen = useMapView(useShallow((s) => s.filter.groups ?? []));
  const setFilter = useMapView((s) => s.setFilter);
  if (outline.length === 0) return null;
  const toggle = (id: string) => {
    const family = groupWithDescendants(groups, id);
    const next = chosen.includes(id) ? chosen.filter((g) => !family.includes(g)) : [...new Set([...chosen, ...family])];
    setFilter({ groups: next });
  };
  return (
    <fieldset className="filter-group filter-groups">
      <legend>Group</legend>
      {outline.map(({ group, depth }) => (
        <label key={group.id} className="radio" style={{ paddingLeft: `${depth * 12}px` }}>
          <input type="checkbox" checked={chosen.includes(group.id)} onChange={() => toggle(group.id)} />{" "}
          <span className="muted small">{GROUP_KIND[group.kind]}</span> {group.title || "Untitled"}
        </label>
      ))}
    </fieldset>
  );
}

/** Filter the map by side, kind, speech, computed status, tag and group; hidden arguments take their edges along. */
export function MapFilters() {
  const [open, setOpen] = useState(false);
  const active = useMapView((s) => isFiltering(s.filter));
  const clear = useMapView((s) => s.clearFilter);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, root, close);
  return (
    <div className="map-filters" ref={root}>
      <button
        className={`btn${active || open ? " btn-active" : ""}`}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="Filter the map"
      >
        Filter{active ? " •" : ""}
      </button>
      {active && (
        <button className="btn btn-ghost small" onClick={clear}>
          Clear
        </button>
      )}
      {open && (
        <div className="filter-popover" role="dialog" aria-label="Filters">
          <Group name="Side" field="sides" options={SIDES} label={(v) => SIDE_LABEL[v]} />
          <Group name="Kind" field="kinds" options={NODE_KINDS} label={(v) => KIND_LABEL[v]} />
          <Group name="Status" field="statuses" options={STATUSES} label={(v: Status) => v} />
          <Group name="Speech" field="speeches" options={SPEECHES} label={(v) => v} />
          <TagGroup />
          <GroupFilter />
          <button className="btn" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}
