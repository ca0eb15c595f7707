import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built per request so configuration is read at run time, not when `next build` imports this.
const handle: Handler = (request, context) => (NextAuth(authOptions()) as Handler)(request, context);

export { handle as GET, handle as POST };
