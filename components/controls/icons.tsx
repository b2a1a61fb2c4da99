/** Transport icons as inline SVG: the media-control glyphs (⏮ ⏸ …) are missing from common fonts. */
const PATHS: Readonly<Record<string, string>> = {
  start: "M3 3h2v14H3z M17 3v14L7 10z",
  commandBack: "M10 3v14L1 10z M19 3v14l-9-7z",
  back: "M15 3v14L5 10z",
  forward: "M5 3v14l10-7z",
  commandForward: "M1 3v14l9-7z M10 3v14l9-7z",
  end: "M3 3v14l10-7z M15 3h2v14h-2z",
  play: "M5 2v16l12-8z",
  pause: "M4 3h4v14H4z M12 3h4v14h-4z",
};

export function Icon({ name }: { name: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
