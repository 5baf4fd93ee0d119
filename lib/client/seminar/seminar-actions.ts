"use client";
import type { ContributionInput, FeedbackInput, OpenTaskInput } from "@/lib/domain/seminar-schemas";
import { api } from "@/lib/client/api";
import type { SeminarStore } from "./seminar-store";

type In<T> = Omit<T, "version">;
const base = (s: SeminarStore) => `/api/seminars/${encodeURIComponent(s.getState().view.id)}`;
const version = (s: SeminarStore) => s.getState().view.version;
const post = (s: SeminarStore, path: string, body: unknown, method = "POST") =>
  s.getState().run(() => api(`${base(s)}${path}`, { method, body }));

/** Every seminar action the UI takes: one API call each, then the view is re-read. */
export const seminarActions = {
  reveal: (s: SeminarStore, step: "next" | "previous") => post(s, "/reveal", { version: version(s), step }),
  settings: (s: SeminarStore, patch: { allowGuests?: boolean; anonymous?: boolean }) =>
    post(s, "", { version: version(s), ...patch }, "PATCH"),
  openTask: (s: SeminarStore, t: In<OpenTaskInput>) => post(s, "/tasks", { version: version(s), ...t }),
  closeTask: (s: SeminarStore, taskId: string) => post(s, `/tasks/${taskId}/close`, { version: version(s) }),
  end: (s: SeminarStore) => post(s, "/end", { version: version(s) }),
  feedback: (s: SeminarStore, cid: string, f: FeedbackInput) => post(s, `/contributions/${cid}/feedback`, f, "PUT"),
  release: (s: SeminarStore, contributionId?: string) =>
    post(s, "/feedback/release", contributionId ? { contributionId } : {}),
  contribute: (s: SeminarStore, c: ContributionInput) => post(s, "/contributions", c),
  edit: (s: SeminarStore, cid: string, v: number, patch: { title?: string; body?: string }) =>
    post(s, `/contributions/${cid}`, { version: v, ...patch }, "PATCH"),
  remove: (s: SeminarStore, cid: string) =>
    s.getState().run(() => api(`${base(s)}/contributions/${cid}`, { method: "DELETE" })),
};
