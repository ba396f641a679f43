/** Calendar date, weekday and time of day in Mechelen (Europe/Brussels), whatever the visitor's time zone. */
export interface BrusselsTime {
  /** YYYY-MM-DD */
  readonly date: string;
  /** 1 = Monday … 7 = Sunday */
  readonly day: number;
  /** Minutes since midnight. */
  readonly minutes: number;
}

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function brusselsTime(at: Date): BrusselsTime {
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(at)) parts[type] = value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: DAYS.indexOf(parts.weekday ?? '') + 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
