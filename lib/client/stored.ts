"use client";
// A preference kept in this browser (localStorage). Storage can be refused (private mode, a
// policy) or full: reading then gives null, so the caller's default stands, and a write is kept
// for this page only.

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the value still holds for this page.
  }
}
