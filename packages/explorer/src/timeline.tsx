/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { instantOf, type ReleaseReport } from "@filmkb/schema";

const W = 760;
const H = 320;
const M = { left: 78, right: 24, top: 18, bottom: 42 };
const DAY = 86_400_000;

/** A partial date as an instant: the middle of its month or year, so "2026" sits mid-2026. */
export function releaseInstant(date: string): number {
  if (date.length === 4) return Date.UTC(Number(date), 6, 1);
  if (date.length === 7) return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 15);
  return Date.parse(`${date}T00:00:00Z`);
}

export const slotOf = (r: Pick<ReleaseReport, "region" | "medium">) =>
  `${r.region ?? "any region"} · ${r.medium ?? "any medium"}`;

const monthYear = (t: number) =>
  new Date(t).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

function range(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // A single value gets a month either side, so its point is not on the frame.
  return hi - lo < DAY ? [lo - 30 * DAY, hi + 30 * DAY] : [lo - (hi - lo) * 0.06, hi + (hi - lo) * 0.06];
}

/**
 * A slot's line as steps: each announced date holds until the next report moves it, and the
 * last one holds to the right edge (it still stands).
 */
export function steps(points: { x: number; y: number }[], right: number): string {
  const out: string[] = [];
  points.forEach((p, i) => {
    const next = points[i + 1];
    out.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`, `${(next?.x ?? right).toFixed(1)},${p.y.toFixed(1)}`);
  });
  return out.join(" ");
}

/** Month starts between lo and hi, every k-th one so that at most `max` remain. */
export function monthTicks([lo, hi]: [number, number], max: number): number[] {
  const start = new Date(lo);
  const months: number[] = [];
  for (let m = 1; ; m++) {
    const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    if (t > hi) break;
    months.push(t);
  }
  const step = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_, i) => i % step === 0);
}

/**
 * The release timeline, drawn on the server: x is when a date was reported, y the date it
 * announced, one line per region × medium, so a delay reads as a step up. Every report is one
 * point (`circle.point`), each line a step that holds a date until a later report moves it;
 * approximate dates (a month, a year) are hollow.
 */
export function Timeline({
  history,
  reportedAt,
}: {
  history: ReleaseReport[];
  /** When a report counts as made: its publication date, else its reception. */
  reportedAt: (r: ReleaseReport) => string;
}) {
  if (history.length === 0) return <p class="muted">No release dates reported yet.</p>;
  const xs = history.map((r) => instantOf(reportedAt(r)));
  const ys = history.map((r) => releaseInstant(r.date));
  const [x0, x1] = range(xs);
  const [y0, y1] = range(ys);
  const px = (t: number) => M.left + ((t - x0) / (x1 - x0)) * (W - M.left - M.right);
  const py = (t: number) => H - M.bottom - ((t - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const slots = [...new Set(history.map(slotOf))];
  return (
    <div class="timeline">
      <div class="frame">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="timeline-title">
          <title id="timeline-title">
            Announced release dates by report date, one line per region and medium
          </title>
          {monthTicks([y0, y1], 6).map((t) => (
            <g>
              <line class="grid-line" x1={M.left} x2={W - M.right} y1={py(t)} y2={py(t)} />
              <text x={M.left - 8} y={py(t) + 4} text-anchor="end">
                {monthYear(t)}
              </text>
            </g>
          ))}
          {monthTicks([x0, x1], 6).map((t) => (
            <text x={px(t)} y={H - M.bottom + 18} text-anchor="middle">
              {monthYear(t)}
            </text>
          ))}
          <line class="axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <line class="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <text x={(M.left + W - M.right) / 2} y={H - 6} text-anchor="middle">
            reported on
          </text>
          {slots.map((slot, i) => {
            const points = history
              .map((r, j) => ({ r, x: px(xs[j] as number), y: py(ys[j] as number) }))
              .filter((p) => slotOf(p.r) === slot)
              .sort((a, b) => a.x - b.x);
            const cls = `s${i % 6}`;
            return (
              <g>
                <polyline class={`series ${cls}`} points={steps(points, W - M.right)} />
                {points.map((p) => (
                  <circle
                    class={`point ${cls}${p.r.date.length < 10 ? " approx" : ""}`}
                    cx={p.x.toFixed(1)}
                    cy={p.y.toFixed(1)}
                    r="5"
                  >
                    <title>{`${slot}: ${p.r.date}, reported ${reportedAt(p.r).slice(0, 10)}`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <p class="legend">
        {slots.map((slot, i) => (
          <span>
            <span class={`swatch s${i % 6}`} />
            {slot}
          </span>
        ))}
        <span class="muted">hollow: month or year only</span>
      </p>
    </div>
  );
}
