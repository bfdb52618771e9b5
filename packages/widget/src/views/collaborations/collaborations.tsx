import { useTranslator } from '../../runtime/widget-context.js';

export interface CollaborationsViewProps {
  /** Only this customer's collaborations (a customer page in the host); null for all. */
  customerId: string | null;
}

// Scaffold: replaced by the overview.
export function CollaborationsView(_props: CollaborationsViewProps) {
  const translator = useTranslator();
  return <p role="status">{translator.text('overview.loading')}</p>;
}
