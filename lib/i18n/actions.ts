'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { localeCookie } from './locales';
import { returnPathSchema, setLocaleSchema } from './schema';

const oneYearInSeconds = 60 * 60 * 24 * 365;

/**
 * The language switch: a plain form (works without JavaScript) posts `locale` and the path
 * it was on. A tampered value changes nothing and still lands the visitor back on the page.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({
    locale: formData.get('locale'),
    returnTo: formData.get('returnTo'),
  });
  if (!parsed.success) {
    redirect(returnPathSchema.catch('/').parse(formData.get('returnTo')), RedirectType.replace);
  }

  (await cookies()).set({
    name: localeCookie,
    value: parsed.data.locale,
    maxAge: oneYearInSeconds,
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
  });
  // Every rendered page carries text in the old language.
  revalidatePath('/', 'layout');
  redirect(parsed.data.returnTo, RedirectType.replace);
}
