/** Every audit event type, with one line of meaning. Names are stable: auditors filter by them. */
export const auditEventTypes = {
  'recording.ingested': 'A recording arrived from telephony and was stored encrypted.',
  'recording.quarantined': 'A recording arrived although consent was withdrawn for all its purposes.',
  'recording.transcript_set': 'A transcript was attached to a recording.',
  'customer.upserted': 'The CRM created or updated a customer and their line ownership.',
  'consent.given': 'Consent to recording was given for a purpose.',
  'consent.withdrawn': 'Consent to recording was withdrawn for a purpose.',
  'request.filed': 'A customer filed a data-subject request.',
  'request.status_changed': 'A request moved to another status (with the reason when there is one).',
  'staff.created': 'A staff account was created.',
  'demo.seeded': 'Demo data was loaded into an empty database.',
} as const;

export type AuditEventType = keyof typeof auditEventTypes;
