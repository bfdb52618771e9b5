import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useRef,
} from 'react';

type HeadingRef = RefObject<HTMLHeadingElement | null>;

const ScreenHeadingContext = createContext<HeadingRef | null>(null);

/**
 * Each new screen starts at its heading, unless the person is busy elsewhere on the host's
 * page: the focus moves only from nowhere or from inside the widget. `screenKey` names the
 * screen; when it changes, the focus moves.
 */
export function useScreenFocus(screenKey: string): HeadingRef {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new screen is what triggers it.
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    const root = heading.getRootNode();
    const active = document.activeElement;
    const focusIsFree =
      active === null ||
      active === document.body ||
      (root instanceof ShadowRoot && (active === root.host || root.host.contains(active)));
    if (focusIsFree) heading.focus();
  }, [screenKey]);
  return headingRef;
}

/** Lends the focus target to whichever screen renders its `ScreenHeading`. */
export function ScreenHeadingProvider({
  headingRef,
  children,
}: {
  headingRef: HeadingRef;
  children: ReactNode;
}) {
  return (
    <ScreenHeadingContext.Provider value={headingRef}>{children}</ScreenHeadingContext.Provider>
  );
}

/** The screen's heading: focusable by script only, so Tab still starts at the first control. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const headingRef = useContext(ScreenHeadingContext);
  return (
    <h2 className="collab-heading collab-step-heading" tabIndex={-1} ref={headingRef}>
      {children}
    </h2>
  );
}
