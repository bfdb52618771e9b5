import type { CollaborationStatus } from '@collab/contracts';
import type { ReactElement } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';

/**
 * Each status is told apart three ways, so it never rests on colour alone: its word, its
 * colour (tokens `--collab-status-<status>-*` in theme/tokens.css, light and dark, each pair
 * over 7:1) and a small icon drawn inline (no icon font; `aria-hidden`, the word says it).
 */
type BadgeKind = CollaborationStatus | 'unlinked';

const strokes = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const icons: Record<BadgeKind, ReactElement> = {
  active: <path d="M3.5 8.5l3 3 6-7" {...strokes} />,
  pending: (
    <g {...strokes}>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3l2 1.5" />
    </g>
  ),
  declined: <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" {...strokes} />,
  expired: (
    <path
      d="M4.5 2.5h7M4.5 13.5h7M5.5 2.5c0 3 5 3 5 5.5s-5 2.5-5 5.5M10.5 2.5c0 1.5-1 2.3-2.5 3"
      {...strokes}
    />
  ),
  cancelled: (
    <g {...strokes}>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M4.2 11.8l7.6-7.6" />
    </g>
  ),
  ended: <rect x="4.5" y="4.5" width="7" height="7" rx="1" {...strokes} />,
  unlinked: (
    <path
      d="M6.5 9.5l-1.5 1.5a2.1 2.1 0 01-3-3l1.5-1.5M9.5 6.5l1.5-1.5a2.1 2.1 0 013 3l-1.5 1.5M6 3v1.5M3 6h1.5M10 13v-1.5M13 10h-1.5"
      {...strokes}
    />
  ),
};

export function StatusBadge({ kind }: { kind: BadgeKind }) {
  const translator = useTranslator();
  return (
    <span className={`collab-badge collab-status collab-status--${kind}`}>
      <svg className="collab-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {icons[kind]}
      </svg>
      {translator.text(`overview.badge.${kind}`)}
    </span>
  );
}
