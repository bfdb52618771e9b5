import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface OverviewTab<Name extends string> {
  name: Name;
  label: string;
  panel: ReactNode;
}

/**
 * The ARIA tabs pattern: one tab stop for the tab list, the arrow keys (and Home and End) move
 * between the tabs and show each at once. Both panels stay mounted, so a panel keeps its
 * filters and pages while the other is shown.
 */
export function OverviewTabs<Name extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly OverviewTab<Name>[];
  selected: Name;
  onSelect: (name: Name) => void;
}) {
  const baseId = useId();
  const tabRefs = useRef(new Map<Name, HTMLButtonElement>());

  function move(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.name);
    tabRefs.current.get(tab.name)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label={label} className="collab-overview__tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.name}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.name, element);
              else tabRefs.current.delete(tab.name);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.name}`}
            aria-controls={`${baseId}-panel-${tab.name}`}
            aria-selected={tab.name === selected}
            tabIndex={tab.name === selected ? 0 : -1}
            className="collab-overview__tab"
            onClick={() => onSelect(tab.name)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.name}
          role="tabpanel"
          id={`${baseId}-panel-${tab.name}`}
          aria-labelledby={`${baseId}-tab-${tab.name}`}
          hidden={tab.name !== selected}
          className="collab-overview__panel"
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
