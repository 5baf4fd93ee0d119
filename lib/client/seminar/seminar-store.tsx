"use client";
import { createStoreContext } from "@/lib/client/store-context";
import { createStore } from "zustand/vanilla";
import type { SeminarDto } from "@/lib/domain/seminar-schemas";
import { api, ApiError } from "@/lib/client/api";

export type Person = { id: string; name: string };
export type SeminarState = {
  view: SeminarDto;
  presence: Person[];
  live: "connecting" | "live" | "reconnecting" | "ended";
  error: string | null;
  busy: boolean;
  /** Re-read the seminar as this viewer may see it (one read at a time; calls meanwhile coalesce). */
  refresh: () => Promise<void>;
  /** Run an API call, show its refusal if any, then refresh. True when it succeeded. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
  setPresence: (p: Person[]) => void;
  setLive: (l: SeminarState["live"]) => void;
  setError: (e: string | null) => void;
};

export function createSeminarStore(initial: SeminarDto) {
  let inFlight: Promise<void> | null = null;
  let again = false;
  return createStore<SeminarState>()((set, get) => ({
    view: initial,
    presence: [],
    live: "connecting",
    error: null,
    busy: false,
    refresh() {
      if (inFlight) {
        again = true;
        return inFlight;
      }
      inFlight = (async () => {
        do {
          again = false;
          try {
            set({ view: await api<SeminarDto>(`/api/seminars/${encodeURIComponent(initial.id)}`) });
          } catch (err) {
            set({ error: err instanceof Error ? err.message : "could not load the seminar" });
          }
        } while (again);
      })().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    async run(call) {
      set({ busy: true, error: null });
      try {
        await call();
        return true;
      } catch (err) {
        const msg = err instanceof ApiError || err instanceof Error ? err.message : "that did not work";
        set({ error: `${msg.charAt(0).toUpperCase()}${msg.slice(1)}.` });
        return false;
      } finally {
        set({ busy: false });
        await get().refresh();
      }
    },
    setPresence: (presence) => set({ presence }),
    setLive: (live) => set({ live }),
    setError: (error) => set({ error }),
  }));
}

export type SeminarStore = ReturnType<typeof createSeminarStore>;
const seminar = createStoreContext<SeminarState>("Seminar");

export function SeminarProvider({ initial, children }: { initial: SeminarDto; children: React.ReactNode }) {
  return <seminar.Provider create={() => createSeminarStore(initial)}>{children}</seminar.Provider>;
}

export const useSeminarStore: () => SeminarStore = seminar.useStoreApi;

/** A narrow slice of the seminar (wrap object results in useShallow). */
export const useSeminar = seminar.useSelect;
