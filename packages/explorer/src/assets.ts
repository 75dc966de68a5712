import { createHash } from "node:crypto";
import { EXPLORER_CSS } from "./styles.ts";

/** The stylesheet's URL carries a hash of its content, so it can be cached for a year. */
export const CSS_HASH = createHash("sha256").update(EXPLORER_CSS).digest("hex").slice(0, 12);
export const CSS_PATH = `/assets/explorer.${CSS_HASH}.css`;

/** A film-frame mark, so browsers find an icon instead of asking for /favicon.ico. */
export const FAVICON_PATH = "/assets/favicon.svg";
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14213d"/><rect x="7" y="9" width="18" height="14" rx="2" fill="#fff"/><path d="M14 12.5v7l6-3.5z" fill="#14213d"/></svg>`;
