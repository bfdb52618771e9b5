/**
 * The bundle for a plain `<script src>`: React is inside, and everything is reached through
 * the global `Collab` (`Collab.init(…)`). Loading it registers the custom elements.
 */
import { defineCollabElements } from './elements/define.js';

defineCollabElements();

export { init } from './collab.js';
export { collabEventNames } from './events.js';
export { themeVariables } from './theme/appearance.js';
