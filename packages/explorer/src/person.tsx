/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Credit, Person } from "@filmkb/schema";
import { href, Layout } from "./layout.tsx";

const ROLES: [Credit["role"], string][] = [
  ["director", "Directed"],
  ["writer", "Wrote"],
  ["producer", "Produced"],
  ["cast", "Acted in"],
];

export function PersonPage({ person }: { person: Person }) {
  return (
    <Layout title={person.name}>
      <h1>{person.name}</h1>
      <p class="sub">
        Credits from the news · <a href={`/people/${encodeURIComponent(person.id)}`}>JSON</a>
      </p>
      {ROLES.map(([role, heading]) => {
        const credits = person.credits.filter((c) => c.role === role);
        if (credits.length === 0) return null;
        return (
          <section>
            <h2>{heading}</h2>
            <ul class="plain">
              {credits.map((c) => (
                <li>
                  <a href={href.film(c.filmId)}>{c.title}</a>
                  {c.character && <span class="muted"> as {c.character}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {person.credits.length === 0 && <p class="muted">No credits any more.</p>}
    </Layout>
  );
}
