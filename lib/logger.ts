import 'server-only';
import pino from 'pino';

/**
 * Structured JSON logs. Anything that could carry a one-time code, token, key, password or
 * audio is redacted by path, so a careless `log.info({ body })` cannot leak it.
 */
const secretKeys = ['code', 'token', 'password', 'totp', 'secret', 'key', 'wrappedKey', 'masterKey', 'authorization', 'cookie', 'audio', 'text', 'transcript'];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'wglad' },
  redact: {
    paths: [...secretKeys, ...secretKeys.map((key) => `*.${key}`), 'req.headers.authorization', 'req.headers.cookie'],
    censor: '[redacted]',
  },
});
