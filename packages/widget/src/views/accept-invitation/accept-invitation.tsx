import type { RouterOutputs } from '@collab/api';
import { type Locale, termsFor } from '@collab/contracts';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import type { Translator } from '../../i18n/translator.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';

export interface AcceptInvitationViewProps {
  /** The invitation link's token; null when the page has none. */
  invitationToken: string | null;
}

type Invitation = RouterOutputs['invitations']['byToken'];
type AcceptResult = RouterOutputs['invitations']['accept'];
type Admin = { name: string | null; maskedEmail: string };

/**
 * Every screen of the accept page. Each has its own heading, which gets the focus when the
 * screen appears, so a screen reader hears where the person is.
 */
export type AcceptScreen =
  | { name: 'loading' }
  | {
      name: 'invitation';
      invitation: Invitation;
      signedInAs: { name: string; accountName: string };
    }
  | { name: 'declining'; invitation: Invitation }
  | { name: 'signedOut'; invitation: Invitation | null }
  | { name: 'wrongCompany'; customerName: string; accountName: string }
  | { name: 'notAccountUser' }
  | { name: 'notAdmin'; accountName: string; admins: Admin[] }
  | { name: 'alreadyAccepted'; invitation: Invitation }
  | { name: 'alreadyDeclined'; invitation: Invitation }
  | { name: 'expired'; invitation: Invitation }
  | { name: 'cancelled'; invitation: Invitation }
  | { name: 'replaced' }
  | { name: 'invalid'; missingToken: boolean }
  | { name: 'unavailable'; failure: DescribedError }
  | { name: 'accepted'; invitation: Invitation; result: AcceptResult }
  | { name: 'declined'; invitation: Invitation; reason: string | null };

/**
 * What the link shows on opening: the invitation's own state first (nobody can answer a
 * closed invitation, whoever they are), then how the signed-in person stands.
 */
function screenOf(invitation: Invitation): AcceptScreen {
  switch (invitation.state) {
    case 'accepted':
      return { name: 'alreadyAccepted', invitation };
    case 'declined':
      return { name: 'alreadyDeclined', invitation };
    case 'expired':
      return { name: 'expired', invitation };
    case 'cancelled':
      return { name: 'cancelled', invitation };
    case 'pending':
      break;
    default:
      throw new Error(`Unhandled invitation state ${invitation.state satisfies never}`);
  }
  const viewer = invitation.viewer;
  switch (viewer.standing) {
    case 'signed_out':
      return { name: 'signedOut', invitation };
    case 'not_account_user':
      return { name: 'notAccountUser' };
    case 'wrong_company':
      return {
        name: 'wrongCompany',
        customerName: viewer.customerName,
        accountName: viewer.accountName,
      };
    case 'not_admin':
      return { name: 'notAdmin', accountName: viewer.accountName, admins: viewer.admins };
    case 'can_answer':
      return {
        name: 'invitation',
        invitation,
        signedInAs: { name: viewer.name, accountName: viewer.accountName },
      };
    default:
      throw new Error(`Unhandled standing ${viewer satisfies never}`);
  }
}

/** The params the server sent with a refusal (`data.params`), as strings. */
function paramsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const params = (error.data as { params?: unknown } | undefined)?.params;
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value ?? '')]),
  );
}

/** A failed load to its screen; null when the failure says nothing about the link. */
function screenOfLoadFailure(code: DescribedError['code']): AcceptScreen | null {
  switch (code) {
    case 'INVITATION_LINK_INVALID':
    case 'INVITATION_NOT_FOUND':
    case 'VALIDATION_FAILED':
      return { name: 'invalid', missingToken: false };
    case 'INVITATION_REPLACED':
      return { name: 'replaced' };
    case 'UNAUTHENTICATED':
      return { name: 'signedOut', invitation: null };
    default:
      return null;
  }
}

/**
 * A refused answer to the screen that explains it: someone else answered meanwhile, the
 * agency withdrew it, the session ended… Null for failures that leave the invitation as it
 * was (the network, the server), which are shown beside the buttons.
 */
