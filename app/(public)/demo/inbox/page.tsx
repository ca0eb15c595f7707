import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getConfig } from '@/lib/config';
import { listDemoMessages } from '@/lib/notifications/demo-inbox';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('demoInbox'))('title'), robots: { index: false } };
}

/** Demo mode only: the SMS messages a real gateway would have delivered. Does not exist otherwise. */
export default async function DemoInboxPage() {
  if (!getConfig().demoMode) notFound();
  const t = await getTranslations('demoInbox');
  const format = await getFormatter();
  const messages = listDemoMessages();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <p className="inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-bold uppercase tracking-wide text-amber-900">{t('badge')}</p>
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-3 text-base text-slate-700">{t('lead')}</p>
      {messages.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="mt-8 space-y-3">
          {messages.map((message) => (
            <li key={`${message.at.toISOString()}-${message.to}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-sm text-slate-600">
                {t('to', { phone: message.to })} · {format.dateTime(message.at, { dateStyle: 'short', timeStyle: 'medium' })}
              </p>
              <p className="mt-1 text-base text-slate-900">{message.text}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
