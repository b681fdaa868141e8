/**
 * Icons for the screenshots. The obsidian stand-in's setIcon only records the icon's name (`data-icon`),
 * so the render script draws these in its place: small line drawings of the Lucide icons Rapport names,
 * drawn for this project (24 by 24, stroked in the current colour, as Obsidian renders Lucide).
 */

/** The inner SVG of each icon, by the name Rapport passes to setIcon or addAction. */
const ICONS: Record<string, string> = {
  // Obsidian's section chevron: pointing down when open; the theme turns it for a folded section.
  "right-triangle": '<path d="M4 8l8 8 8-8"/>',
  "message-square-plus": '<path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H9l-5 4z"/><path d="M12 7v6M9 10h6"/>',
  "alarm-clock-off": '<circle cx="12" cy="13" r="7"/><path d="M4 5.5L6.5 3M20 5.5L17.5 3M7 19.5L5.5 21M17 19.5l1.5 1.5M3 3l18 18"/>',
  "more-horizontal": '<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/>',
  check: '<path d="M5 12.5l4.5 4.5L19 7"/>',
  filter: '<path d="M3.5 4.5h17l-6.5 8v6l-4 2v-8z"/>',
  "user-plus": '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20.5v-1a5.5 5.5 0 0 1 5.5-5.5h2a5.5 5.5 0 0 1 5.5 5.5v1M19 8v6M16 11h6"/>',
  "alert-triangle": '<path d="M10.3 4.3a2 2 0 0 1 3.4 0l7.6 13.2a2 2 0 0 1-1.7 3H4.4a2 2 0 0 1-1.7-3z"/><path d="M12 9.5v4M12 17h.01"/>',
  pencil: '<path d="M16 3.5l4.5 4.5L8.5 20H4v-4.5z"/><path d="M13.5 6l4.5 4.5"/>',
  contact: '<rect x="3.5" y="4" width="17" height="16.5" rx="2"/><path d="M8 2v3M16 2v3"/><circle cx="12" cy="11" r="2.75"/><path d="M7.5 17.5a4.5 4.5 0 0 1 9 0"/>',
  "heart-handshake": '<path d="M12 20.5S3 15.5 3 9.3A4.8 4.8 0 0 1 12 7a4.8 4.8 0 0 1 9 2.3c0 6.2-9 11.2-9 11.2z"/><path d="M12 7l-3.2 3.2a1.4 1.4 0 0 0 2 2l1.7-1.6 3.5 3.4"/>',
  x: '<path d="M6 6l12 12M18 6L6 18"/>',
};

/** A name with no drawing gets a plain ring, and a warning, so a new icon in the views never stops the script. */
const MISSING = '<circle cx="12" cy="12" r="7"/>';

export function iconSvg(name: string): string {
  const body = ICONS[name];
  if (body === undefined) console.warn(`screenshot: no drawing for the icon "${name}" (add it to scripts/screenshot-icons.ts)`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="svg-icon lucide-${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body ?? MISSING}</svg>`;
}
