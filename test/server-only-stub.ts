// Lets Vitest import modules marked 'server-only' (the real package throws outside React Server Components).
