import 'server-only';
import type { DataSubjectRequest } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import type { CustomerSession } from '@/lib/identity/sessions';
import { logger } from '@/lib/logger';
import { sendSms } from '@/lib/notifications/sms';

const typeNames: Record<Locale, Record<DataSubjectRequest['type'], string>> = {
  pl: { access: 'dostęp do nagrań', erasure: 'usunięcie nagrań', consent_withdrawal: 'wycofanie zgody', objection: 'sprzeciw', restriction: 'ograniczenie przetwarzania' },
  en: { access: 'access to recordings', erasure: 'erasure of recordings', consent_withdrawal: 'consent withdrawal', objection: 'objection', restriction: 'restriction of processing' },
};

function confirmationText(locale: Locale, request: DataSubjectRequest): string {
  const due = request.dueAt.toLocaleDateString(locale === 'pl' ? 'pl-PL' : 'en-GB', { timeZone: 'Europe/Warsaw', day: 'numeric', month: 'long', year: 'numeric' });
  return locale === 'pl'
    ? `Wgląd: przyjęliśmy Twój wniosek (${typeNames.pl[request.type]}). Odpowiemy najpóźniej ${due}. Status sprawdzisz w portalu.`
    : `Wgląd: we received your request (${typeNames.en[request.type]}). We will answer by ${due} at the latest. Follow it in the portal.`;
}

/**
 * The confirmation SMS to the line the customer signed in with. Sent after the request is
 * committed and never undoes it: a gateway failure is logged, and the request page shows
 * the same facts.
 */
export async function sendRequestConfirmation(session: CustomerSession, request: DataSubjectRequest): Promise<void> {
  if (!session.phone) return;
  try {
    const db = await getDb();
    const customer = await db.customer.findUniqueOrThrow({ where: { id: session.customerId }, select: { locale: true } });
    await sendSms({ to: session.phone, text: confirmationText(customer.locale === 'en' ? 'en' : 'pl', request) });
  } catch (error) {
    logger.warn({ err: error, requestId: request.id }, 'request confirmation SMS not sent');
  }
}
