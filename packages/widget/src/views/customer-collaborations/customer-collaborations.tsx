import { useTranslator } from '../../runtime/widget-context.js';

// Scaffold: replaced by the customer's view.
export function CustomerCollaborationsView() {
  const translator = useTranslator();
  return <p role="status">{translator.text('customerView.loading')}</p>;
}
