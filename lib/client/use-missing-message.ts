"use client";
import { useEffect, useRef, type FormEvent } from "react";

type Field = HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement;

/**
 * Our words instead of the browser's "Please select an item in the list" for a required field
 * left empty. The message is cleared whenever the value changes, also when it changes without an
 * input event (a click on the map picks the argument), so a filled field never stays blocked.
 */
export function useMissingMessage<T extends Field>(value: unknown, message: string) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.setCustomValidity(""), [value]);
  const onInvalid = (e: FormEvent<T>) => {
    const field = e.currentTarget;
    field.setCustomValidity("");
    if (field.validity.valueMissing) field.setCustomValidity(message);
  };
  return { ref, onInvalid };
}
