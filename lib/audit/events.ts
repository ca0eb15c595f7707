/** Every audit event type, with one line of meaning. Names are stable: auditors filter by them. */
export const auditEventTypes = {
  'recording.ingested': 'A recording arrived from telephony and was stored encrypted.',
  'recording.quarantined': 'A recording arrived although consent was withdrawn for all its purposes.',
  'recording.played': 'Audio of a call was streamed (who, which byte range, and the stated purpose for staff).',
  'recording.downloaded': 'A copy of a call was downloaded.',
  'recording.exported': 'A call was included in an access package.',
  'recording.transcript_set': 'A transcript was attached to a recording.',
  'customer.upserted': 'The CRM created or updated a customer and their line ownership.',
  'consent.given': 'Consent to recording was given for a purpose.',
  'consent.withdrawn': 'Consent to recording was withdrawn for a purpose.',
  'request.filed': 'A customer filed a data-subject request.',
  'request.status_changed': 'A request moved to another status (with the reason when there is one).',
  'identity.code_requested': 'Someone asked for a one-time code (whether the pair matched is recorded, never the code).',
  'identity.code_rejected': 'A wrong, expired or exhausted one-time code was entered.',
  'identity.signed_in': 'A customer proved possession of their line and a session began.',
  'identity.reverified': 'A signed-in customer proved possession again before a sensitive step.',
  'identity.signed_out': 'A session ended by sign-out.',
  'staff.created': 'A staff account was created.',
  'demo.seeded': 'Demo data was loaded into an empty database.',
} as const;

export type AuditEventType = keyof typeof auditEventTypes;
