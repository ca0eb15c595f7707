/**
 * `npm run audit:verify`: checks the whole audit hash chain and the anchor kept outside the
 * database; prints the first broken link and exits non-zero when there is one. On the
 * embedded database it needs the server stopped (one process owns ./data) and says so.
 */
import { verifyAndRecord } from '@/lib/audit/verification-record';
import { closeDb } from '@/lib/db';
import { DataDirectoryBusyError } from '@/lib/db/embedded-lock';

async function main() {
  const result = await verifyAndRecord({ via: 'cli' });
  await closeDb();
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checkedEvents} events, head #${result.headSeq ?? '—'}, anchor #${result.anchorSeq ?? 'none yet'}${result.prunedThroughSeq ? `, pruned through #${result.prunedThroughSeq} (retention)` : ''}.`);
    return 0;
  }
  console.error(`Audit chain BROKEN at event #${result.firstBreak!.seq}: ${result.firstBreak!.reason.replaceAll('_', ' ')} (${result.checkedEvents} events verified before it).`);
  return 2;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof DataDirectoryBusyError ? error.message : `Verification could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
