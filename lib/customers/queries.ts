import 'server-only';
import type { Db, Tx } from '@/lib/db';

/**
 * The customer who held `phone` at `at`. Numbers are recycled, so ownership is a window:
 * a call belongs to whoever held the line then, never to a later owner.
 */
export async function findLineOwnerAt(db: Db | Tx, phone: string, at: Date): Promise<string | null> {
  const line = await db.phoneLine.findFirst({
    where: { phone, activeFrom: { lte: at }, OR: [{ activeTo: null }, { activeTo: { gt: at } }] },
    select: { customerId: true },
  });
  return line?.customerId ?? null;
}