function screenOfRefusal(
  code: DescribedError['code'],
  params: Record<string, string>,
  invitation: Invitation,
): AcceptScreen | null {
  switch (code) {
    case 'INVITATION_ALREADY_ACCEPTED':
      return { name: 'alreadyAccepted', invitation };
    case 'INVITATION_ALREADY_DECLINED':
      return { name: 'alreadyDeclined', invitation };
    case 'INVITATION_EXPIRED':
      return { name: 'expired', invitation };
    case 'INVITATION_CANCELLED':
      return { name: 'cancelled', invitation };
    case 'INVITATION_REPLACED':
      return { name: 'replaced' };
    case 'INVITATION_LINK_INVALID':
    case 'INVITATION_NOT_FOUND':
      return { name: 'invalid', missingToken: false };
    case 'INVITATION_WRONG_COMPANY':
      return {
        name: 'wrongCompany',
        customerName: params.customerName ?? invitation.customerName,
        accountName: params.accountName ?? '',
      };
    case 'ACCOUNT_ADMIN_REQUIRED':
      return {
        name: 'notAdmin',
        accountName: params.accountName ?? invitation.customerName,
        admins: (params.admins ?? '')
          .split(', ')
          .filter((maskedEmail) => maskedEmail !== '')
          .map((maskedEmail) => ({ name: null, maskedEmail })),
      };
    case 'ACCOUNT_USER_REQUIRED':
      return { name: 'notAccountUser' };
    case 'UNAUTHENTICATED':
      return { name: 'signedOut', invitation };
    default:
      return null;
  }
}

const intlTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** "27 december 2026, kl. 10:00": an invitation expires at a moment, not at midnight. */
function expiryText(translator: Translator, expiresAt: string): string {
  const time = new Intl.DateTimeFormat(intlTags[translator.locale], {
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(expiresAt));
  return translator.text('accept.expiresAt', { date: translator.date(expiresAt), time });
}

/**
 * The accept page (flow 2 in DESIGN.md). Opening it only reads (`invitations.byToken`);
 * only the Accept and Decline buttons change anything. The server also says how the
 * signed-in person stands, so a wrong company or a missing admin role is explained before
 * anyone presses a button.
 */
export function AcceptInvitationView({ invitationToken }: AcceptInvitationViewProps) {
  const token = invitationToken?.trim() ? invitationToken.trim() : null;
  // A new link is a new page: nothing of the previous one's answers carries over.
  return <AcceptPage key={token ?? ''} token={token} />;
}

function AcceptPage({ token }: { token: string | null }) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const invitation = useQuery({
    ...trpc.invitations.byToken.queryOptions(token ? { token } : skipToken),
    // The page offers "Try again" itself, so a failure is shown at once.
    retry: false,
  });
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const decline = useMutation(trpc.invitations.decline.mutationOptions());

  /** A screen that an action moved to, over what the link says. */
  const [moved, setMoved] = useState<AcceptScreen | null>(null);
  const [actionFailure, setActionFailure] = useState<DescribedError | null>(null);
  const [reason, setReason] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const loadFailure = invitation.error ? describeError(invitation.error, translator) : null;
  const loadFailureCode = loadFailure?.code ?? null;
  const currentTranslator = useRef(translator);
  useEffect(() => {
    currentTranslator.current = translator;
  });
  useEffect(() => {
    if (invitation.error)
      emit('collab:error', { ...describeError(invitation.error, currentTranslator.current), view });
  }, [invitation.error, emit, view]);

  const screen: AcceptScreen = !token
    ? { name: 'invalid', missingToken: true }
    : moved
      ? moved
      : invitation.data
        ? screenOf(invitation.data)
        : loadFailure
          ? (screenOfLoadFailure(loadFailure.code) ?? { name: 'unavailable', failure: loadFailure })
          : { name: 'loading' };

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each new screen starts at its heading, unless the person is busy elsewhere on the host's
  // page: the focus moves only from nowhere or from inside the widget.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new screen is what triggers it.
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    const root = heading.getRootNode();
    const active = document.activeElement;
    const focusIsFree =
      active === null ||
      active === document.body ||
      (root instanceof ShadowRoot && (active === root.host || root.host.contains(active)));
    if (focusIsFree) heading.focus();
  }, [screen.name, loadFailureCode]);

  /** After an answer the stored invitation is out of date; it is read again when next shown. */
  function forgetInvitation() {
    if (!token) return;
    void queryClient.invalidateQueries({
      queryKey: trpc.invitations.byToken.queryKey({ token }),
      refetchType: 'none',
    });
  }

  function onFailure(error: unknown, current: Invitation) {
    const described = describeError(error, translator);
    emit('collab:error', { ...described, view });
    const next = screenOfRefusal(described.code, paramsOf(error), current);
    if (next) {
      forgetInvitation();
      setActionFailure(null);
      setMoved(next);
      setAnnouncement(described.message);
    } else {
      setActionFailure(described);
    }
  }

  function onAccept(current: Invitation) {
    if (!token || accept.isPending) return;
    setActionFailure(null);
    accept.mutate(
      { token },
      {
        onSuccess(result) {
          forgetInvitation();
          setMoved({ name: 'accepted', invitation: current, result });
          const names = activeServiceNames(current, result);
          setAnnouncement(
            `${translator.text('accept.accepted.heading')}. ${translator.plural('accept.accepted.active', names.length, { services: translator.list(names), customerName: current.customerName })}`,
          );
          emit('collab:accepted', {
            invitationId: result.invitationId,
            collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
          });
        },
        onError: (error) => onFailure(error, current),
      },
    );
  }

  function onDecline(current: Invitation) {
    if (!token || decline.isPending) return;
    setActionFailure(null);
    const given = reason.trim() === '' ? null : reason.trim();
    decline.mutate(given === null ? { token } : { token, reason: given }, {
      onSuccess(result) {
        forgetInvitation();
        setMoved({ name: 'declined', invitation: current, reason: given });
        setAnnouncement(
          `${translator.text('accept.declined.heading')}. ${translator.text('accept.declined.body', { invitedByName: current.invitedByName, agencyName: current.agencyName })}`,
        );
        emit('collab:declined', {
          invitationId: result.invitationId,
          collaborationIds: result.collaborations.map((collaboration) => collaboration.id),
          reason: given,
        });
      },
      onError: (error) => onFailure(error, current),
    });
  }

  function signIn() {
    emit('collab:sign-in-required', { returnUrl: location.href });
  }

  return (
    <div className="collab-accept" aria-busy={screen.name === 'loading'}>
      <div role="status" aria-live="polite" className="collab-announcement collab-accept__live">
        {announcement}
      </div>
      <Screen
        screen={screen}
        headingRef={headingRef}
        actionFailure={actionFailure}
        accepting={accept.isPending}
        declining={decline.isPending}
        retrying={invitation.isFetching}
        reason={reason}
        onReason={setReason}
        onAccept={onAccept}
        onStartDecline={(current) => {
          setActionFailure(null);
          setMoved({ name: 'declining', invitation: current });
        }}
        onDecline={onDecline}
        onBack={() => {
          setActionFailure(null);
          setMoved(null);
        }}
        onRetry={() => void invitation.refetch()}
        onSignIn={signIn}
      />
    </div>
  );
}

