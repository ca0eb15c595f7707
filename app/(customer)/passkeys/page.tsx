import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/components/customer/dates';
import { container } from '@/components/customer/ui';
import { PasskeyManager, type PasskeyRow } from '@/components/passkeys/passkey-manager';
import { requireCustomer } from '@/lib/auth';
import { listPasskeys, maxPasskeysPerCustomer, mayAddPasskey } from '@/lib/identity/passkeys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('passkeys'))('metaTitle') };
}

/** Rule 8: the customer's passkeys — add one (after a fresh SMS verification), see when each was used, remove one. */
export default async function PasskeysPage() {
  const session = await requireCustomer();
  const [passkeys, t, format] = await Promise.all([listPasskeys(session.customerId), getTranslations('passkeys'), getFormatter()]);
  const rows: PasskeyRow[] = passkeys.map((passkey) => ({
    id: passkey.id,
    name: passkey.name,
    createdAt: passkey.createdAt.toISOString(),
    createdLabel: formatDateTime(format, passkey.createdAt),
    lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
    lastUsedLabel: passkey.lastUsedAt ? formatDateTime(format, passkey.lastUsedAt) : null,
  }));
  return (
    <div className={`${container} py-8 sm:py-12`}>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t('lead')}</p>
      <p className="mt-3 max-w-3xl text-slate-700">{t('privacy')}</p>
      <PasskeyManager passkeys={rows} canAdd={mayAddPasskey(session)} maxPasskeys={maxPasskeysPerCustomer} />
    </div>
  );
}
