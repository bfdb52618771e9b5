import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { describeError } from '../api/errors.js';
import { failureReportsOf } from '../api/failure-reports.js';
import { useEmit, useTranslator, useViewName } from './widget-context.js';

/**
 * A failed query goes to the host as `collab:error`, once per failure rather than once per
 * query: the queries of every view of the same API URL that fail with the same code together
 * make one event, from the first view that shows it (src/api/failure-reports.ts).
 */
export function useReportError(failure: unknown) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const queryClient = useQueryClient();
  const currentTranslator = useRef(translator);
  useEffect(() => {
    currentTranslator.current = translator;
  });
  useEffect(() => {
    if (!failure) return;
    const described = describeError(failure, currentTranslator.current);
    if (failureReportsOf(queryClient).claim(described.code))
      emit('collab:error', { ...described, view });
  }, [failure, emit, view, queryClient]);
}
