import { Suspense, useRef, useState } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { useInvalidateCollaborations } from '../collaboration-actions/use-collaboration.js';
import type { CollaborationView } from '../collaborations/overview-model.js';
import { LazyLinkManyDialog } from './lazy-legacy.js';
import { isLinkable, useLegacySelection } from './legacy-selection.js';

/**
 * Above the overview's groups, for a person who may link: how many earlier collaborations are
 * selected, "select all shown", and "Link selected", which opens the review (flow 6). Shown
 * only while the loaded page has an earlier collaboration to link, or some are selected.
 */
export function LegacyLinkBar({ items }: { items: readonly CollaborationView[] }) {
  const translator = useTranslator();
  const invalidate = useInvalidateCollaborations();
  const selection = useLegacySelection();
  const [reviewing, setReviewing] = useState<CollaborationView[] | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const linkable = items.filter(isLinkable);
  const count = selection.selected.size;
  if (!selection.enabled || (linkable.length === 0 && count === 0 && !reviewing)) return null;

  return (
    <div className="collab-legacy-bar">
      <p className="collab-legacy-bar__count" aria-live="polite">
        {translator.plural('legacy.bar.selected', count)}
      </p>
      {linkable.some((item) => !selection.selected.has(item.id)) ? (
        <button
          type="button"
          className="collab-button"
          onClick={() => selection.selectAll(linkable)}
        >
          {translator.text('legacy.bar.selectShown')}
        </button>
      ) : null}
      {count > 0 ? (
        <button type="button" className="collab-button" onClick={selection.clear}>
          {translator.text('legacy.bar.clear')}
        </button>
      ) : null}
      <button
        type="button"
        ref={openerRef}
        className="collab-button collab-button--primary"
        aria-haspopup="dialog"
        aria-disabled={count === 0}
        onClick={() => {
          if (count > 0) setReviewing([...selection.selected.values()]);
        }}
      >
        {translator.text('legacy.bar.link')}
      </button>
      {reviewing ? (
        <Suspense fallback={null}>
          <LazyLinkManyDialog
            collaborations={reviewing}
            onClose={() => {
              setReviewing(null);
              window.requestAnimationFrame(() => openerRef.current?.focus());
            }}
            onDone={(result) => {
              // What failed stays selected, to try again after fixing it.
              selection.keepOnly(
                new Set(
                  result.rows
                    .filter((row) => row.outcome === 'failed')
                    .map((row) => row.collaborationId),
                ),
              );
              if (result.linked > 0) void invalidate();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
