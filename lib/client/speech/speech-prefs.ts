"use client";
// Per-user (per-browser) preferences of read mode and "send to speech": the reading rate and
// the speech the Alt+S key sends to. Kept in localStorage; a change in one tab reaches the others.
import { useSyncExternalStore } from "react";
import { clampWpm, DEFAULT_WPM } from "@/lib/domain/read-mode";
import { readStored, writeStored } from "@/lib/client/stored";

const WPM_KEY = "clash.readMode.wpm";
const SPEECH_KEY = "clash.sendToSpeech";
export const DEFAULT_SPEECH = "1AC";
/** Until the user picks one: a negative card goes to the first negative speech, not the 1AC. */
export const defaultSpeechFor = (side?: string | null) => (side === "neg" ? "1NC" : DEFAULT_SPEECH);

const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  const onStorage = (e: StorageEvent) => {
    if (e.key === WPM_KEY || e.key === SPEECH_KEY) fn();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(fn);
    window.removeEventListener("storage", onStorage);
  };
}

function write(key: string, value: string) {
  writeStored(key, value);
  for (const fn of listeners) fn();
}

export const getWpm = () => clampWpm(readStored(WPM_KEY) ?? DEFAULT_WPM);
export const setWpm = (wpm: number) => write(WPM_KEY, String(clampWpm(wpm)));
export const getTargetSpeech = (side?: string | null) => readStored(SPEECH_KEY) || defaultSpeechFor(side);
export const setTargetSpeech = (name: string) => write(SPEECH_KEY, name);

/** The user's reading rate (words per minute); the default during server rendering. */
export function useWpm(): number {
  return useSyncExternalStore(subscribe, getWpm, () => DEFAULT_WPM);
}

/** The speech "send to speech" sends an argument of this side to. */
export function useTargetSpeech(side?: string | null): string {
  return useSyncExternalStore(
    subscribe,
    () => getTargetSpeech(side),
    () => defaultSpeechFor(side),
  );
}
