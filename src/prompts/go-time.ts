/**
 * How `gh models eval` prints a date or timestamp from a test row. go-yaml v3 decodes an unquoted
 * scalar in one of the layouts it knows (`2024-01-01`, `2024-1-2T10:00:00Z`, `2024-01-02 10:00:00`)
 * into a Go time, and `%v` prints it as `2024-01-01 00:00:00 +0000 UTC`. Returns undefined for any
 * other text (go-yaml keeps it a string). A numeric offset prints as Go prints a zone it does not
 * know by name (`+0200 +0200`), except offset zero, which runners (in UTC) print as `+0000 UTC`.
 */
export function goPrintedTimestamp(text: string): string | undefined {
  const match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?))?$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, year, month, day, tHour, tMinute, tSecond, tFraction, zone, sHour, sMinute, sSecond, sFraction] =
    match;
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  const [h, mi, s] = [tHour ?? sHour ?? '0', tMinute ?? sMinute ?? '0', tSecond ?? sSecond ?? '0'].map(
    Number,
  );
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59)
    return undefined;
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  // Go keeps nine digits at most and prints the fraction without trailing zeros.
  const fraction = (tFraction ?? sFraction ?? '').slice(0, 9).replace(/0+$/, '');
  const clock = `${two(h)}:${two(mi)}:${two(s)}${fraction ? `.${fraction}` : ''}`;
  const offset = zone === undefined || zone === 'Z' ? '+00:00' : zone;
  const compact = offset.replace(':', '');
  const name = /^[+-]00:00$/.test(offset) ? 'UTC' : compact;
  return `${year}-${two(mo)}-${two(d)} ${clock} ${compact === '-0000' ? '+0000' : compact} ${name}`;
}
