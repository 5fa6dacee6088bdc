// Three-valued truth for judging during a preview: "yes", "no", or "maybe" when the answer hangs
// on a value the engine does not know yet. A policy reports only on "no"/"yes" it is sure of,
// and turns "maybe" into a not-applicable note, never a violation.
import { isUnknown } from "./unknown";
import type { Read } from "./values";

export type Tri = "yes" | "no" | "maybe";

/** A boolean as read from props: UNKNOWN is "maybe", absent is `whenMissing`. */
export function triOf(value: Read<boolean>, whenMissing: boolean): Tri {
  if (value === undefined) return whenMissing ? "yes" : "no";
  if (isUnknown(value)) return "maybe";
  return value ? "yes" : "no";
}

/** "yes" when every part is; "no" when any part is; "maybe" otherwise. An empty list is "yes". */
export function allOf(parts: Iterable<Tri>): Tri {
  let maybe = false;
  for (const p of parts) {
    if (p === "no") return "no";
    if (p === "maybe") maybe = true;
  }
  return maybe ? "maybe" : "yes";
}

/** "yes" when any part is; "no" when every part is; "maybe" otherwise. An empty list is "no". */
export function anyOf(parts: Iterable<Tri>): Tri {
  let maybe = false;
  for (const p of parts) {
    if (p === "yes") return "yes";
    if (p === "maybe") maybe = true;
  }
  return maybe ? "maybe" : "no";
}

export function not(value: Tri): Tri {
  return value === "yes" ? "no" : value === "no" ? "yes" : "maybe";
}

/** Whether some item satisfies `test`: "maybe" when none surely does but one might. */
export function some<T>(items: Iterable<T>, test: (item: T) => Tri): Tri {
  let maybe = false;
  for (const item of items) {
    const t = test(item);
    if (t === "yes") return "yes";
    if (t === "maybe") maybe = true;
  }
  return maybe ? "maybe" : "no";
}

/** Whether every item satisfies `test`: "maybe" when none surely fails but one might. */
export function every<T>(items: Iterable<T>, test: (item: T) => Tri): Tri {
  return not(some(items, (item) => not(test(item))));
}
