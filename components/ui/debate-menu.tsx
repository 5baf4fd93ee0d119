"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { textWidth } from "@/lib/domain/text-width";
import { api, ApiError } from "@/lib/client/api";
import { Dialog } from "./dialog";
import { ResolutionField } from "./resolution-field";
import dynamic from "next/dynamic";

// Dialog bodies load when a dialog first opens, not with the map.
const ShareForm = dynamic(() => import("./share-form").then((m) => m.ShareForm), { ssr: false });
const ImportPanel = dynamic(() => import("@/components/import-export/import-panel").then((m) => m.ImportPanel), {
  ssr: false,
});

/** The debate's title in the header, with Share (owner) and Settings (editors) dialogs. */
export function DebateMenu({ debate: initial }: { debate: DebateSummaryDto }) {
  const [debate, setDebate] = useState(initial);
  const [open, setOpen] = useState<"share" | "settings" | "import" | null>(null);
  const isOwner = debate.role === "owner";
  return (
    <div className="debate-menu">
      <h1
        className="debate-title"
        data-testid="debate-title"
        // The title gives way down to 10em (globals.css); a shorter one keeps its own width, with
        // no gap before its badges (CSS cannot take the smaller of 10em and the text's width).
        style={{ minWidth: `min(${Math.ceil(textWidth(debate.title, "sansBold", 16)) + 1}px, 10em, 100%)` }}
      >
        {debate.title}
      </h1>
      <span className={`badge badge-${debate.visibility}`} data-testid="visibility">
        {debate.visibility}
      </span>
      {debate.role && <span className="badge badge-role">{debate.role}</span>}
      {isOwner && (
        <button className="btn" onClick={() => setOpen("share")}>
          Share
        </button>
      )}
      {roleAtLeast(debate.role, "editor") && (
        <button
          className="btn header-secondary"
          onClick={() => {
            // Read fresh: renaming the resolution claim on the map changes the resolution and the
            // version, and a form on the page's first copy would be refused as a conflict.
            void api<DebateSummaryDto>(`/api/debates/${debate.id}?part=head`)
              .then(setDebate)
              .catch(() => {})
              .finally(() => setOpen("settings"));
          }}
        >
          Settings
        </button>
      )}
      {roleAtLeast(debate.role, "editor") && (
        <button
          className="btn header-secondary"
          onClick={() => setOpen("import")}
          title="Add the arguments of a file below this map"
        >
          Import…
        </button>
      )}
      <Dialog open={open === "share"} onClose={() => setOpen(null)} title="Share this debate">
        <ShareForm debate={debate} onChange={setDebate} />
      </Dialog>
      <Dialog open={open === "import"} onClose={() => setOpen(null)} title="Import into this debate">
        <ImportPanel into={debate.id} />
      </Dialog>
      <Dialog open={open === "settings"} onClose={() => setOpen(null)} title="Debate settings">
        <SettingsForm
          key={debate.version}
          debate={debate}
          onSaved={(d) => {
            setDebate(d);
            setOpen(null);
          }}
        />
      </Dialog>
    </div>
  );
}

function SettingsForm({ debate, onSaved }: { debate: DebateSummaryDto; onSaved: (d: DebateSummaryDto) => void }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  async function save(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      const d = await api<DebateSummaryDto>(`/api/debates/${debate.id}`, {
        method: "PATCH",
        body: {
          version: debate.version,
          title: f.get("title"),
          resolution: f.get("resolution"),
          description: f.get("description"),
        },
      });
      onSaved({ ...d, role: debate.role });
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "could not save");
    }
  }
  async function remove() {
    try {
      await api(`/api/debates/${debate.id}`, { method: "DELETE" });
      router.push("/");
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "could not delete");
    }
  }
  return (
    <div className="stack">
      <form className="stack" onSubmit={(e) => void save(e)}>
        <label>
          Title
          <input name="title" defaultValue={debate.title} required maxLength={200} />
        </label>
        <ResolutionField defaultValue={debate.resolution} />
        <label>
          Description
          <textarea name="description" defaultValue={debate.description} rows={3} maxLength={5000} />
        </label>
        <button className="btn btn-primary" type="submit">
          Save
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {debate.role === "owner" && (
        <section className="danger-zone stack">
          <h3>Delete this debate</h3>
          {confirming ? (
            <div className="row">
              <span>Delete “{debate.title}” and everything in it? This cannot be undone.</span>
              <button className="btn" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button className="btn btn-danger" onClick={() => void remove()}>
                Yes, delete it
              </button>
            </div>
          ) : (
            <button className="btn btn-danger" onClick={() => setConfirming(true)}>
              Delete debate…
            </button>
          )}
        </section>
      )}
    </div>
  );
}
