'use client';

import { useTranslations } from 'next-intl';
import { useId, type SVGProps } from 'react';
import { screenReaderOnly } from '@/components/screen-reader-only';
import { formatClock, formatIsoDuration } from './format-time';
import type { AudioElementControls, AudioElementState } from './use-audio-element';
import { Waveform } from './waveform';

export const playbackRates = [0.75, 1, 1.25, 1.5, 2] as const;
export const skipSeconds = 10;

function Glyph({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

const PlayGlyph = (props: SVGProps<SVGSVGElement>) => (
  <Glyph fill="currentColor" {...props}>
    <path d="M8 5.5v13a1 1 0 0 0 1.52.85l10.4-6.5a1 1 0 0 0 0-1.7L9.52 4.65A1 1 0 0 0 8 5.5z" />
  </Glyph>
);

const PauseGlyph = (props: SVGProps<SVGSVGElement>) => (
  <Glyph fill="currentColor" {...props}>
    <rect x="6" y="5" width="4" height="14" rx="1.25" />
    <rect x="14" y="5" width="4" height="14" rx="1.25" />
  </Glyph>
);

/** A circular arrow; mirrored for "forward". */
const SkipGlyph = ({ forward, ...props }: SVGProps<SVGSVGElement> & { forward?: boolean }) => (
  <Glyph fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" {...props}>
    <g transform={forward ? 'translate(24 0) scale(-1 1)' : undefined}>
      <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3" />
      <path d="M4.5 3.5v4h4" />
    </g>
  </Glyph>
);


const roundButton =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full border border-slate-300 bg-white px-3.5 text-sm font-semibold text-slate-800 tabular-nums hover:border-slate-400 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

interface ControlsProps {
  state: AudioElementState;
  controls: AudioElementControls;
  peaks: readonly number[];
  /** "1 min 05 s" for a number of seconds, in the page's language. */
  speakTime: (seconds: number) => string;
  /** The keyboard-shortcut hint, which describes the slider (its arrow keys move 5 s). */
  hintId: string;
}

/**
 * The waveform with the seek slider laid over it, the clock, and the transport row.
 * The slider is a native range input made transparent: the browser gives click-to-seek,
 * dragging, touch and the screen-reader semantics; the waveform below is what one sees.
 * Its arrow keys are taken over by the player's shortcuts (5 s steps).
 */
export function PlayerControls({ state, controls, peaks, speakTime, hintId }: ControlsProps) {
  const t = useTranslations('player');
  const speedId = useId();
  const { currentTime, duration, playing, failed, playbackRate } = state;
  const progress = duration > 0 ? currentTime / duration : 0;

  return (
    <div>
      <div className="relative rounded-lg has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-brand-700">
        <Waveform peaks={peaks} progress={progress} />
        <input
          type="range"
          min={0}
          max={duration}
          step="any"
          value={Math.min(currentTime, duration)}
          onChange={(event) => controls.seek(Number(event.currentTarget.value))}
          disabled={failed}
          aria-label={t('seek')}
          aria-describedby={hintId}
          aria-valuetext={t('position', { current: speakTime(currentTime), total: speakTime(duration) })}
          className="absolute inset-0 h-full w-full cursor-pointer appearance-none bg-transparent opacity-0 disabled:cursor-not-allowed [&::-moz-range-thumb]:h-16 [&::-moz-range-thumb]:w-1 [&::-webkit-slider-thumb]:h-16 [&::-webkit-slider-thumb]:w-1 [&::-webkit-slider-thumb]:appearance-none"
        />
      </div>

      <p aria-hidden="true" className="mt-3 flex justify-between text-sm text-slate-600 tabular-nums">
        <time dateTime={formatIsoDuration(currentTime)}>{formatClock(currentTime)}</time>
        <time dateTime={formatIsoDuration(duration)}>{formatClock(duration)}</time>
      </p>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <div className="flex items-center gap-3">
          <button type="button" onClick={() => controls.seekBy(-skipSeconds)} disabled={failed} className={roundButton}>
            <SkipGlyph className="h-5 w-5" />
            <span>{t.rich('back', { seconds: skipSeconds, hidden: screenReaderOnly })}</span>
          </button>
          <button
            type="button"
            onClick={controls.togglePlay}
            disabled={failed}
            aria-label={playing ? t('pause') : t('play')}
            className="inline-flex h-14 w-14 items-center justify-center rounded-full bg-brand-700 text-white shadow-sm hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {playing ? <PauseGlyph className="h-7 w-7" /> : <PlayGlyph className="h-7 w-7 translate-x-0.5" />}
          </button>
          <button type="button" onClick={() => controls.seekBy(skipSeconds)} disabled={failed} className={roundButton}>
            <span>{t.rich('forward', { seconds: skipSeconds, hidden: screenReaderOnly })}</span>
            <SkipGlyph forward className="h-5 w-5" />
          </button>
        </div>

        <div className="flex items-center gap-2">
          <label htmlFor={speedId} className="text-sm font-medium text-slate-700">
            {t('speed')}
          </label>
          <select
            id={speedId}
            value={playbackRate}
            onChange={(event) => controls.setPlaybackRate(Number(event.currentTarget.value))}
            disabled={failed}
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 tabular-nums hover:border-slate-400 disabled:opacity-50"
          >
            {playbackRates.map((rate) => (
              <option key={rate} value={rate}>
                {t('speedOption', { rate })}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
