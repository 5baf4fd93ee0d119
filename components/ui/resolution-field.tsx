"use client";

/**
 * The resolution in the New debate and Settings forms: two lines high, so a long one reads whole
 * (one line cut it off), and still one sentence: Enter submits the form, as in the title above it.
 */
export function ResolutionField({ defaultValue }: { defaultValue?: string }) {
  return (
    <label>
      Resolution
      <textarea
        name="resolution"
        rows={2}
        maxLength={1000}
        defaultValue={defaultValue}
        placeholder="The United States should…"
        onKeyDown={(e) => {
          if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
          e.preventDefault();
          e.currentTarget.form?.requestSubmit();
        }}
      />
    </label>
  );
}
