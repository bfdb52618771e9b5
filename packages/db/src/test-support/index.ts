/**
 * `@collab/db/testing`: checks on a database's contents that tests in several packages make
 * (the seeds' tests here, the API's property test), so that each is written once.
 */
export { storedAndDerivedGrants } from './grant-invariant.js';
