import { lazy } from 'react';

/**
 * The bulk link's review and the import panel are chunks of their own, loaded when a person
 * opens them: the overview's chunk stays within its size budget, and a person who never
 * imports never downloads the import. Each is rendered inside a Suspense boundary of its own,
 * so loading it never blanks the overview.
 */
export const LazyLinkManyDialog = lazy(() =>
  import('./link-many-dialog.js').then((module) => ({ default: module.LinkManyDialog })),
);

export const LazyLegacyImportPanel = lazy(() =>
  import('./legacy-import-panel.js').then((module) => ({ default: module.LegacyImportPanel })),
);
