import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeCookie, toLocale } from './locales';

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return {
    locale,
    timeZone: 'Europe/Warsaw',
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
