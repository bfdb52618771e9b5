import {
  companyTypes,
  defaultOptions,
  optionsToStore,
  type ServiceId,
  type ServiceOptions,
  serviceList,
} from '@collab/contracts';

/** One option a collaboration can hold, and the whole set of options it is stored with. */
export interface StoredOption {
  service: ServiceId;
  name: string;
  value: string;
  /** The service's stored options with this one among them, as the API stores them. */
  options: ServiceOptions;
}

/**
 * Every option the catalog lets a collaboration hold, each value once: the chosen options of
 * every service, and the licence that follows the company type (Skatt & Bokslut Pro) for every
 * company type. Read from the catalog, so a new option or value is in every test that uses it.
 */
export function everyStoredOption(): StoredOption[] {
  return serviceList.flatMap((service) => {
    const chosen = Object.entries(service.options).flatMap(([name, option]) =>
      option.values.map((value) => ({
        service: service.id,
        name,
        value,
        options: optionsToStore(
          service.id,
          { ...defaultOptions(service.id), [name]: value },
          'aktiebolag',
        ),
      })),
    );
    const licences = service.licenceFollowsCompanyType
      ? companyTypes.map((companyType) => ({
          service: service.id,
          name: 'licence',
          value: companyType,
          options: optionsToStore(service.id, defaultOptions(service.id), companyType),
        }))
      : [];
    return [...chosen, ...licences];
  });
}
