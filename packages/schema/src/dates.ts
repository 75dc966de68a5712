import * as z from "zod";
import { lazily } from "./lazy.ts";

const partialDatePattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function isRealDay(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (!day || !month) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

/** A date known to the year, the month or the day: "2022", "2022-07", "2022-05-27". */
export const PartialDate = lazily(() =>
  z
    .string()
    .regex(partialDatePattern, { error: "date must be YYYY, YYYY-MM or YYYY-MM-DD" })
    .refine(isRealDay, { error: "date names a day that does not exist" })
    .meta({ id: "PartialDate", examples: ["2022", "2022-07", "2022-05-27"] }),
);
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = "year" | "month" | "day";
export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** ISO 3166-1 alpha-2, upper case. */
export const RegionCode = lazily(() =>
  z
    .string()
    .regex(/^[A-Z]{2}$/, { error: "region must be an ISO 3166-1 alpha-2 code such as US or GB" })
    .meta({ id: "RegionCode", examples: ["US", "GB"] }),
);
export type RegionCode = z.infer<typeof RegionCode>;

/** An instant or a calendar day, as articles state their publication. */
export const Timestamp = lazily(() =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()]).meta({
    id: "Timestamp",
    description: "RFC 3339 date-time, or a calendar date when the time is unknown.",
  }),
);
export type Timestamp = z.infer<typeof Timestamp>;
