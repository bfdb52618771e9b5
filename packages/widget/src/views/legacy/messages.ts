import { defineMessages } from '../../i18n/define-messages.js';

/**
 * The texts for earlier collaborations that the overview shows itself (flow 6): their marks,
 * the selection and the Import tab. Swedish then English; keys start with `legacy.`. Words as
 * docs/glossary.md says: "tidigare samarbete", "koppla". The bulk link's review and the import
 * panel have theirs in `panel-messages.ts`, in their own chunks.
 */
export const legacyMessages = defineMessages(
  {
    'legacy.noCounterpart.badge': 'Ingen motsvarande tjänst',
    'legacy.noCounterpart.line':
      'Det finns ingen tjänst i katalogen som motsvarar ”{name}”, så det kan inte kopplas.',
    'legacy.select': 'Välj {name} för {customerName}',
    'legacy.bar.selected': {
      one: '{count} tidigare samarbete valt',
      other: '{count} tidigare samarbeten valda',
    },
    'legacy.bar.selectShown': 'Välj alla tidigare samarbeten som visas',
    'legacy.bar.clear': 'Avmarkera alla',
    'legacy.bar.link': 'Koppla valda',
    'legacy.import.tab': 'Importera',
  },
  {
    'legacy.noCounterpart.badge': 'No matching service',
    'legacy.noCounterpart.line':
      'No service in the catalog matches “{name}”, so it cannot be linked.',
    'legacy.select': 'Select {name} for {customerName}',
    'legacy.bar.selected': {
      one: '{count} earlier collaboration selected',
      other: '{count} earlier collaborations selected',
    },
    'legacy.bar.selectShown': 'Select all earlier collaborations shown',
    'legacy.bar.clear': 'Clear selection',
    'legacy.bar.link': 'Link selected',
    'legacy.import.tab': 'Import',
  },
);
