const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML and SVG, in content and in quoted attributes alike. Everything shown on
 * the page comes from events other bodies wrote, so every value passes through here.
 */
export const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** An instant as a reader scans it on the page, in UTC: 2024-03-01 14:05:09. */
export const instant = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
