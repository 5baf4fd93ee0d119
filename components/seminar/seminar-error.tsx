"use client";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

/** The last refusal from the server, said plainly, until dismissed. */
export function SeminarError() {
  const error = useSeminar((s) => s.error);
  const store = useSeminarStore();
  if (!error) return null;
  return (
    <div className="toast" role="alert" data-testid="seminar-error">
      <span>{error}</span>
      <button
        className="btn btn-ghost icon"
        style={{ color: "#fff" }}
        aria-label="Dismiss"
        onClick={() => store.getState().setError(null)}
      >
        ✕
      </button>
    </div>
  );
}

/** Green when live updates flow, amber while reconnecting. */
export function LiveDot() {
  const live = useSeminar((s) => s.live);
  return (
    <span
      className={`live-dot live-${live}`}
      data-testid="seminar-live"
      data-live={live}
      title={live === "live" ? "Live" : live === "ended" ? "Live updates stopped" : "Reconnecting…"}
    />
  );
}
