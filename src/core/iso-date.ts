/**
 * Reading ISO 8601 dates, shared by validation (is it a date?), formatting
 * (how to show it) and the news list's order (which is newer?).
 * Date-only values mean that day everywhere: they are read, and shown, in UTC.
 */
export function parseIsoDate(value: string): Date {
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  // V8 and Gecko read 2020-02-31 as 2 March: round-trip the day to refuse it.
  // JavaScriptCore refuses it already, and toISOString throws on that invalid date.
  if (dateOnly && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) !== value) return new Date(NaN);
  return date;
}
