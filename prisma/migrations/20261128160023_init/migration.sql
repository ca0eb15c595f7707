-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "Purpose" AS ENUM ('quality', 'training', 'contract', 'legal_evidence', 'security');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('consent', 'legitimate_interest', 'contract', 'legal_obligation');

-- CreateEnum
CREATE TYPE "RecordingStatus" AS ENUM ('available', 'restricted', 'quarantined', 'erased');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('ivr', 'sms', 'verbal', 'written', 'portal');

-- CreateEnum
CREATE TYPE "ConsentAction" AS ENUM ('given', 'withdrawn');

-- CreateEnum
CREATE TYPE "RequestType" AS ENUM ('access', 'erasure', 'consent_withdrawal', 'objection', 'restriction');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('received', 'in_progress', 'extended', 'completed', 'rejected', 'partially_completed');

-- CreateEnum
CREATE TYPE "RecordingOutcome" AS ENUM ('pending', 'included', 'erased', 'restricted', 'processing_stopped', 'kept_legal_hold', 'kept_legal_obligation', 'kept_legal_claims', 'partially_redacted', 'not_applicable');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('agent', 'dpo', 'admin', 'auditor');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('customer', 'staff', 'integration', 'system');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('customer', 'staff');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "customers" (
    "id" TEXT NOT NULL,
    "customerNumber" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'pl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone_lines" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "activeFrom" TIMESTAMP(3) NOT NULL,
    "activeTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "phone_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recordings" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "customerId" TEXT,
    "ownerMatchedBy" TEXT NOT NULL DEFAULT 'line_owner',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationSeconds" INTEGER NOT NULL,
    "direction" "CallDirection" NOT NULL,
    "agentName" TEXT,
    "purposes" "Purpose"[],
    "withdrawnPurposes" "Purpose"[] DEFAULT ARRAY[]::"Purpose"[],
    "legalBasis" "LegalBasis" NOT NULL,
    "consentMethod" "ConsentMethod",
    "consentGivenAt" TIMESTAMP(3),
    "retentionUntil" TIMESTAMP(3) NOT NULL,
    "status" "RecordingStatus" NOT NULL DEFAULT 'available',
    "storageKey" TEXT,
    "wrappedKey" TEXT,
    "sizeBytes" BIGINT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "quarantineReason" TEXT,
    "quarantineResolvedAt" TIMESTAMP(3),
    "quarantineResolvedById" TEXT,
    "erasedAt" TIMESTAMP(3),
    "erasedByRequestId" TEXT,
    "erasedByStaffId" TEXT,
    "erasureCause" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recordings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transcript_segments" (
    "id" TEXT NOT NULL,
    "recordingId" TEXT NOT NULL,
    "startMs" INTEGER NOT NULL,
    "endMs" INTEGER NOT NULL,
    "speaker" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "transcript_segments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "redactions" (
    "id" TEXT NOT NULL,
    "recordingId" TEXT NOT NULL,
    "requestId" TEXT,
    "startMs" INTEGER NOT NULL,
    "endMs" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "redactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent_events" (
    "id" TEXT NOT NULL,
    "phone" TEXT,
    "customerId" TEXT,
    "purpose" "Purpose" NOT NULL,
    "action" "ConsentAction" NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "promptVersion" TEXT,
    "keyPressed" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordingId" TEXT,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent_states" (
    "phone" TEXT NOT NULL,
    "purpose" "Purpose" NOT NULL,
    "withdrawn" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consent_states_pkey" PRIMARY KEY ("phone","purpose")
);

-- CreateTable
CREATE TABLE "requests" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "type" "RequestType" NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'received',
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "originalDueAt" TIMESTAMP(3) NOT NULL,
    "extensionReason" TEXT,
    "extendedAt" TIMESTAMP(3),
    "allRecordings" BOOLEAN NOT NULL DEFAULT true,
    "purposes" "Purpose"[] DEFAULT ARRAY[]::"Purpose"[],
    "message" TEXT,
    "decisionReason" TEXT,
    "legalGround" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "assigneeId" TEXT,
    "closedAt" TIMESTAMP(3),
    "packageStorageKey" TEXT,
    "packageWrappedKey" TEXT,
    "packageSizeBytes" BIGINT,
    "packageExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_recordings" (
    "requestId" TEXT NOT NULL,
    "recordingId" TEXT NOT NULL,
    "outcome" "RecordingOutcome" NOT NULL DEFAULT 'pending',
    "outcomeReason" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "request_recordings_pkey" PRIMARY KEY ("requestId","recordingId")
);

-- CreateTable
CREATE TABLE "request_events" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "actorType" "ActorType" NOT NULL,
    "actorStaffId" TEXT,
    "visibleToCustomer" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "request_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clock_pauses" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "reason" TEXT NOT NULL,

    CONSTRAINT "clock_pauses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_proposals" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "legalGround" TEXT,
    "preparedById" TEXT NOT NULL,
    "preparedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "decision_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "erasure_certificates" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" JSONB NOT NULL,
    "auditSeq" BIGINT NOT NULL,

    CONSTRAINT "erasure_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_holds" (
    "id" TEXT NOT NULL,
    "recordingId" TEXT,
    "customerId" TEXT,
    "reason" TEXT NOT NULL,
    "placedById" TEXT NOT NULL,
    "placedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3),
    "liftedAt" TIMESTAMP(3),
    "liftedById" TEXT,
    "liftReason" TEXT,

    CONSTRAINT "legal_holds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recipients" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "contactEmail" TEXT,
    "webhookUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recording_recipients" (
    "recordingId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL,
    "purpose" "Purpose" NOT NULL,

    CONSTRAINT "recording_recipients_pkey" PRIMARY KEY ("recordingId","recipientId")
);

-- CreateTable
CREATE TABLE "recipient_notifications" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "recordingId" TEXT NOT NULL,
    "requestId" TEXT,
    "kind" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recipient_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processing_purposes" (
    "purpose" "Purpose" NOT NULL,
    "retentionDays" INTEGER NOT NULL,
    "retentionCriteria" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "legalBases" "LegalBasis"[],
    "dataCategories" JSONB NOT NULL,
    "recipientsText" JSONB NOT NULL,
    "securityMeasures" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "processing_purposes_pkey" PRIMARY KEY ("purpose")
);

-- CreateTable
CREATE TABLE "staff_users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "StaffRole"[],
    "totpSecret" TEXT,
    "totpEnrolledAt" TIMESTAMP(3),
    "recoveryCodeHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staff_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "otp_challenges" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "customerId" TEXT,
    "codeHash" TEXT,
    "purpose" TEXT NOT NULL DEFAULT 'sign_in',
    "locale" TEXT NOT NULL DEFAULT 'pl',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "requestedFrom" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "otp_challenges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "auth_sessions" (
    "id" TEXT NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "customerId" TEXT,
    "staffUserId" TEXT,
    "tokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "passkeys" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL,
    "transports" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "passkeys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "customerId" TEXT,
    "recordingId" TEXT,
    "requestId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "audit_anchors" (
    "id" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "anchoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_anchors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfilment_jobs" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "requestId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fulfilment_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_notices" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "customers_customerNumber_key" ON "customers"("customerNumber");

-- CreateIndex
CREATE INDEX "phone_lines_phone_activeFrom_idx" ON "phone_lines"("phone", "activeFrom");

-- CreateIndex
CREATE INDEX "phone_lines_customerId_idx" ON "phone_lines"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "recordings_externalId_key" ON "recordings"("externalId");

-- CreateIndex
CREATE INDEX "recordings_customerId_startedAt_idx" ON "recordings"("customerId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "recordings_phone_startedAt_idx" ON "recordings"("phone", "startedAt");

-- CreateIndex
CREATE INDEX "recordings_status_retentionUntil_idx" ON "recordings"("status", "retentionUntil");

-- CreateIndex
CREATE INDEX "transcript_segments_recordingId_startMs_idx" ON "transcript_segments"("recordingId", "startMs");

-- CreateIndex
CREATE INDEX "redactions_recordingId_idx" ON "redactions"("recordingId");

-- CreateIndex
CREATE INDEX "consent_events_phone_purpose_occurredAt_idx" ON "consent_events"("phone", "purpose", "occurredAt");

-- CreateIndex
CREATE INDEX "consent_events_customerId_occurredAt_idx" ON "consent_events"("customerId", "occurredAt");

-- CreateIndex
CREATE INDEX "requests_status_dueAt_idx" ON "requests"("status", "dueAt");

-- CreateIndex
CREATE INDEX "requests_customerId_receivedAt_idx" ON "requests"("customerId", "receivedAt");

-- CreateIndex
CREATE INDEX "requests_assigneeId_status_idx" ON "requests"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "request_recordings_recordingId_idx" ON "request_recordings"("recordingId");

-- CreateIndex
CREATE INDEX "request_events_requestId_at_idx" ON "request_events"("requestId", "at");

-- CreateIndex
CREATE INDEX "clock_pauses_requestId_idx" ON "clock_pauses"("requestId");

-- CreateIndex
CREATE INDEX "decision_proposals_requestId_idx" ON "decision_proposals"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "erasure_certificates_requestId_key" ON "erasure_certificates"("requestId");

-- CreateIndex
CREATE INDEX "legal_holds_recordingId_liftedAt_idx" ON "legal_holds"("recordingId", "liftedAt");

-- CreateIndex
CREATE INDEX "legal_holds_customerId_liftedAt_idx" ON "legal_holds"("customerId", "liftedAt");

-- CreateIndex
CREATE INDEX "recording_recipients_recipientId_idx" ON "recording_recipients"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "recipient_notifications_recipientId_recordingId_kind_key" ON "recipient_notifications"("recipientId", "recordingId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users"("email");

-- CreateIndex
CREATE INDEX "otp_challenges_phone_createdAt_idx" ON "otp_challenges"("phone", "createdAt");

-- CreateIndex
CREATE INDEX "otp_challenges_requestedFrom_createdAt_idx" ON "otp_challenges"("requestedFrom", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "auth_sessions_tokenHash_key" ON "auth_sessions"("tokenHash");

-- CreateIndex
CREATE INDEX "auth_sessions_customerId_idx" ON "auth_sessions"("customerId");

-- CreateIndex
CREATE INDEX "auth_sessions_staffUserId_idx" ON "auth_sessions"("staffUserId");

-- CreateIndex
CREATE UNIQUE INDEX "passkeys_credentialId_key" ON "passkeys"("credentialId");

-- CreateIndex
CREATE INDEX "passkeys_customerId_idx" ON "passkeys"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_hash_key" ON "audit_events"("hash");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_type_at_idx" ON "audit_events"("type", "at");

-- CreateIndex
CREATE INDEX "audit_events_customerId_at_idx" ON "audit_events"("customerId", "at");

-- CreateIndex
CREATE INDEX "audit_events_recordingId_at_idx" ON "audit_events"("recordingId", "at");

-- CreateIndex
CREATE INDEX "audit_events_requestId_at_idx" ON "audit_events"("requestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "fulfilment_jobs_dedupeKey_key" ON "fulfilment_jobs"("dedupeKey");

-- CreateIndex
CREATE INDEX "fulfilment_jobs_status_createdAt_idx" ON "fulfilment_jobs"("status", "createdAt");

-- CreateIndex
CREATE INDEX "fulfilment_jobs_requestId_idx" ON "fulfilment_jobs"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_notices_dedupeKey_key" ON "outbound_notices"("dedupeKey");

-- CreateIndex
CREATE INDEX "outbound_notices_status_createdAt_idx" ON "outbound_notices"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "phone_lines" ADD CONSTRAINT "phone_lines_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transcript_segments" ADD CONSTRAINT "transcript_segments_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requests" ADD CONSTRAINT "requests_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requests" ADD CONSTRAINT "requests_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_recordings" ADD CONSTRAINT "request_recordings_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_recordings" ADD CONSTRAINT "request_recordings_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clock_pauses" ADD CONSTRAINT "clock_pauses_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_proposals" ADD CONSTRAINT "decision_proposals_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_proposals" ADD CONSTRAINT "decision_proposals_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "erasure_certificates" ADD CONSTRAINT "erasure_certificates_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recording_recipients" ADD CONSTRAINT "recording_recipients_recordingId_fkey" FOREIGN KEY ("recordingId") REFERENCES "recordings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recording_recipients" ADD CONSTRAINT "recording_recipients_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "recipients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recipient_notifications" ADD CONSTRAINT "recipient_notifications_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "recipients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fulfilment_jobs" ADD CONSTRAINT "fulfilment_jobs_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;
