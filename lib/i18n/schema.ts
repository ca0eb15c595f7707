import { z } from 'zod';
import { locales } from './locales';

export const localeSchema = z.enum(locales);

/**
 * A path on this site to go back to after switching language. One leading slash and never
 * `//` or `/\`, which browsers read as another host: the value comes from a form field, so
 * anything else would make the language switch an open redirect.
 */
export const returnPathSchema = z
  .string()
  .max(2048)
  .regex(/^\/(?![/\\])[^\s\\\p{Cc}]*$/u);

export const setLocaleSchema = z.object({
  locale: localeSchema,
  returnTo: returnPathSchema.catch('/'),
});

export type SetLocaleInput = z.infer<typeof setLocaleSchema>;
