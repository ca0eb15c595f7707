import 'server-only';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { logger } from '@/lib/logger';
import { getCustomerAudioRef } from '@/lib/recordings/queries';
import { computeWavPeaks } from '@/lib/recordings/waveform';
import { openDecrypted } from '@/lib/storage/vault';

/** Above this the page would wait too long on decrypting the whole call; the player then draws a flat line. */
const maxBytesForPeaks = 40 * 1024 * 1024;

/**
 * The waveform of a customer's call, read from the decrypted audio on each view. Only the
 * server sees the bytes; a failure just means a flat waveform, never a broken page.
 */
export async function loadCallPeaks(customerId: AuthorizedCustomerId, recordingId: string): Promise<number[]> {
  try {
    const audio = await getCustomerAudioRef(customerId, recordingId);
    if (!/wav/i.test(audio.contentType) || Number(audio.sizeBytes) > maxBytesForPeaks) return [];
    const { stream } = await openDecrypted(audio);
    return await computeWavPeaks(stream, 600);
  } catch (error) {
    logger.warn({ err: error, recordingId }, 'waveform peaks not computed');
    return [];
  }
}
