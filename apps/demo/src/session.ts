import type { DemoUser, DemoUserRole } from '@collab/db';

/**
 * The demo's sign-in, the way a real host does it: Byrådesk's own backend
 * (`POST /byradesk/session`, apps/server/src/demo-host/) signs the picked user in and opens a
 * widget session for them with its secret key (`POST /v1/sessions`); the page only ever holds
 * the short-lived session token, and fetches a new one before it expires. See README
 * "Integrate Collab into your app". The user list still comes from the development routes.
 */
export type { DemoUser, DemoUserRole };

export interface Session {
  user: DemoUser;
  token: string;
}

export const sessionKey = 'byradesk.session';

export function isEmployee(user: DemoUser): boolean {
  return user.role === 'employee_full' || user.role === 'employee_standard';
}

export function currentSession(): Session | null {
  const stored = localStorage.getItem(sessionKey);
  if (!stored) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'token' in parsed &&
      typeof parsed.token === 'string' &&
      'user' in parsed &&
      typeof parsed.user === 'object' &&
      parsed.user !== null
    ) {
      return parsed as Session;
    }
  } catch {
    // A damaged entry is treated as signed out.
  }
  localStorage.removeItem(sessionKey);
  return null;
}

export async function listUsers(): Promise<DemoUser[]> {
  const response = await fetch('/dev/users');
  if (!response.ok) throw new Error(`/dev/users answered ${response.status}`);
  return ((await response.json()) as { users: DemoUser[] }).users;
}

/** Byrådesk's backend opens a widget session (about 15 minutes) for the user. */
async function requestToken(userId: string): Promise<string> {
  const response = await fetch('/byradesk/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`/byradesk/session answered ${response.status}`);
  return ((await response.json()) as { token: string; expiresAt: string }).token;
}

export async function signIn(user: DemoUser): Promise<Session> {
  const session: Session = { user, token: await requestToken(user.id) };
  localStorage.setItem(sessionKey, JSON.stringify(session));
  return session;
}

export function signOut(): void {
  localStorage.removeItem(sessionKey);
}

/** Seconds since 1970 when the token stops working, read from its payload (not verified). */
function expiresAt(token: string): number {
  const payload = token.split('.')[1];
  if (!payload) return 0;
  try {
    const decoded: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof decoded === 'object' &&
      decoded !== null &&
      'exp' in decoded &&
      typeof decoded.exp === 'number'
      ? decoded.exp
      : 0;
  } catch {
    return 0;
  }
}

/**
 * What the widget's `getToken` calls: the stored token, or a new session for the same user
 * when it expires within a minute (sessions last 15 minutes). Null when nobody is signed in.
 */
export async function getToken(): Promise<string | null> {
  const session = currentSession();
  if (!session) return null;
  if (expiresAt(session.token) - 60 > Date.now() / 1000) return session.token;
  try {
    return (await signIn(session.user)).token;
  } catch {
    return null;
  }
}
