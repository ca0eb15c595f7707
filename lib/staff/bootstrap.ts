import 'server-only';
import { hash } from '@node-rs/argon2';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/logger';

/**
 * On a fresh install with ADMIN_EMAIL/ADMIN_PASSWORD set and no staff yet, creates the first
 * admin. It also holds the dpo role: in a small company the DPO often is the admin, and a
 * fresh install must be able to work a request end to end.
 */
export async function ensureBootstrapAdmin(): Promise<void> {
  const { adminEmail, adminPassword } = getConfig();
  if (!adminEmail || !adminPassword) return;
  const db = await getDb();
  const passwordHash = await hash(adminPassword);
  await db.$transaction(async (tx) => {
    if ((await tx.staffUser.count()) > 0) return;
    const admin = await tx.staffUser.create({
      data: { email: adminEmail.toLowerCase(), name: 'Administrator', passwordHash, roles: ['admin', 'dpo'] },
    });
    await appendAuditEvent(tx, { type: 'staff.created', actorType: 'system', details: { staffUserId: admin.id, roles: admin.roles } });
    logger.info({ staffUserId: admin.id }, 'first admin created from ADMIN_EMAIL');
  });
}
