import 'server-only';
import type { AuthOptions } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { StaffRole } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { CodeRejectedError, verifyChallengeCode } from '@/lib/identity/otp';
import { passkeyCredentialsSchema } from '@/lib/identity/passkey-schema';
import { PasskeyRejectedError, relyingPartyFor, verifyPasskeySignIn } from '@/lib/identity/passkeys';
import { absoluteTimeoutMs, resolveCustomerSession, resolveStaffSession, startCustomerSession, startStaffSession, type CustomerSession } from '@/lib/identity/sessions';
import { authenticateStaff } from '@/lib/staff/authentication';
import { can, type Permission } from '@/lib/staff/policy';

/**
 * Browser sessions through next-auth: the signed JWT cookie carries only the id of a session
 * row, which holds the truth (idle and absolute limits, revocation, fresh verification), so a
 * session ends server-side the moment it should, whatever the cookie says.
 */

const credentialsSchema = z.object({ challengeId: z.string().min(1).max(64), code: z.string().trim().max(12) });
const staffCredentialsSchema = z.object({ email: z.string().trim().max(320), password: z.string().max(1024), secondFactor: z.string().trim().max(20).optional(), requestedFrom: z.string().max(100).optional() });

export function authOptions(): AuthOptions {
  const config = getConfig();
  return {
    secret: config.authSecret,
    session: { strategy: 'jwt', maxAge: absoluteTimeoutMs / 1000 },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'customer-otp',
        name: 'SMS code',
        credentials: { challengeId: { type: 'text' }, code: { type: 'text' } },
        async authorize(credentials) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('code_wrong');
          try {
            const verified = await verifyChallengeCode(parsed.data.challengeId, parsed.data.code);
            if (verified.purpose !== 'sign_in') throw new Error('code_wrong');
            const session = await startCustomerSession({ customerId: verified.customerId, phone: verified.phone, withToken: false });
            return { id: session.sessionId };
          } catch (error) {
            // next-auth hands this message to the sign-in page, which translates it.
            if (error instanceof CodeRejectedError) throw new Error(error.reason);
            throw error;
          }
        },
      }),
      CredentialsProvider({
        // Rule 8: a passkey instead of the SMS code (lib/identity/passkeys.ts); the browser got its challenge from /api/passkeys/authentication/options.
        id: 'customer-passkey',
        name: 'Passkey',
        credentials: { challengeId: { type: 'text' }, response: { type: 'text' } },
        async authorize(credentials, request) {
          const parsed = passkeyCredentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('passkey_rejected');
          try {
            const verified = await verifyPasskeySignIn(relyingPartyFor(request.headers ?? {}), parsed.data);
            const session = await startCustomerSession({ customerId: verified.customerId, phone: verified.phone, withToken: false });
            return { id: session.sessionId };
          } catch (error) {
            if (error instanceof PasskeyRejectedError) throw new Error(error.reason);
            if (error instanceof AppError) throw new Error('passkey_rejected');
            throw error;
          }
        },
      }),
      CredentialsProvider({
        id: 'staff-password',
        name: 'Staff',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, secondFactor: { type: 'text' } },
        async authorize(credentials, request) {
          const parsed = staffCredentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('credentials_wrong');
          const forwarded = (request.headers?.['x-forwarded-for'] as string | undefined)?.split(',')[0]?.trim();
          try {
            const staff = await authenticateStaff({ ...parsed.data, requestedFrom: forwarded || 'unknown', channel: 'browser' });
            // Without an enrolled second factor there is no session: the page enrols first (lib/staff/enrolment.ts).
            if (staff.enrolmentRequired) throw new Error('enrolment_required');
            const session = await startStaffSession({ staffUserId: staff.staffUserId, withToken: false });
            return { id: session.sessionId };
          } catch (error) {
            if (error instanceof AppError) throw new Error(error.code === 'rate_limited' ? 'rate_limited' : 'credentials_wrong');
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sid = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: token.sid as string | undefined };
      },
    },
  };
}

async function browserSessionId(): Promise<string | undefined> {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  return session?.sid;
}

function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

/** The signed-in customer of a page or server action; sends everyone else to sign in. */
export async function requireCustomer(): Promise<CustomerSession> {
  const sessionId = await browserSessionId();
  const session = sessionId ? await resolveCustomerSession({ sessionId }) : null;
  if (!session) redirect('/sign-in?expired=1');
  return session;
}

/** The signed-in customer of an API call: a bearer token, or the browser's session cookie. */
export async function requireCustomerForApi(request: Request): Promise<CustomerSession> {
  const token = bearerToken(request);
  const sessionId = token ? undefined : await browserSessionId();
  const session = token ? await resolveCustomerSession({ token }) : sessionId ? await resolveCustomerSession({ sessionId }) : null;
  if (!session) throw new AppError('unauthenticated', 'no live customer session');
  return session;
}

/** The customer of this browser, if signed in; for pages that look different when they are. */
export async function currentCustomer(): Promise<CustomerSession | null> {
  const sessionId = await browserSessionId();
  return sessionId ? resolveCustomerSession({ sessionId }) : null;
}

// ─── Staff ────────────────────────────────────────────────────────────────────

export interface StaffPrincipal {
  sessionId: string;
  staffUserId: string;
  name: string;
  email: string;
  roles: StaffRole[];
}

async function staffPrincipal(session: { sessionId: string; staffUserId: string } | null): Promise<StaffPrincipal | null> {
  if (!session) return null;
  const db = await getDb();
  const user = await db.staffUser.findFirst({ where: { id: session.staffUserId, active: true }, select: { name: true, email: true, roles: true } });
  return user ? { sessionId: session.sessionId, staffUserId: session.staffUserId, ...user } : null;
}

/** The signed-in staff member, whatever their roles, or null: for sign-out and for sending each role to its start page. */
export async function currentStaff(): Promise<StaffPrincipal | null> {
  const sessionId = await browserSessionId();
  return staffPrincipal(sessionId ? await resolveStaffSession({ sessionId }) : null);
}

/** The signed-in staff member of a page or action, who must hold `permission`; others never see the page. */
export async function requireStaff(permission: Permission): Promise<StaffPrincipal> {
  const principal = await currentStaff();
  if (!principal) redirect('/staff/sign-in');
  if (!can(principal.roles, permission)) notFound();
  return principal;
}

/** The same decision for the staff API: 401 without a live session, 403 without the permission. */
export async function requireStaffForApi(request: Request, permission: Permission): Promise<StaffPrincipal> {
  const token = bearerToken(request);
  const sessionId = token ? undefined : await browserSessionId();
  const session = token ? await resolveStaffSession({ token }) : sessionId ? await resolveStaffSession({ sessionId }) : null;
  const principal = await staffPrincipal(session);
  if (!principal) throw new AppError('unauthenticated', 'no live staff session');
  if (!can(principal.roles, permission)) throw new AppError('forbidden', `${principal.roles.join('+')} lacks ${permission}`);
  return principal;
}
