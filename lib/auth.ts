import 'server-only';
import type { AuthOptions } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { CodeRejectedError, verifyChallengeCode } from '@/lib/identity/otp';
import { absoluteTimeoutMs, resolveCustomerSession, startCustomerSession, type CustomerSession } from '@/lib/identity/sessions';

/**
 * Browser sessions through next-auth: the signed JWT cookie carries only the id of a session
 * row, which holds the truth (idle and absolute limits, revocation, fresh verification), so a
 * session ends server-side the moment it should, whatever the cookie says.
 */

const credentialsSchema = z.object({ challengeId: z.string().min(1).max(64), code: z.string().trim().max(12) });

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
