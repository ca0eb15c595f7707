'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { CallPlayer } from '@/components/audio-player';
import { Notice } from '@/components/notice';
import { fieldError, fieldHint, fieldLabel, input, primaryButton, select, smallButton } from './ui';

export const playbackPurposes = ['request_handling', 'quality_review', 'complaint', 'legal_claims'] as const;
type PlaybackPurpose = (typeof playbackPurposes)[number];

interface ListenPanelProps {
  recordingId: string;
  /** Art. 18: a restricted call is only stored; staff may hear it for legal claims alone (rule 17). */
  restricted: boolean;
  durationSeconds: number;
  agentName?: string;
}

/**
 * Staff playback asks why first: the purpose and a few words go with the audio request and
 * into the audit log (rule 22). Nothing plays until asked.
 */
export function ListenPanel({ recordingId, restricted, durationSeconds, agentName }: ListenPanelProps) {
  const t = useTranslations('staffRequest.listen');
  const allowed: readonly PlaybackPurpose[] = restricted ? ['legal_claims'] : playbackPurposes;
  const [purpose, setPurpose] = useState<PlaybackPurpose>(allowed[0]!);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const [src, setSrc] = useState<string | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (src) playerRef.current?.focus();
  }, [src]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 300) {
      setProblem(true);
      reasonRef.current?.focus();
      return;
    }
    setProblem(false);
    const query = new URLSearchParams({ purpose, reason: trimmed });
    setSrc(`/api/v1/staff/recordings/${encodeURIComponent(recordingId)}/audio?${query.toString()}`);
  }

  if (src) {
    return (
      <div ref={playerRef} tabIndex={-1} className="space-y-3 rounded-lg">
        <p className="text-sm text-slate-700">
          {t('listeningFor', { purpose: t(`purpose.${purpose}`), reason: reason.trim() })}{' '}
          <button type="button" onClick={() => setSrc(null)} className={smallButton}>
            {t('change')}
          </button>
        </p>
        <CallPlayer src={src} segments={[]} peaks={[]} durationSeconds={durationSeconds} agentName={agentName} headingLevel={3} />
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {restricted ? (
        <Notice size="compact" tone="warning">
          <p>{t('restricted')}</p>
        </Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <div>
          <label htmlFor="listen-purpose" className={fieldLabel}>
            {t('purposeLabel')}
          </label>
          <select id="listen-purpose" value={purpose} onChange={(event) => setPurpose(event.target.value as PlaybackPurpose)} className={select}>
            {allowed.map((value) => (
              <option key={value} value={value}>
                {t(`purpose.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="listen-reason" className={fieldLabel}>
            {t('reasonLabel')}
          </label>
          <input
            ref={reasonRef}
            id="listen-reason"
            type="text"
            maxLength={300}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={problem}
            aria-describedby={problem ? `${hintId} listen-reason-error` : hintId}
            className={input}
          />
          <p id={hintId} className={fieldHint}>
            {t('reasonHint')}
          </p>
          {problem ? (
            <p id="listen-reason-error" className={fieldError}>
              {t('reasonError')}
            </p>
          ) : null}
        </div>
      </div>
      <p className="text-sm text-slate-600">{t('logged')}</p>
      <button type="submit" className={primaryButton}>
        {t('play')}
      </button>
    </form>
  );
}
