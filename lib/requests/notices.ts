import 'server-only';
import type { RequestStatus } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/logger';
import { sendSms } from '@/lib/notifications/sms';

const texts: Record<'pl' | 'en', Partial<Record<RequestStatus, string>>> = {
  pl: {
    extended: 'Wgląd: przedłużyliśmy termin odpowiedzi na Twój wniosek. Powód i nowy termin znajdziesz w portalu.',
    completed: 'Wgląd: Twój wniosek został zrealizowany. Szczegóły znajdziesz w portalu.',
    partially_completed: 'Wgląd: Twój wniosek został zrealizowany częściowo. Powody znajdziesz w portalu.',
    rejected: 'Wgląd: odmówiliśmy realizacji Twojego wniosku. Uzasadnienie i Twoje prawa znajdziesz w portalu.',
  },
  en: {
    extended: 'Wgląd: we extended the deadline for your request. The reason and the new date are in the portal.',
    completed: 'Wgląd: your request has been completed. Details are in the portal.',
    partially_completed: 'Wgląd: your request has been partly completed. The reasons are in the portal.',
    rejected: 'Wgląd: we refused your request. The reasons and your rights are in the portal.',
  },
};

/**
 * Tells the customer by SMS when a decision reaches them (an extension must reach them before
 * the original due date, rule 2). Details stay in the portal: a text message carries no data.
 */
export async function notifyCustomerOfDecision(requestId: string, status: RequestStatus, pendingConfirmation: boolean): Promise<void> {
  if (pendingConfirmation) return;
  try {
    const db = await getDb();
    const request = await db.dataSubjectRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { customer: { select: { locale: true, lines: { where: { activeTo: null }, select: { phone: true }, take: 1 } } } },
    });
    const text = texts[request.customer.locale === 'en' ? 'en' : 'pl'][status];
    const phone = request.customer.lines[0]?.phone;
    if (text && phone) await sendSms({ to: phone, text });
  } catch (error) {
    logger.warn({ err: error, requestId }, 'decision notice not sent');
  }
}
