import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';

/**
 * For a user of the company who is not an admin: everything is shown, nothing can be
 * answered or ended, and this says why and whom to ask (their addresses masked by the API).
 */
export function ReadOnlyNotice() {
  const translator = useTranslator();
  const trpc = useTRPC();
  const admins = useQuery(trpc.account.admins.queryOptions());
  return (
    <div className="collab-customer-notice">
      <p className="collab-paragraph">{translator.text('customerView.readOnly')}</p>
      {admins.data ? (
        <p className="collab-paragraph">
          {admins.data.length > 0
            ? translator.text('customerView.admins', {
                admins: translator.list(
                  admins.data.map((admin) =>
                    translator.text('customerView.admin', { name: admin.name, email: admin.email }),
                  ),
                ),
              })
            : translator.text('customerView.noAdmins')}
        </p>
      ) : admins.isError ? (
        <div className="collab-customer-actions">
          <p className="collab-paragraph">{translator.text('customerView.adminsFailed')}</p>
          <button type="button" className="collab-button" onClick={() => void admins.refetch()}>
            {translator.text('customerView.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
