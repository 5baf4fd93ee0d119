"use client";
import { useState } from "react";
import type { CiteFields } from "@/lib/domain/schemas";
import { deriveShortCite, fullCite } from "@/lib/domain/cite";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { setCiteFields } from "@/lib/client/reader/card-markup-actions";

const FIELDS: { key: keyof CiteFields; label: string; max: number }[] = [
  { key: "authors", label: "Author(s)", max: 500 },
  { key: "qualifications", label: "Qualifications", max: 1_000 },
  { key: "date", label: "Date", max: 100 },
  { key: "title", label: "Title", max: 500 },
  { key: "publication", label: "Publication", max: 500 },
  { key: "url", label: "URL", max: 2_000 },
  { key: "accessed", label: "Accessed", max: 100 },
  { key: "pages", label: "Pages", max: 100 },
  { key: "initials", label: "Cut by (initials)", max: 20 },
];

/**
 * A card's cite as fields: the short cite read aloud (derived from author and date unless
 * written) and the parts of the full cite. Saving rebuilds the one-line cite from them.
 */
export function CiteFieldsEditor({
  id,
  citeFields,
  canEdit,
}: {
  id: string;
  citeFields?: CiteFields;
  canEdit: boolean;
}) {
  const editor = useEditorStore();
  const [draft, setDraft] = useState<CiteFields>(citeFields ?? {});
  const [base, setBase] = useState(citeFields);
  if (base !== citeFields) {
    // Someone (this editor, undo, or another editor live) changed the card: show what is stored.
    setBase(citeFields);
    setDraft(citeFields ?? {});
  }
  const derived = deriveShortCite(draft);
  const clean = Object.fromEntries(
    Object.entries(draft)
      .map(([k, v]) => [k, (v ?? "").trim()])
      .filter(([, v]) => v),
  ) as CiteFields;
  const hasParts = FIELDS.some((f) => clean[f.key]);
  return (
    <details className="cite-fields-editor" data-testid="cite-fields">
      <summary>Cite fields</summary>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          setCiteFields(editor, id, clean, hasParts ? fullCite(clean) : undefined);
        }}
      >
        <div className="cite-fields">
          <label htmlFor={`cite-short-${id}`}>Short cite</label>
          <input
            id={`cite-short-${id}`}
            value={draft.shortCite ?? ""}
            placeholder={derived || "e.g. Swerdlow 15"}
            maxLength={100}
            readOnly={!canEdit}
            onChange={(e) => setDraft({ ...draft, shortCite: e.target.value })}
            data-testid="cite-field-shortCite"
          />
          {FIELDS.map((f) => (
            <FieldRow
              key={f.key}
              id={`cite-${f.key}-${id}`}
              label={f.label}
              max={f.max}
              value={draft[f.key] ?? ""}
              readOnly={!canEdit}
              onChange={(v) => setDraft({ ...draft, [f.key]: v })}
              testId={`cite-field-${f.key}`}
            />
          ))}
        </div>
        {hasParts && (
          <p className="small muted" data-testid="full-cite-preview">
            {fullCite(clean)}
          </p>
        )}
        {canEdit && (
          <button type="submit" className="btn small" data-testid="save-cite-fields">
            Save cite
          </button>
        )}
      </form>
    </details>
  );
}

function FieldRow(p: {
  id: string;
  label: string;
  max: number;
  value: string;
  readOnly: boolean;
  onChange: (v: string) => void;
  testId: string;
}) {
  return (
    <>
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        value={p.value}
        maxLength={p.max}
        readOnly={p.readOnly}
        onChange={(e) => p.onChange(e.target.value)}
        data-testid={p.testId}
      />
    </>
  );
}
