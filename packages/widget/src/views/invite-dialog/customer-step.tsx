import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { FieldError, type HeadingRef, problemText, StepHeading } from './step-parts.js';
import type { ShownProblems } from './wizard.js';

/** Step 1: search the agency's customers by name or organisation number, and choose one. */
export function CustomerStep({
  headingRef,
  search,
  onSearch,
  customerId,
  onChoose,
  problems,
}: {
  headingRef: HeadingRef;
  search: string;
  onSearch: (search: string) => void;
  customerId: string | null;
  onChoose: (customerId: string) => void;
  problems: ShownProblems;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const searchId = useId();
  const errorId = useId();
  const resultsId = useId();
  // A query per pause in typing, not per key.
  const [settled, setSettled] = useState(search.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const customers = useQuery(
    trpc.customers.list.queryOptions(
      settled.length >= 2 ? { search: settled, limit: 10 } : skipToken,
    ),
  );
  const error = problemText(translator, problems.customerId, 'customerStep.required');
  const items = settled.length >= 2 ? (customers.data?.items ?? []) : [];
  return (
    <section>
      <StepHeading headingRef={headingRef} text={translator.text('customerStep.heading')} />
      <div className="collab-field">
        <label htmlFor={searchId}>{translator.text('customerStep.search')}</label>
        <input
          id={searchId}
          className="collab-input"
          type="search"
          autoComplete="off"
          value={search}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error && items.length === 0 ? true : undefined}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <p className="collab-muted" role="status">
        {settled.length < 2
          ? translator.text('customerStep.searchHint')
          : customers.isPending
            ? translator.text('customerStep.searching')
            : translator.plural('customerStep.resultCount', items.length)}
      </p>
      {items.length > 0 ? (
        <fieldset className="collab-fieldset" aria-describedby={error ? errorId : undefined}>
          <legend className="collab-legend" id={resultsId}>
            {translator.text('customerStep.results')}
          </legend>
          {items.map((item, index) => (
            <label className="collab-choice" key={item.id}>
              <input
                type="radio"
                name="customer"
                value={item.id}
                checked={customerId === item.id}
                aria-invalid={error && index === 0 ? true : undefined}
                onChange={() => onChoose(item.id)}
              />
              <span>
                {item.name} <span className="collab-muted">{item.orgNumber}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <FieldError id={errorId} text={error} />
    </section>
  );
}
