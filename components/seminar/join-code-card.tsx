"use client";
import { useEffect, useState } from "react";
import { useShallow } from "zustand/shallow";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

/** The code to put on the projector, where to type it, and who may join how. */
export function JoinCodeCard() {
  const store = useSeminarStore();
  const v = useSeminar(
    useShallow((s) => ({
      code: s.view.code,
      open: s.view.status === "open",
      guests: s.view.allowGuests,
      anonymous: s.view.anonymous,
      busy: s.busy,
    })),
  );
  const [host, setHost] = useState("");
  useEffect(() => setHost(window.location.host), []);
  return (
    <section className="card stack sem-join-card" aria-label="Join code">
      <h2>{v.open ? "Students join with" : "This seminar has ended"}</h2>
      <p className={`join-code${v.open ? "" : " is-ended"}`} data-testid="join-code">
        {v.code}
      </p>
      {v.open && (
        <p className="muted">
          at <strong>{host || "this site"}/s</strong>
        </p>
      )}
      <fieldset className="stack" disabled={!v.open || v.busy}>
        <label className="radio">
          <input
            type="checkbox"
            checked={v.guests}
            onChange={(e) => void seminarActions.settings(store, { allowGuests: e.currentTarget.checked })}
          />
          Guests may join with just a name
        </label>
        <label className="radio">
          <input
            type="checkbox"
            checked={v.anonymous}
            onChange={(e) => void seminarActions.settings(store, { anonymous: e.currentTarget.checked })}
          />
          Students are anonymous to each other
        </label>
      </fieldset>
    </section>
  );
}

/** Who joined, with a dot for who has the seminar open now. */
export function ParticipantList() {
  const people = useSeminar((s) => s.view.participants);
  const here = useSeminar((s) => s.presence);
  const online = new Set(here.map((p) => p.id));
  return (
    <section className="card stack" aria-label="Students">
      <h2>
        Students <span className="badge">{people.length}</span>
      </h2>
      {people.length === 0 ? (
        <p className="muted small">Nobody yet. Put the code on the screen.</p>
      ) : (
        <ul className="people" data-testid="participants">
          {people.map((p) => (
            <li key={p.id ?? p.label} className="person">
              <span className={`online-dot${p.id && online.has(p.id) ? " is-online" : ""}`} aria-hidden />
              {p.name ?? p.label}
              {p.shownAs && <span className="muted small">{p.shownAs}</span>}
              {p.guest && <span className="badge">guest</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
