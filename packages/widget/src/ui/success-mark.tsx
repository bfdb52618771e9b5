/**
 * The mark beside a success's one heading (docs/glossary.md, "Say a thing once"): a check in
 * a circle, inline SVG (no icon font), hidden from screen readers since the heading says it.
 */
export function SuccessMark() {
  return (
    <svg
      className="collab-success-mark"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="10" fill="currentColor" />
      <path
        d="M5.5 10.5l3 3 6-6.5"
        fill="none"
        stroke="var(--_collab-color-background)"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
