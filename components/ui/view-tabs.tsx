import Link from "next/link";
// The tab styles live with the flow view's; the outline and focus pages load them through here.
import "@/app/flow-view.css";

export type DebateView = "map" | "flow" | "outline" | "focus";

const VIEWS: { view: DebateView; label: string; path: string }[] = [
  { view: "map", label: "Map", path: "" },
  { view: "flow", label: "Flow", path: "/flow" },
  { view: "outline", label: "Outline", path: "/outline" },
  { view: "focus", label: "Focus", path: "/focus" },
];

/**
 * Map | Flow | Outline | Focus: the same debate four ways, one set of tabs on every view. `node`
 * carries the argument in hand into the focus view and the map, so switching keeps one's place.
 */
export function ViewTabs({ debateId, current, node }: { debateId: string; current: DebateView; node?: string | null }) {
  const base = `/debates/${encodeURIComponent(debateId)}`;
  return (
    <nav className="view-tabs" aria-label="Debate views">
      {VIEWS.map((v) => (
        // The current view stays a link (aria-current="page"), as a screen reader expects of tabs that navigate.
        <Link
          key={v.view}
          href={`${base}${v.path}${(v.view === "focus" || v.view === "map") && node ? `?node=${encodeURIComponent(node)}` : ""}`}
          className={v.view === current ? "view-tab is-current" : "view-tab"}
          aria-current={v.view === current ? "page" : undefined}
          prefetch={false}
        >
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
