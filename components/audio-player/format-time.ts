/** Clock-style and spoken forms of a position in a recording. Pure, so both server and client can use it. */

export interface TimeParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Whole seconds, floored (a player shows 0:59 until the 60th second has passed). */
export function splitTime(totalSeconds: number): TimeParts {
  const whole = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.floor(totalSeconds) : 0;
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

export const pad2 = (value: number) => String(value).padStart(2, '0');

/** "0:05", "3:12", "1:02:03". */
export function formatClock(totalSeconds: number): string {
  const { hours, minutes, seconds } = splitTime(totalSeconds);
  return hours > 0 ? `${hours}:${pad2(minutes)}:${pad2(seconds)}` : `${minutes}:${pad2(seconds)}`;
}

/** ISO 8601 duration for `<time dateTime>`: "PT3M12S". */
export function formatIsoDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = splitTime(totalSeconds);
  return `PT${hours ? `${hours}H` : ''}${hours || minutes ? `${minutes}M` : ''}${seconds}S`;
}
