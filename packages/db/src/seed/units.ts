/** Time units in milliseconds, for the seeds' arithmetic on instants. */
export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;
