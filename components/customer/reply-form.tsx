import { useTranslations } from 'next-intl';
import { SubmitButton } from './submit-button';
import { fieldError, fieldHint, fieldLabel, input, primaryButton } from './ui';

/** Answering the question that paused the request; shown only while the request is open. */
export function ReplyForm({ requestId, action, invalid }: { requestId: string; action: (formData: FormData) => Promise<void>; invalid: boolean }) {
  const t = useTranslations('requests.detail.reply');
  return (
    <form id="reply" action={action} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <div>
        <label htmlFor="reply-text" className={fieldLabel}>
          {t('label')}
        </label>
        <p id="reply-text-hint" className={fieldHint}>
          {t('hint')}
        </p>
        {invalid ? (
          <p id="reply-text-error" className={fieldError}>
            {t('invalid')}
          </p>
        ) : null}
        <textarea
          id="reply-text"
          name="text"
          rows={4}
          maxLength={2000}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'reply-text-hint reply-text-error' : 'reply-text-hint'}
          className={input}
        />
      </div>
      <SubmitButton className={primaryButton} pendingLabel={t('sending')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
