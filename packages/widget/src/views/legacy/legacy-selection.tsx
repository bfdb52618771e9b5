import { matchLegacyService } from '@collab/contracts';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { CollaborationView } from '../collaborations/overview-model.js';

/**
 * Which earlier collaborations the person has selected in the overview, to link them at once
 * (flow 6). Kept above the customer groups, so a selection survives opening and closing a
 * group and loading more pages.
 */
export interface LegacySelection {
  /** Whether rows can be selected at all: the person may link (full rights). */
  enabled: boolean;
  selected: ReadonlyMap<string, CollaborationView>;
  toggle: (collaboration: CollaborationView, on: boolean) => void;
  selectAll: (collaborations: readonly CollaborationView[]) => void;
  /** Leaves only these ids selected (after a link: the rows that failed). */
  keepOnly: (ids: ReadonlySet<string>) => void;
  clear: () => void;
}

const noSelection: LegacySelection = {
  enabled: false,
  selected: new Map(),
  toggle: () => {},
  selectAll: () => {},
  keepOnly: () => {},
  clear: () => {},
};

const LegacySelectionContext = createContext<LegacySelection>(noSelection);

export function useLegacySelection(): LegacySelection {
  return useContext(LegacySelectionContext);
}

/** An earlier collaboration the catalog has no service for: marked, and not offered to link. */
export function hasNoCounterpart(collaboration: CollaborationView): boolean {
  return (
    !collaboration.linked &&
    matchLegacyService(collaboration.legacyServiceName).kind === 'no_counterpart'
  );
}

/** What can be linked: unlinked, active (as the server requires), with a counterpart. */
export function isLinkable(collaboration: CollaborationView): boolean {
  return (
    !collaboration.linked && collaboration.status === 'active' && !hasNoCounterpart(collaboration)
  );
}

export function LegacySelectionProvider({
  enabled,
  children,
}: {
  enabled: boolean;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlyMap<string, CollaborationView>>(new Map());
  const value = useMemo<LegacySelection>(
    () => ({
      enabled,
      selected: enabled ? selected : new Map(),
      toggle: (collaboration, on) =>
        setSelected((current) => {
          const next = new Map(current);
          if (on) next.set(collaboration.id, collaboration);
          else next.delete(collaboration.id);
          return next;
        }),
      selectAll: (collaborations) =>
        setSelected((current) => {
          const next = new Map(current);
          for (const collaboration of collaborations) next.set(collaboration.id, collaboration);
          return next;
        }),
      keepOnly: (ids) =>
        setSelected((current) => new Map([...current].filter(([id]) => ids.has(id)))),
      clear: () => setSelected(new Map()),
    }),
    [enabled, selected],
  );
  return (
    <LegacySelectionContext.Provider value={value}>{children}</LegacySelectionContext.Provider>
  );
}
