/**
 * @module @filmkb/explorer
 * The knowledge base as web pages, server-rendered with hono's JSX: home, search, films with
 * their evidence and release timeline, articles with every quote highlighted, people and the
 * release calendar. No client script; one stylesheet served by the app itself.
 */
export { createExplorerApp, type ExplorerDeps } from "./app.tsx";
export { href as explorerHref } from "./layout.tsx";
