import { useTranslator } from '../../runtime/widget-context.js';

export interface AcceptInvitationViewProps {
  /** The invitation link's token; null when the page has none. */
  invitationToken: string | null;
}

// Scaffold: replaced by the accept page.
export function AcceptInvitationView(_props: AcceptInvitationViewProps) {
  const translator = useTranslator();
  return <p role="status">{translator.text('accept.loading')}</p>;
}
