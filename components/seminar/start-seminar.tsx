"use client";
import { useEffect, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { api, ApiError } from "@/lib/client/api";
import { countOf } from "@/lib/domain/group-thousands";

type Summary = {
  id: string;
  code: string;
  status: string;
  participants: number;
  contributions: number;
  createdAt: string;
};

/** "Seminar…" on a debate (owners and editors): start one, or go back to a running or past one. */
export function StartSeminar({
  debateId,
  isPublic,
  buttonClassName = "btn",
}: {
  debateId: string;
  isPublic: boolean;
  buttonClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Summary[] | null>(null);
  const [guests, setGuests] = useState(true);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    api<{ seminars: Summary[] }>(`/api/seminars?debateId=${encodeURIComponent(debateId)}`).then(
      (r) => setList(r.seminars),
      () => setList([]),
    );
  }, [open, debateId]);
  const start = async () => {
    setBusy(true);
    try {
      const s = await api<{ id: string }>("/api/seminars", {
        method: "POST",
        body: { debateId, allowGuests: guests, anonymous },
      });
      window.location.assign(`/seminars/${s.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "could not start the seminar");
      setBusy(false);
    }
  };
  return (
    <>
      <button className={buttonClassName} onClick={() => setOpen(true)} title="Teach this debate speech by speech">
        Seminar…
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Teach this debate">
        <div className="stack">
          <p className="muted">
            Students join with a short code. You reveal the debate speech by speech, open the floor for tasks, and give
            feedback on what they add.
          </p>
          <label className="radio">
            <input type="checkbox" checked={guests} onChange={(e) => setGuests(e.currentTarget.checked)} /> Guests may
            join with just a name
          </label>
          <label className="radio">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />{" "}
            Students are anonymous to each other
          </label>
          {anonymous && isPublic && (
            <p className="hint">
              This debate is public: its own history and comment threads show account names to anyone. Make it private
              to keep students anonymous outside the seminar too.
            </p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="row dialog-actions">
            <button className="btn btn-primary" onClick={() => void start()} disabled={busy}>
              {busy ? "Starting…" : "Start seminar"}
            </button>
          </div>
          {list && list.length > 0 && (
            <>
              <h3>Earlier seminars</h3>
              <ul className="members">
                {list.map((s) => (
                  <li key={s.id} className="row spread">
                    <a href={`/seminars/${s.id}`}>{s.code}</a>
                    <span className="small muted">
                      {s.status === "open" ? "running" : "ended"} · {countOf(s.participants, "student")} ·{" "}
                      {countOf(s.contributions, "contribution")}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </Dialog>
    </>
  );
}
