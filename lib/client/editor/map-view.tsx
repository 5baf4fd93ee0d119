"use client";
import { createStoreContext } from "@/lib/client/store-context";
import { createStore } from "zustand/vanilla";
import { focusTitle } from "./focus";
import { readStored, writeStored } from "@/lib/client/stored";
import type { Status } from "@/lib/domain/evaluation";
import type { NodeKind, Side, Speech } from "@/lib/domain/vocabulary";

/** What the map shows: filters and panels. View state only, never persisted with the debate. */
export type MapFilter = {
  sides: Side[];
  kinds: NodeKind[];
  speeches: Speech[];
  statuses: Status[];
  /** the user's tags (Argdown #tags, imported keywords): a node passes with any of them */
  tags?: string[];
  /** pockets, hats, blocks and headings (a group's nested groups are listed with it): any of them */
  groups?: string[];
};
export type MapViewState = {
  filter: MapFilter;
  ballotOpen: boolean;
  /** the right-hand panel (inspector): hidden, it leaves the canvas its width (I, or its rail's button) */
  inspectorOpen: boolean;
  /** a long operation in progress (e.g. laying out a big map), said to the user */
  busy: string | null;
  setBusy: (message: string | null) => void;
  setFilter: (f: Partial<MapFilter>) => void;
  clearFilter: () => void;
  toggleBallot: () => void;
  setInspectorOpen: (open: boolean) => void;
  /** Below 720 px, where the panel lies over the map: give the map back (remembering nothing). */
  hideInspectorOverMap: () => void;
  toggleInspector: () => void;
  /** put the caret in argument `id`'s title, in the panel (shown if hidden: the title is typed there) */
  editTitle: (id: string) => void;
};

const EMPTY: MapFilter = { sides: [], kinds: [], speeches: [], statuses: [], tags: [], groups: [] };

/** True when a node passes the filter (an empty list means "any"). */
export function passes(
  f: MapFilter,
  n: { side: Side; kind: NodeKind; speech: Speech | null; tags?: string[]; groupId?: string | null },
  status: Status | undefined,
): boolean {
  const tags = f.tags ?? [];
  const groups = f.groups ?? [];
  return (
    (tags.length === 0 || (n.tags ?? []).some((t) => tags.includes(t))) &&
    (groups.length === 0 || (!!n.groupId && groups.includes(n.groupId))) &&
    (f.sides.length === 0 || f.sides.includes(n.side)) &&
    (f.kinds.length === 0 || f.kinds.includes(n.kind)) &&
    (f.speeches.length === 0 || (n.speech !== null && f.speeches.includes(n.speech))) &&
    (f.statuses.length === 0 || (status !== undefined && f.statuses.includes(status)))
  );
}

export const isFiltering = (f: MapFilter) =>
  f.sides.length +
    f.kinds.length +
    f.speeches.length +
    f.statuses.length +
    (f.tags?.length ?? 0) +
    (f.groups?.length ?? 0) >
  0;

// Whether the person hid the panel, remembered in this browser (as the overview dock is). The map
// editor renders on the client only (after its graph arrives), so the store may read it at once.
// Until they choose, a phone's width starts with it hidden: there it opens over the map.
const INSPECTOR_KEY = "clash:inspector";
const NARROW = "(max-width: 720px)";

/**
 * The panel's first state: the person's last choice in this browser, else open unless the window
 * is narrow. On the server (the seminar's pages render the map's providers there) it is open.
 */
export function inspectorStartsOpen(): boolean {
  const stored = readStored(INSPECTOR_KEY);
  if (stored) return stored !== "closed";
  return typeof window === "undefined" || !window.matchMedia?.(NARROW)?.matches;
}

function createMapViewStore() {
  return createStore<MapViewState>()((set, get) => ({
    filter: EMPTY,
    ballotOpen: false,
    inspectorOpen: inspectorStartsOpen(),
    busy: null,
    setBusy: (busy) => set({ busy }),
    setFilter: (f) => set((s) => ({ filter: { ...s.filter, ...f } })),
    clearFilter: () => set({ filter: EMPTY }),
    toggleBallot: () => set((s) => ({ ballotOpen: !s.ballotOpen })),
    setInspectorOpen: (inspectorOpen) => {
      set({ inspectorOpen });
      writeStored(INSPECTOR_KEY, inspectorOpen ? "open" : "closed");
    },
    toggleInspector: () => get().setInspectorOpen(!get().inspectorOpen),
    hideInspectorOverMap: () => {
      if (typeof window !== "undefined" && window.matchMedia?.(NARROW)?.matches) set({ inspectorOpen: false });
    },
    editTitle: (id) => {
      get().setInspectorOpen(true);
      focusTitle(id);
    },
  }));
}

const mapView = createStoreContext<MapViewState>("MapView");

export function MapViewProvider({ children }: { children: React.ReactNode }) {
  return <mapView.Provider create={createMapViewStore}>{children}</mapView.Provider>;
}

export const useMapView = mapView.useSelect;
