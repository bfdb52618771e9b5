import type { RouterOutputs } from '@collab/api';
import { collaborationStatusLabels, type ServiceDefinition } from '@collab/contracts';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../api/errors.js';
import { useTRPC } from '../api/trpc.js';
import type { Translator } from '../i18n/translator.js';
import { useEmit, useTranslator, useViewName } from '../runtime/widget-context.js';

type CustomerDetails = RouterOutputs['customers']['get'];

export interface InviteDialogViewProps {
  /** The customer to invite, from the host's own page; null until one is chosen. */
  customerId: string | null;
}

/**
 * The invite dialog's entry: a button that opens a native <dialog> (top layer, focus kept
 * inside and given back to the button on close, without portals). It shows the customer
 * and the service catalog with each option's default.
 */
export function InviteDialogView({ customerId }: InviteDialogViewProps) {
  const translator = useTranslator();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="collab-button collab-button--primary"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        {translator.text('inviteDialog.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="collab-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <InviteDialogContent
            customerId={customerId}
            titleId={titleId}
            onClose={() => dialogRef.current?.close()}
          />
        ) : null}
      </dialog>
    </>
  );
}

function InviteDialogContent({
  customerId,
  titleId,
  onClose,
}: {
  customerId: string | null;
  titleId: string;
  onClose: () => void;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const services = useQuery(trpc.catalog.services.queryOptions());
  const customer = useQuery(
    trpc.customers.get.queryOptions(customerId ? { customerId } : skipToken),
  );
  const failure = services.error ?? customer.error;
  const loading = services.isPending || (customerId !== null && customer.isPending);
  useReportError(failure);

  return (
    <>
      <div className="collab-dialog__header">
        <h2 className="collab-heading" id={titleId}>
          {customer.data
            ? translator.text('inviteDialog.titleForCustomer', { customerName: customer.data.name })
            : translator.text('inviteDialog.title')}
        </h2>
      </div>
      <div className="collab-dialog__body" aria-busy={loading}>
        {failure ? (
          <div>
            <p className="collab-alert" role="alert">
              {describeError(failure, translator).message}
            </p>
            <button
              type="button"
              className="collab-button"
              onClick={() => {
                if (services.error) void services.refetch();
                if (customer.error) void customer.refetch();
              }}
            >
              {translator.text('inviteDialog.retry')}
            </button>
          </div>
        ) : loading ? (
          <p className="collab-muted" role="status">
            {translator.text('inviteDialog.loading')}
          </p>
        ) : (
          <>
            <CustomerFacts customer={customer.data ?? null} translator={translator} />
            <ServiceList
              services={services.data ?? []}
              customer={customer.data ?? null}
              translator={translator}
            />
          </>
        )}
      </div>
      <div className="collab-dialog__footer">
        <button type="button" className="collab-button" onClick={onClose}>
          {translator.text('inviteDialog.close')}
        </button>
      </div>
    </>
  );
}

/** Each new failure goes to the host once, as `collab:error` (a language change is not one). */
function useReportError(failure: unknown) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const currentTranslator = useRef(translator);
  useEffect(() => {
    currentTranslator.current = translator;
  });
  useEffect(() => {
    if (failure)
      emit('collab:error', { ...describeError(failure, currentTranslator.current), view });
  }, [failure, emit, view]);
}

function CustomerFacts({
  customer,
  translator,
}: {
  customer: CustomerDetails | null;
  translator: Translator;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 className="collab-subheading" id={headingId}>
        {translator.text('customer.heading')}
      </h3>
      {customer ? (
        <dl className="collab-facts">
          <dt>{translator.text('customer.name')}</dt>
          <dd>{customer.name}</dd>
          <dt>{translator.text('customer.orgNumber')}</dt>
          <dd>{customer.orgNumber}</dd>
          <dt>{translator.text('customer.companyType')}</dt>
          <dd>{translator.label(`companyType.${customer.companyType}`, customer.companyType)}</dd>
          <dt>{translator.text('customer.contact')}</dt>
          <dd>{customer.contact.name}</dd>
          <dt>{translator.text('customer.account')}</dt>
          <dd>
            {customer.account
              ? translator.plural('customer.accountAdmins', customer.account.adminCount)
              : translator.text('customer.noAccount')}
          </dd>
        </dl>
      ) : (
        <p className="collab-muted">{translator.text('inviteDialog.noCustomer')}</p>
      )}
    </section>
  );
}

function optionValueLabel(translator: Translator, option: string, value: string): string {
  return translator.label(`option.${option}.${value}`, value);
}

function ServiceList({
  services,
  customer,
  translator,
}: {
  services: readonly ServiceDefinition[];
  customer: CustomerDetails | null;
  translator: Translator;
}) {
  const headingId = useId();
  const nameOf = (id: string) => services.find((service) => service.id === id)?.name ?? id;
  return (
    <section aria-labelledby={headingId}>
      <h3 className="collab-subheading" id={headingId}>
        {translator.text('services.heading')}
      </h3>
      <p className="collab-muted">{translator.plural('services.count', services.length)}</p>
      <ul className="collab-services">
        {services.map((service) => {
          const taken = customer?.openCollaborations.find((open) => open.service === service.id);
          const options = Object.entries(service.options);
          return (
            <li className="collab-service" key={service.id}>
              <h4 className="collab-service__name">
                {service.name}
                {taken ? (
                  <span className="collab-badge">
                    {translator.text('services.taken', {
                      status: collaborationStatusLabels[translator.locale][taken.status],
                    })}
                  </span>
                ) : null}
              </h4>
              {options.length > 0 ? (
                <dl className="collab-facts">
                  {options.map(([name, option]) => (
                    <div key={name} className="collab-facts__row">
                      <dt>{translator.label(`option.${name}`, name)}</dt>
                      <dd>
                        {translator.text('services.defaultValue', {
                          value: optionValueLabel(translator, name, option.default),
                        })}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="collab-muted">{translator.text('services.noOptions')}</p>
              )}
              {service.requires.length > 0 ? (
                <p className="collab-muted">
                  {translator.text('services.requires', {
                    services: translator.list(service.requires.map(nameOf)),
                  })}
                </p>
              ) : null}
              {service.agencyVariant ? (
                <p className="collab-muted">
                  {translator.text('services.agencyVariant', {
                    variant: optionValueLabel(translator, 'variant', service.agencyVariant),
                  })}
                </p>
              ) : null}
              {service.licenceFollowsCompanyType ? (
                <p className="collab-muted">
                  {translator.text('services.licenceFollowsCompanyType')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
