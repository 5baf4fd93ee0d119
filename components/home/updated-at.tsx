"use client";
import { useSyncExternalStore } from "react";
import { formatDay, formatDayTime, localParts, utcParts } from "@/lib/domain/debate-list";

const noChanges = () => () => {};

/**
 * "6 Dec 2026, 17:45" in the reader's own time zone. The server cannot know that zone, so it (and
 * hydration) renders the UTC day alone; the browser then renders its local day and time. A
 * store whose server snapshot differs from the browser's is React's way to do that without a
 * hydration mismatch (suppressHydrationWarning would keep the server's text for good). After a
 * client-side navigation there is no hydration, and the local time shows at once.
 */
export function UpdatedAt({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const at = new Date(iso);
  return <time dateTime={iso}>{inBrowser ? formatDayTime(localParts(at)) : formatDay(utcParts(at))}</time>;
}
