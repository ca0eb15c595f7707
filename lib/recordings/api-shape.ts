import type { CustomerRecordingDetail, CustomerRecordingSummary } from './queries';

/** `GET /me/recordings` items exactly as api-v1.md names them. */
export function toApiRecording(recording: CustomerRecordingSummary) {
  return {
    id: recording.id,
    startedAt: recording.startedAt,
    durationSeconds: recording.durationSeconds,
    direction: recording.direction,
    agentName: recording.agentName,
    purposes: recording.purposes,
    legalBasis: recording.legalBasis,
    retentionUntil: recording.retentionUntil,
    status: recording.status,
    onHold: recording.holds.length > 0,
    erasedAt: recording.erasedAt,
  };
}

export function toApiRecordingDetail(recording: CustomerRecordingDetail) {
  return {
    ...toApiRecording(recording),
    transcript: recording.status === 'erased' ? [] : recording.segments,
    consent: recording.consentEvents,
    recipients: recording.recipients.map((r) => ({ name: r.recipient.name, role: r.recipient.role, purpose: r.purpose, since: r.sharedAt })),
  };
}
