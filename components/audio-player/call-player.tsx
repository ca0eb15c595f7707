'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { pad2, splitTime } from './format-time';
import { PlayerControls, skipSeconds } from './player-controls';
import { TranscriptList } from './transcript-list';
import { findActiveSegment, type TranscriptSegment } from './types';
import { useAudioElement } from './use-audio-element';

/** Arrow keys move this far; J and L move `skipSeconds`. */
const arrowSeconds = 5;

export interface CallPlayerProps {
  /** The audio URL; it should answer Range requests so seeking works without a full download. */
  src: string;
  /** The transcript, in time order. */
  segments: readonly TranscriptSegment[];
  /** Loudness per slice of the recording, 0..1 (see computeWavPeaks); empty draws a flat line. */
  peaks: readonly number[];
  /** Shown until the audio's own metadata has loaded. */
  durationSeconds: number;
  /** The agent's first name, shown in the transcript as "Konsultant Anna". */
  agentName?: string;
  /** Language the call was held in. Default Polish. */
  transcriptLang?: string;
  /** Level of the "Transcript" heading, to fit the page's outline. Default 2. */
  headingLevel?: 2 | 3;
  /**
   * Told (POST) the first time the listener presses play. Loading the metadata fetches the
   * start of the file too, so the audio requests alone cannot tell a playback from a page view.
   */
  playbackReportUrl?: string;
}

/**
 * A call recording with its transcript beside it (below it on narrow screens). Nothing plays
 * until the user asks; only the metadata is fetched on load. Keyboard shortcuts work while
 * focus is anywhere inside the player and are described to screen readers.
 */
export function CallPlayer({
  src,
  segments,
  peaks,
  durationSeconds,
  agentName,
  transcriptLang = 'pl',
  headingLevel = 2,
  playbackReportUrl,
}: CallPlayerProps) {
  const t = useTranslations('player');
  const hintId = useId();
  const { audioRef, state, controls } = useAudioElement(durationSeconds);
  const [followAlong, setFollowAlong] = useState(true);
  const reported = useRef(false);
  const activeIndex = useMemo(() => findActiveSegment(segments, state.currentTime * 1000), [segments, state.currentTime]);

  const speakTime = useCallback(
    (seconds: number) => {
      const { hours, minutes, seconds: rest } = splitTime(seconds);
      return hours > 0
        ? t('spokenTimeHours', { hours, minutes: pad2(minutes), seconds: pad2(rest) })
        : t('spokenTime', { minutes, seconds: pad2(rest) });
    },
    [t],
  );

  const playSegment = useCallback(
    (segment: TranscriptSegment) => {
      controls.seek(segment.startMs / 1000);
      controls.play();
    },
    [controls],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || state.failed) return;
    const target = event.target as HTMLElement;
    const inputType = target instanceof HTMLInputElement ? target.type : undefined;
    // Text fields and selects need every key for themselves.
    if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
    if (inputType && inputType !== 'range' && inputType !== 'checkbox') return;
    const isSlider = inputType === 'range';
    // Space on a button, link, checkbox or disclosure presses it (a transcript turn plays from its start).
    const spaceIsTaken =
      target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY' || inputType === 'checkbox';

    // The letter as typed; on a non-Latin layout, the key in the K/J/L position.
    const typed = event.key.toLowerCase();
    const letter = /^[a-z]$/.test(typed) || !event.code.startsWith('Key') ? typed : event.code.slice(3).toLowerCase();
    let handled = true;
    if (event.key === ' ' && !spaceIsTaken) controls.togglePlay();
    else if (letter === 'k') controls.togglePlay();
    else if (letter === 'j') controls.seekBy(-skipSeconds);
    else if (letter === 'l') controls.seekBy(skipSeconds);
    else if (event.key === 'ArrowLeft' || (isSlider && event.key === 'ArrowDown')) controls.seekBy(-arrowSeconds);
    else if (event.key === 'ArrowRight' || (isSlider && event.key === 'ArrowUp')) controls.seekBy(arrowSeconds);
    else if (isSlider && event.key === 'PageDown') controls.seekBy(-skipSeconds);
    else if (isSlider && event.key === 'PageUp') controls.seekBy(skipSeconds);
    else if (isSlider && event.key === 'Home') controls.seek(0);
    else if (isSlider && event.key === 'End') controls.seek(state.duration);
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <section
      aria-label={t('regionLabel')}
      onKeyDown={onKeyDown}
      className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-6"
    >
      {/* No `autoPlay`, no `controls`: the element only loads metadata and stays invisible. */}
      <audio
        ref={audioRef}
        src={src}
        preload="metadata"
        onPlay={() => {
          if (!playbackReportUrl || reported.current) return;
          reported.current = true;
          void fetch(playbackReportUrl, { method: 'POST', keepalive: true });
        }}
      />
      <p id={hintId} className="sr-only">
        {t('shortcuts.hint')}
      </p>

      <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 lg:sticky lg:top-4">
        {state.failed && (
          <div role="alert" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900">
            <p>{t('error')}</p>
            <button
              type="button"
              onClick={controls.reload}
              className="inline-flex min-h-11 items-center rounded-lg border border-red-300 bg-white px-4 font-semibold text-red-900 hover:bg-red-100"
            >
              {t('retry')}
            </button>
          </div>
        )}

        <PlayerControls state={state} controls={controls} peaks={peaks} speakTime={speakTime} hintId={hintId} />

        <details className="group mt-5 border-t border-slate-200 pt-3 text-sm text-slate-700">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded pr-2 font-medium text-slate-700 hover:text-slate-900">
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="h-4 w-4 fill-current transition-transform group-open:rotate-90 motion-reduce:transition-none">
              <path d="M7.2 4.7a1 1 0 0 1 1.4 0l4.6 4.6a1 1 0 0 1 0 1.4l-4.6 4.6a1 1 0 1 1-1.4-1.4l3.9-3.9-3.9-3.9a1 1 0 0 1 0-1.4z" />
            </svg>
            {t('shortcuts.title')}
          </summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 pb-1">
            {(['playPause', 'arrows', 'jumps'] as const).map((key) => (
              <div key={key} className="contents">
                <dt className="flex gap-1.5">
                  {t(`shortcuts.${key}.keys`)
                    .split(', ')
                    .map((name) => (
                      <kbd key={name} className="min-w-7 rounded border border-slate-300 bg-slate-50 px-1.5 text-center font-sans text-slate-900 shadow-xs">
                        {name}
                      </kbd>
                    ))}
                </dt>
                <dd>{t(`shortcuts.${key}.action`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>

      <TranscriptList
        segments={segments}
        activeIndex={activeIndex}
        agentName={agentName}
        transcriptLang={transcriptLang}
        headingLevel={headingLevel}
        followAlong={followAlong}
        onFollowAlongChange={setFollowAlong}
        onSelect={playSegment}
        speakTime={speakTime}
        disabled={state.failed}
      />
    </section>
  );
}
