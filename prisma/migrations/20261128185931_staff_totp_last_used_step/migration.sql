-- AlterTable
ALTER TABLE "staff_users" ADD COLUMN     "totpLastUsedStep" INTEGER;
