-- AlterTable
ALTER TABLE "auth_sessions" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "otp_challenges" ADD COLUMN     "sessionId" TEXT;
