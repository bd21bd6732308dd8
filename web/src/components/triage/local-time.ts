// Between a moment (ISO) and the value of an <input type="datetime-local"> (the person's own clock, minutes).
const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The ISO moment of a datetime-local value, or null when it is empty or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  // Without an offset the Date constructor reads date-time text as local time, which is what the input shows.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A minute of leeway: the clock in the browser and on the server may differ a little. */
export function isInFuture(iso: string, now = Date.now()): boolean {
  return new Date(iso).getTime() > now + 60_000;
}
