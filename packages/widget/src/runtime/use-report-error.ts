import { useEffect, useRef } from 'react';
import { describeError } from '../api/errors.js';
import { useEmit, useTranslator, useViewName } from './widget-context.js';

/** Each new failure of a query goes to the host once, as `collab:error`. */
export function useReportError(failure: unknown) {
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
