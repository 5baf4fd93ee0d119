"use client";
import { memo } from "react";
import { useShallow } from "zustand/shallow";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase() || "?";
// A stable colour per person, so the same collaborator looks the same everywhere.
const hue = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);

const MAX_FACES = 4;

/** Who else has the debate open, and whether live updates are flowing. */
function PresenceBarImpl() {
  const people = useEditor(useShallow((s) => s.presence));
  const live = useEditor((s) => s.live);
  const ended = useEditor((s) => s.liveEnded);
  const busy = useMapView((s) => s.busy);
  // A seminar's room can be thirty people: three faces and a count keep the toolbar one row.
  const shown = people.length > MAX_FACES ? people.slice(0, MAX_FACES - 1) : people;
  const more = people.slice(shown.length);
  return (
    <div className="presence" data-testid="presence" aria-label="People here">
      {busy && (
        <span className="busy-note" role="status" data-testid="busy">
          {busy}
        </span>
      )}
      <span
        className={`live-dot live-${live}`}
        title={
          live === "live"
            ? "Live: changes by others appear as they happen"
            : live === "ended"
              ? (ended ?? "Live updates stopped")
              : "Reconnecting… changes will catch up"
        }
        data-testid="live-state"
        data-live={live}
      />
      {live === "ended" && (
        <span className="busy-note" role="status" data-testid="live-ended">
          {ended ?? "Live updates stopped"}
        </span>
      )}
      {shown.map((p) => (
        <span
          key={p.id}
          className="avatar"
          role="img"
          aria-label={p.name}
          title={p.name}
          style={{ background: `hsl(${hue(p.id)} 55% 28%)` }}
          data-testid="presence-person"
        >
          {initials(p.name)}
        </span>
      ))}
      {more.length > 0 && (
        <span
          className="avatar avatar-more"
          role="img"
          aria-label={`and ${more.length} more: ${more.map((p) => p.name).join(", ")}`}
          title={more.map((p) => p.name).join("\n")}
          data-testid="presence-more"
        >
          +{more.length}
        </span>
      )}
    </div>
  );
}

export const PresenceBar = memo(PresenceBarImpl);
