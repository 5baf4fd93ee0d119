"use client";
import { useEffect } from "react";
import { parsePresence } from "@/lib/domain/presence-wire";
import { parseStreamEnd } from "@/lib/client/live/stream-end";
import { useSeminarStore } from "./seminar-store";

/**
 * Keep a seminar view live: its event stream says only "changed at seq N", and the view is then
 * re-read (coalesced, at most a few times a second) through the API that decides what this viewer
 * may see. A reconnect re-reads too, so nothing missed stays missed.
 */
export function useSeminarLive(seminarId: string, since: number) {
  const store = useSeminarStore();
  useEffect(() => {
    const es = new EventSource(`/api/seminars/${encodeURIComponent(seminarId)}/events?since=${since}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = null;
        void store.getState().refresh();
      }, 150);
    };
    let opened = false;
    es.addEventListener("change", soon);
    es.addEventListener("presence", (ev) => {
      const people = parsePresence((ev as MessageEvent<string>).data);
      if (people) store.getState().setPresence(people);
    });
    es.onopen = () => {
      store.getState().setLive("live");
      if (opened) soon();
      opened = true;
    };
    // The server ended the stream for good (seat or role taken away, signed out): say why, stay closed.
    es.addEventListener("end", (ev) => {
      es.close();
      store.getState().setLive("ended");
      store.getState().setError(parseStreamEnd((ev as MessageEvent<unknown>).data));
    });
    es.onerror = () => {
      if (store.getState().live !== "ended") store.getState().setLive("reconnecting");
    };
    return () => {
      es.close();
      if (timer) clearTimeout(timer);
    };
  }, [seminarId, since, store]);
}
