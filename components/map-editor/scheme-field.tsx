"use client";
import { useState } from "react";

/**
 * An argument's inference rule or scheme name ("Modus ponens", "Argument From Expert Opinion"):
 * a draft while typing, saved on blur or Enter, so one edit is one versioned change.
 */
export function SchemeField(p: { value: string | null; readOnly: boolean; onSave: (scheme: string | null) => void }) {
  const [draft, setDraft] = useState(p.value ?? "");
  const [seen, setSeen] = useState(p.value);
  if (p.value !== seen) {
    // Another editor (or undo) changed it: show theirs.
    setSeen(p.value);
    setDraft(p.value ?? "");
  }
  const save = () => {
    const next = draft.trim() || null;
    if (next !== p.value) p.onSave(next);
  };
  return (
    <label>
      Inference rule or scheme
      <input
        name="scheme"
        value={draft}
        readOnly={p.readOnly}
        maxLength={200}
        placeholder="e.g. Modus ponens, Argument From Expert Opinion"
        data-testid="inspector-scheme"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            save();
          }
        }}
      />
    </label>
  );
}
