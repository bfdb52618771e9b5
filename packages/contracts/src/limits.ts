/**
 * Lengths that both the server's schemas and the widget's form fields use, so that a field
 * never lets a person type more than the server takes. No zod here: the widget imports these
 * without pulling in a schema library.
 */

/** A reason for declining an invitation or ending a collaboration. */
export const reasonMaxLength = 1000;

/**
 * The most calls in one batched HTTP request. The server refuses a longer batch with a typed
 * error (and sizes its URL limit to fit one this long); the widget splits its batches to fit.
 */
export const maxBatchSize = 50;

/** 5 MB of CSV text: about 50,000 rows of the old system's export. The widget's import checks
 * a file's size against it before reading it. */
export const legacyImportMaximumCharacters = 5 * 1024 * 1024;
export const legacyImportMaximumRows = 50_000;
