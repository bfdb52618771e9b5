import { serviceList } from '@collab/contracts';
import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import type { OverviewFilters } from './overview-model.js';

export interface FilterChoices {
  taskNames: string[];
  taskOwners: { id: string; name: string }[];
  accountManagers: { id: string; name: string }[];
}

/**
 * Search and the choice filters. Every choice comes from the catalog or from one
 * `collaborations.filterOptions` call, never from the rows. One customer's page has no
 * customer search and no account manager filter: both would only ever match that customer.
 */
export function OverviewFilterFields({
  filters,
  searchText,
  choices,
  oneCustomer,
  onSearch,
  onChange,
}: {
  filters: OverviewFilters;
  searchText: string;
  choices: FilterChoices;
  oneCustomer: boolean;
  onSearch: (text: string) => void;
  onChange: (filters: OverviewFilters) => void;
}) {
  const translator = useTranslator();
  const id = useId();
  const all = translator.text('overview.filter.all');
  return (
    <div className="collab-overview__filters">
      {oneCustomer ? null : (
        <div className="collab-field collab-overview__search">
          <label htmlFor={`${id}-search`}>{translator.text('overview.search')}</label>
          <input
            id={`${id}-search`}
            className="collab-input"
            type="search"
            autoComplete="off"
            value={searchText}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
      )}
      <div className="collab-field">
        <label htmlFor={`${id}-service`}>{translator.text('overview.filter.service')}</label>
        <select
          id={`${id}-service`}
          className="collab-select"
          value={filters.service}
          onChange={(event) => {
            const chosen = serviceList.find((service) => service.id === event.target.value);
            onChange({ ...filters, service: chosen?.id ?? '' });
          }}
        >
          <option value="">{all}</option>
          {serviceList.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
      </div>
      <div className="collab-field">
        <label htmlFor={`${id}-task`}>{translator.text('overview.filter.task')}</label>
        <select
          id={`${id}-task`}
          className="collab-select"
          value={filters.taskName}
          onChange={(event) => onChange({ ...filters, taskName: event.target.value })}
        >
          <option value="">{all}</option>
          {choices.taskNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="collab-field">
        <label htmlFor={`${id}-owner`}>{translator.text('overview.filter.taskOwner')}</label>
        <select
          id={`${id}-owner`}
          className="collab-select"
          value={filters.taskOwnerId}
          onChange={(event) => onChange({ ...filters, taskOwnerId: event.target.value })}
        >
          <option value="">{all}</option>
          {choices.taskOwners.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      {oneCustomer ? null : (
        <div className="collab-field">
          <label htmlFor={`${id}-manager`}>
            {translator.text('overview.filter.accountManager')}
          </label>
          <select
            id={`${id}-manager`}
            className="collab-select"
            value={filters.accountManagerId}
            onChange={(event) => onChange({ ...filters, accountManagerId: event.target.value })}
          >
            <option value="">{all}</option>
            {choices.accountManagers.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="collab-field">
        <label htmlFor={`${id}-linked`}>{translator.text('overview.filter.linked')}</label>
        <select
          id={`${id}-linked`}
          className="collab-select"
          value={filters.linked}
          onChange={(event) =>
            onChange({
              ...filters,
              linked:
                event.target.value === 'linked' || event.target.value === 'unlinked'
                  ? event.target.value
                  : 'all',
            })
          }
        >
          <option value="all">{all}</option>
          <option value="linked">{translator.text('overview.filter.linkedOnly')}</option>
          <option value="unlinked">{translator.text('overview.filter.unlinkedOnly')}</option>
        </select>
      </div>
    </div>
  );
}
