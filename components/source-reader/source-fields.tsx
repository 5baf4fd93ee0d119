"use client";
import { urlProblem } from "./read-source-file";

export type SourceMeta = {
  title: string;
  author: string;
  qualifications: string;
  publication: string;
  date: string;
  url: string;
  attribution: string;
};

export const EMPTY_META: SourceMeta = {
  title: "",
  author: "",
  qualifications: "",
  publication: "",
  date: "",
  url: "",
  attribution: "",
};

/** The citation fields of a source (controlled). */
export function SourceFields({
  meta,
  onChange,
  showErrors,
}: {
  meta: SourceMeta;
  onChange: (m: SourceMeta) => void;
  showErrors: boolean;
}) {
  const field = (k: keyof SourceMeta) => ({
    value: meta[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...meta, [k]: e.target.value }),
  });
  const badUrl = urlProblem(meta.url);
  return (
    <div className="stack source-fields">
      <label>
        Title
        <input {...field("title")} maxLength={500} required aria-invalid={showErrors && !meta.title.trim()} />
        {showErrors && !meta.title.trim() && <span className="form-error">A source needs a title.</span>}
      </label>
      <div className="grid2">
        <label>
          Author
          <input {...field("author")} maxLength={300} placeholder="e.g. Edward Lemon" />
        </label>
        <label>
          Date
          <input {...field("date")} maxLength={100} placeholder="e.g. 21 June 2015" />
        </label>
      </div>
      <label>
        Qualifications
        <input {...field("qualifications")} maxLength={1000} placeholder="e.g. researcher, University of Exeter" />
      </label>
      <div className="grid2">
        <label>
          Publication
          <input {...field("publication")} maxLength={500} placeholder="e.g. VICE News" />
        </label>
        <label>
          URL
          <input
            {...field("url")}
            type="url"
            inputMode="url"
            maxLength={2000}
            placeholder="https://…"
            aria-invalid={!!badUrl}
          />
        </label>
      </div>
      {badUrl && (
        <p className="form-error" role="alert" data-testid="url-error">
          {badUrl}
        </p>
      )}
      <label>
        Attribution / rights
        <input
          {...field("attribution")}
          maxLength={1000}
          placeholder="© the publisher; reproduced for debate research"
        />
      </label>
    </div>
  );
}
