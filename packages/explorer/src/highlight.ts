/** A stretch of an article's text that a fact quotes. */
export interface Span {
  start: number;
  end: number;
  /** The fact's predicate: the mark's colour. */
  kind: string;
  /** What the hover says: the fact, the rule that read it and its confidence. */
  label: string;
}

export interface Segment {
  text: string;
  start: number;
  /** The spans covering this segment, shortest first (it gives the colour); empty for plain text. */
  spans: Span[];
  focus: boolean;
}

/**
 * Cuts `text` at every span boundary into segments, each knowing which quotes cover it. One
 * sort and one sweep: O((n + s) log s) for s spans, whatever their overlaps.
 */
export function segments(
  text: string,
  spans: Span[],
  focus: { start: number; end: number } | null,
): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (focus && focus.end <= text.length && focus.end > focus.start) {
    cuts.add(focus.start);
    cuts.add(focus.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const active: Span[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    while (next < byStart.length && (byStart[next] as Span).start <= from)
      active.push(byStart[next++] as Span);
    for (let j = active.length - 1; j >= 0; j--) if ((active[j] as Span).end <= from) active.splice(j, 1);
    out.push({
      text: text.slice(from, to),
      start: from,
      spans: [...active].sort((a, b) => a.end - a.start - (b.end - b.start)),
      focus: focus !== null && from >= focus.start && to <= focus.end,
    });
  }
  return out;
}

/** `?at=120-180` → the span to focus on, or null. */
export function parseFocus(at: string | undefined): { start: number; end: number } | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(at ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
