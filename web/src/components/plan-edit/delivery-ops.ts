// Edits of an audience's delivery lists and other optional plan parts: a recipient changes kind, an empty list or
// an empty group is left out of the plan rather than kept as `[]` or `{}`.
import type { PlanRecipient } from '@core/plan/schema';

export const recipientKinds = ['person', 'contact', 'email'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** What a recipient names; one that names nothing yet (or, from YAML, several) is shown as its first. */
export function recipientKind(recipient: PlanRecipient): RecipientKind {
  return recipientKinds.find((k) => recipient[k] !== undefined) ?? 'person';
}

/** A recipient of another kind: nothing carries over, since a person's id is no address and vice versa. */
export function withKind(recipient: PlanRecipient, kind: RecipientKind): PlanRecipient {
  return recipientKind(recipient) === kind ? recipient : { [kind]: '' };
}

/** Sets an optional list, or leaves it out when it is empty. */
export function withList<T extends object, K extends keyof T>(item: T, key: K, list: T[K] & unknown[]): T {
  const next = { ...item };
  if (list.length === 0) delete next[key];
  else next[key] = list;
  return next;
}

/** The two lists of employee guidance, or nothing when both are empty. */
export function guidanceOf(
  doList: string[],
  dontList: string[],
): { do: string[]; dont: string[] } | undefined {
  return doList.length === 0 && dontList.length === 0 ? undefined : { do: doList, dont: dontList };
}

/** A group of optional texts (the press contact), or nothing when every text is empty. */
export function textsOrNothing<T extends Record<string, string | undefined>>(texts: T): T | undefined {
  const kept = Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined && v !== ''));
  return Object.keys(kept).length === 0 ? undefined : (kept as T);
}
