/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { FilmStore } from "@filmkb/store";
import { plural } from "./format.ts";
import { href, Layout } from "./layout.tsx";

type Entry = Awaited<ReturnType<FilmStore["releaseCalendar"]>>["items"][number];

export interface CalendarPageData {
  month: string;
  region: string | undefined;
  medium: string | undefined;
  entries: Entry[];
  today: string;
}

const MEDIA = ["theatrical", "streaming", "tv", "festival", "home"];
const DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** "2026-09" and a step of months → "2026-10". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

function EntryLink({ entry }: { entry: Entry }) {
  return (
    <a
      class="entry"
      href={href.film(entry.filmId)}
      title={`${entry.date} · reported ${(entry.reportedAt ?? entry.receivedAt).slice(0, 10)}`}
    >
      {entry.title}{" "}
      <span class="muted small">
        {[entry.region, entry.medium, entry.platform].filter(Boolean).join(" · ")}
      </span>
    </a>
  );
}

export function CalendarPage({ month, region, medium, entries, today }: CalendarPageData) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells = Math.ceil((lead + days) / 7) * 7;
  const byDay = new Map<number, Entry[]>();
  for (const e of entries)
    if (e.date.length === 10) {
      const d = Number(e.date.slice(8, 10));
      byDay.set(d, [...(byDay.get(d) ?? []), e]);
    }
  const loose = entries.filter((e) => e.date.length < 10);
  const title = first.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  const label = (m: string) =>
    new Date(`${m}-01T00:00:00Z`).toLocaleDateString("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  const query = (to: string) =>
    `${href.calendar(to)}${region ? `&region=${encodeURIComponent(region)}` : ""}${medium ? `&medium=${encodeURIComponent(medium)}` : ""}`;
  return (
    <Layout title={`Releases in ${title}`}>
      <h1>Releases in {title}</h1>
      <p class="pager">
        <a href={query(shiftMonth(month, -1))}>← {label(shiftMonth(month, -1))}</a>
        <a href={query(shiftMonth(month, 1))}>{label(shiftMonth(month, 1))} →</a>
      </p>
      <form class="filters" method="get" action="/explore/calendar">
        <input type="hidden" name="month" value={month} />
        <label>
          region (ISO code)
          <input name="region" value={region ?? ""} placeholder="any, e.g. GB" size={8} maxlength={2} />
        </label>
        <label>
          medium
          <select name="medium">
            <option value="">any</option>
            {MEDIA.map((x) => (
              <option value={x} selected={x === medium}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {loose.length > 0 && (
        <section class="card">
          <h3>Sometime in {title}</h3>
          {loose.map((e) => (
            <EntryLink entry={e} />
          ))}
        </section>
      )}
      <p class="muted small">
        {entries.length === 0
          ? "No releases this month."
          : `${plural(entries.length, "release")} this month.`}
      </p>
      <div class="calendar">
        {DOW.map((d) => (
          <div class="dow">{d}</div>
        ))}
        {Array.from({ length: cells }, (_, i) => {
          const d = i - lead + 1;
          if (d < 1 || d > days) return <div class="day other" />;
          const list = byDay.get(d) ?? [];
          const iso = `${month}-${String(d).padStart(2, "0")}`;
          return (
            <div class={`day${list.length ? "" : " empty"}${iso === today ? " today" : ""}`}>
              <span class="n">{d}</span> <span class="muted small dow-inline">{DOW[(i % 7) as number]}</span>
              {list.map((e) => (
                <EntryLink entry={e} />
              ))}
            </div>
          );
        })}
      </div>
    </Layout>
  );
}
