export { CallPlayer, type CallPlayerProps } from './call-player';
export type { Speaker, TranscriptSegment } from './types';