interface ScreenProps {
  screen: AcceptScreen;
  headingRef: RefObject<HTMLHeadingElement | null>;
  actionFailure: DescribedError | null;
  accepting: boolean;
  declining: boolean;
  retrying: boolean;
  reason: string;
  onReason: (reason: string) => void;
  onAccept: (invitation: Invitation) => void;
  onStartDecline: (invitation: Invitation) => void;
  onDecline: (invitation: Invitation) => void;
  onBack: () => void;
  onRetry: () => void;
  onSignIn: () => void;
}

function Heading({
  headingRef,
  children,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  return (
    <h2 className="collab-heading collab-step-heading" tabIndex={-1} ref={headingRef}>
      {children}
    </h2>
  );
}

/** The explanation of a screen that stops the person from answering. */
function Explanation({ lines }: { lines: (string | null)[] }) {
  return (
    <div className="collab-accept__notice" role="alert">
      {lines
        .filter((line): line is string => line !== null && line !== '')
        .map((line) => (
          <p className="collab-paragraph" key={line}>
            {line}
          </p>
        ))}
    </div>
  );
}

function Screen(props: ScreenProps) {
  const translator = useTranslator();
  const { screen, headingRef } = props;
  const heading = (text: string) => <Heading headingRef={headingRef}>{text}</Heading>;
  switch (screen.name) {
    case 'loading':
      return (
        <p className="collab-muted" role="status">
          {translator.text('accept.loading')}
        </p>
      );
    case 'invitation':
      return <InvitationScreen {...props} screen={screen} />;
    case 'declining':
      return <DeclineScreen {...props} screen={screen} />;
    case 'signedOut':
      return (
        <section>
          {heading(translator.text('accept.signedOut.heading'))}
          <p className="collab-paragraph">
            {screen.invitation
              ? translator.text('accept.signedOut.body', {
                  customerName: screen.invitation.customerName,
                })
              : translator.text('accept.signedOut.bodyUnknownCompany')}
          </p>
          <div className="collab-accept__actions">
            <button
              type="button"
              className="collab-button collab-button--primary"
              onClick={props.onSignIn}
            >
              {translator.text('accept.signedOut.signIn')}
            </button>
          </div>
          {screen.invitation ? <InvitationDetails invitation={screen.invitation} /> : null}
        </section>
      );
    case 'wrongCompany':
      return (
        <section>
          {heading(translator.text('accept.wrongCompany.heading'))}
          <Explanation
            lines={[
              translator.error('INVITATION_WRONG_COMPANY', {
                customerName: screen.customerName,
                accountName: screen.accountName,
              }),
            ]}
          />
        </section>
      );
    case 'notAccountUser':
      return (
        <section>
          {heading(translator.text('accept.notAccountUser.heading'))}
          <Explanation lines={[translator.error('ACCOUNT_USER_REQUIRED')]} />
        </section>
      );
    case 'notAdmin':
      return (
        <section>
          {heading(translator.text('accept.notAdmin.heading'))}
          <Explanation
            lines={[translator.text('accept.notAdmin.body', { accountName: screen.accountName })]}
          />
          {screen.admins.length > 0 ? (
            <>
              <h3 className="collab-minor-heading">{translator.text('accept.notAdmin.admins')}</h3>
              <ul className="collab-list">
                {screen.admins.map((admin) => (
                  <li key={admin.maskedEmail}>
                    {admin.name
                      ? translator.text('accept.notAdmin.admin', {
                          name: admin.name,
                          maskedEmail: admin.maskedEmail,
                        })
                      : admin.maskedEmail}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      );
    case 'alreadyAccepted':
      return (
        <ClosedScreen
          headingRef={headingRef}
          heading={translator.text('accept.alreadyAccepted.heading')}
          lines={[
            translator.text('accept.alreadyAccepted.body', {
              agencyName: screen.invitation.agencyName,
            }),
          ]}
        />
      );
    case 'alreadyDeclined':
      return (
        <ClosedScreen
          headingRef={headingRef}
          heading={translator.text('accept.alreadyDeclined.heading')}
          lines={[
            translator.error('INVITATION_ALREADY_DECLINED'),
            translator.text('accept.alreadyDeclined.body', {
              agencyName: screen.invitation.agencyName,
            }),
          ]}
        />
      );
    case 'expired':
      return (
        <ClosedScreen
          headingRef={headingRef}
          heading={translator.text('accept.expired.heading')}
          lines={[
            translator.error('INVITATION_EXPIRED', {
              expiresAt: translator.date(screen.invitation.expiresAt),
            }),
          ]}
        />
      );
    case 'cancelled':
      return (
        <ClosedScreen
          headingRef={headingRef}
          heading={translator.text('accept.cancelled.heading')}
          lines={[
            translator.error('INVITATION_CANCELLED'),
            translator.text('accept.cancelled.body', { agencyName: screen.invitation.agencyName }),
          ]}
        />
      );
    case 'replaced':
      return (
        <section>
          {heading(translator.text('accept.replaced.heading'))}
          <Explanation lines={[translator.error('INVITATION_REPLACED')]} />
        </section>
      );
    case 'invalid':
      return (
        <section>
          {heading(translator.text('accept.invalid.heading'))}
          <Explanation
            lines={[
              screen.missingToken
                ? translator.text('accept.invalid.missing')
                : translator.error('INVITATION_LINK_INVALID'),
            ]}
          />
        </section>
      );
    case 'unavailable':
      return (
        <section>
          {heading(translator.text('accept.unavailable.heading'))}
          <Explanation lines={[screen.failure.message]} />
          <div className="collab-accept__actions">
            <button
              type="button"
              className="collab-button collab-button--primary"
              aria-disabled={props.retrying}
              onClick={() => {
                if (!props.retrying) props.onRetry();
              }}
            >
              {props.retrying
                ? translator.text('accept.retrying')
                : translator.text('accept.retry')}
            </button>
          </div>
        </section>
      );
    case 'accepted':
      return <AcceptedScreen headingRef={headingRef} screen={screen} />;
    case 'declined':
      return (
        <section>
          {heading(translator.text('accept.declined.heading'))}
          <p className="collab-paragraph">
            {translator.text('accept.declined.body', {
              invitedByName: screen.invitation.invitedByName,
              agencyName: screen.invitation.agencyName,
            })}
          </p>
          {screen.reason ? (
            <p className="collab-paragraph">
              {translator.text('accept.declined.reason', { reason: screen.reason })}
            </p>
          ) : null}
        </section>
      );
    default:
      throw new Error(`Unhandled screen ${screen satisfies never}`);
  }
}

function ClosedScreen({
  headingRef,
  heading,
  lines,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  heading: string;
  lines: string[];
}) {
  return (
    <section>
      <Heading headingRef={headingRef}>{heading}</Heading>
      <div className="collab-accept__notice">
        {lines.map((line) => (
          <p className="collab-paragraph" key={line}>
            {line}
          </p>
        ))}
      </div>
    </section>
  );
}

function InvitationScreen(
  props: ScreenProps & { screen: Extract<AcceptScreen, { name: 'invitation' }> },
) {
  const translator = useTranslator();
  const { invitation, signedInAs } = props.screen;
  const failureId = useId();
  return (
    <section aria-busy={props.accepting}>
      <Heading headingRef={props.headingRef}>
        {translator.text('accept.invitation.heading', { agencyName: invitation.agencyName })}
      </Heading>
      <p className="collab-paragraph">
        {translator.text('accept.invitation.intro', {
          invitedByName: invitation.invitedByName,
          agencyName: invitation.agencyName,
          customerName: invitation.customerName,
        })}
      </p>
      <p className="collab-muted">{translator.text('accept.signedInAs', signedInAs)}</p>
      <InvitationDetails invitation={invitation} />
      {props.actionFailure ? (
        <div className="collab-alert" role="alert" id={failureId}>
          <p className="collab-alert__line">{translator.text('accept.actionFailed')}</p>
          <p className="collab-alert__line">{props.actionFailure.message}</p>
        </div>
      ) : null}
      <div className="collab-accept__actions">
        <button
          type="button"
          className="collab-button collab-button--primary"
          aria-disabled={props.accepting}
          aria-describedby={props.actionFailure ? failureId : undefined}
          onClick={() => props.onAccept(invitation)}
        >
          {props.accepting ? translator.text('accept.accepting') : translator.text('accept.accept')}
        </button>
        <button
          type="button"
          className="collab-button"
          aria-disabled={props.accepting}
          onClick={() => {
            if (!props.accepting) props.onStartDecline(invitation);
          }}
        >
          {translator.text('accept.decline')}
        </button>
      </div>
    </section>
  );
}

function DeclineScreen(
  props: ScreenProps & { screen: Extract<AcceptScreen, { name: 'declining' }> },
) {
  const translator = useTranslator();
  const { invitation } = props.screen;
  const baseId = useId();
  const reasonId = `${baseId}-reason`;
  const hintId = `${baseId}-hint`;
  const failureId = `${baseId}-failure`;
  return (
    <section aria-busy={props.declining}>
      <Heading headingRef={props.headingRef}>
        {translator.text('accept.declineForm.heading', { agencyName: invitation.agencyName })}
      </Heading>
      <p className="collab-paragraph">
        {translator.text('accept.declineForm.intro', {
          invitedByName: invitation.invitedByName,
          agencyName: invitation.agencyName,
        })}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onDecline(invitation);
        }}
      >
        <div className="collab-field">
          <label htmlFor={reasonId}>{translator.text('accept.declineForm.reason')}</label>
          <textarea
            id={reasonId}
            className="collab-input collab-accept__reason"
            rows={4}
            maxLength={1000}
            value={props.reason}
            aria-describedby={hintId}
            onChange={(event) => props.onReason(event.target.value)}
          />
          <p className="collab-muted" id={hintId}>
            {translator.text('accept.declineForm.reasonHint', {
              invitedByName: invitation.invitedByName,
            })}
          </p>
        </div>
        {props.actionFailure ? (
          <div className="collab-alert" role="alert" id={failureId}>
            <p className="collab-alert__line">{translator.text('accept.actionFailed')}</p>
            <p className="collab-alert__line">{props.actionFailure.message}</p>
          </div>
        ) : null}
        <div className="collab-accept__actions">
          <button
            type="submit"
            className="collab-button collab-button--primary"
            aria-disabled={props.declining}
            aria-describedby={props.actionFailure ? failureId : undefined}
            onClick={(event) => {
              if (props.declining) event.preventDefault();
            }}
          >
            {props.declining
              ? translator.text('accept.declineForm.declining')
              : translator.text('accept.declineForm.confirm')}
          </button>
          <button
            type="button"
            className="collab-button"
            onClick={() => {
              if (!props.declining) props.onBack();
            }}
          >
            {translator.text('accept.declineForm.back')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AcceptedScreen({
  headingRef,
  screen,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  screen: Extract<AcceptScreen, { name: 'accepted' }>;
}) {
  const translator = useTranslator();
  const { invitation, result } = screen;
  const names = activeServiceNames(invitation, result);
  return (
    <section>
      <Heading headingRef={headingRef}>{translator.text('accept.accepted.heading')}</Heading>
      <p className="collab-paragraph">
        {translator.plural('accept.accepted.active', names.length, {
          services: translator.list(names),
          customerName: invitation.customerName,
        })}
      </p>
      <p className="collab-paragraph">
        {result.agencyAccess.length > 0
          ? translator.text('accept.accepted.access', {
              agencyName: invitation.agencyName,
              names: translator.list(result.agencyAccess.map((person) => person.name)),
            })
          : translator.text('accept.accepted.accessUnknown', {
              agencyName: invitation.agencyName,
            })}
      </p>
      <p className="collab-paragraph">{translator.text('accept.accepted.emails')}</p>
    </section>
  );
}

/** The services the answer made active, by name; all the invited ones if it names none. */
function activeServiceNames(invitation: Invitation, result: AcceptResult): string[] {
  const active = result.collaborations.flatMap((collaboration) => {
    const shown = invitation.services.find((service) => service.service === collaboration.service);
    return shown ? [shown.name] : [];
  });
  return active.length > 0 ? active : invitation.services.map((service) => service.name);
}

/** Option name and value as the person reads them: "Variant: Smart". */
function optionLines(translator: Translator, options: Record<string, string>): string[] {
  return Object.entries(options)
    .filter(([name]) => name !== 'invoiceRecipient')
    .map(
      ([name, value]) =>
        `${translator.label(`option.${name}`, name)}: ${translator.label(`option.${name}.${value}`, value)}`,
    );
}

/** What the invitation offers: the parties, the services with their options and payer, the terms. */
function InvitationDetails({ invitation }: { invitation: Invitation }) {
  const translator = useTranslator();
  const terms = termsFor('existing_account', translator.locale, invitation.agencyName);
  return (
    <>
      <h3 className="collab-minor-heading">{translator.text('accept.facts')}</h3>
      <dl className="collab-facts">
        <div className="collab-facts__row">
          <dt>{translator.text('accept.agency')}</dt>
          <dd>{invitation.agencyName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.company')}</dt>
          <dd>{invitation.customerName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.invitedBy')}</dt>
          <dd>{invitation.invitedByName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.expires')}</dt>
          <dd>{expiryText(translator, invitation.expiresAt)}</dd>
        </div>
      </dl>
      <h3 className="collab-minor-heading">{translator.text('accept.services')}</h3>
      <ul className="collab-services">
        {invitation.services.map((service) => (
          <li className="collab-service" key={service.service}>
            <p className="collab-service__name">{service.name}</p>
            {optionLines(translator, service.options).map((line) => (
              <p className="collab-accept__option" key={line}>
                {line}
              </p>
            ))}
            <p className="collab-accept__option">
              {translator.text('accept.paidBy', {
                payer:
                  service.invoiceRecipient === 'agency'
                    ? translator.text('accept.payer.agency', { agencyName: invitation.agencyName })
                    : translator.text('accept.payer.customer', {
                        customerName: invitation.customerName,
                      }),
              })}
            </p>
          </li>
        ))}
      </ul>
      <h3 className="collab-minor-heading">{translator.text('accept.terms')}</h3>
      <ul className="collab-list">
        {terms.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
