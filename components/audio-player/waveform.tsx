'use client';

import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';

/** Each bar takes this many CSS pixels: a 2 px bar and a 1.5 px gap. */
const barPitch = 3.5;
const barWidth = 2;
const height = 64;
/** Bars before the width is measured (server render and first paint). */
const defaultBars = 160;
/** A quiet call is drawn louder, up to this much, so its shape is visible. */
const maxGain = 4;

/** `peaks` folded into `count` bars, each the loudest of the peaks it covers. */
function foldPeaks(peaks: readonly number[], count: number): number[] {
  if (peaks.length === 0) return [];
  if (peaks.length <= count) return [...peaks];
  const bars = new Array<number>(count).fill(0);
  for (let i = 0; i < peaks.length; i += 1) {
    const bar = Math.floor((i * count) / peaks.length);
    bars[bar] = Math.max(bars[bar]!, peaks[i]!);
  }
  return bars;
}

function barsPath(bars: readonly number[], width: number): string {
  if (bars.length === 0) return `M0 ${height / 2}H${width}`;
  const loudest = Math.max(...bars);
  const gain = loudest > 0 ? Math.min(maxGain, 0.95 / loudest) : 1;
  const pitch = width / bars.length;
  const usable = height - barWidth;
  let d = '';
  for (let i = 0; i < bars.length; i += 1) {
    const x = (i + 0.5) * pitch;
    const half = Math.max(0.5, (Math.min(1, bars[i]! * gain) * usable) / 2);
    d += `M${x.toFixed(2)} ${(height / 2 - half).toFixed(2)}V${(height / 2 + half).toFixed(2)}`;
  }
  return d;
}

interface WaveformProps {
  peaks: readonly number[];
  /** 0..1 of the recording played so far. */
  progress: number;
}

/**
 * The recording's loudness over time as bars, the played part darker, with a play-head line.
 * Purely a picture (aria-hidden): the seek slider laid over it is the control that pointer,
 * keyboard and screen reader use. Drawn with SVG attributes only, nothing in `style`, so the
 * page's CSP holds.
 */
export const Waveform = memo(function Waveform({ peaks, progress }: WaveformProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const clipId = `waveform-played-${useId().replace(/[^\w-]/g, '')}`;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const viewWidth = width ?? defaultBars * barPitch;
  const path = useMemo(
    () => barsPath(foldPeaks(peaks, Math.max(1, Math.floor(viewWidth / barPitch))), viewWidth),
    [peaks, viewWidth],
  );
  const playedX = Math.min(1, Math.max(0, progress)) * viewWidth;

  return (
    <div ref={box} className="h-16 w-full">
      <svg
        viewBox={`0 0 ${viewWidth} ${height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
        className="block h-full w-full overflow-visible"
      >
        <defs>
          <clipPath id={clipId}>
            <rect x="0" y="0" width={playedX} height={height} />
          </clipPath>
        </defs>
        <path d={path} strokeWidth={peaks.length === 0 ? 2 : barWidth} strokeLinecap="round" className="stroke-brand-300" />
        <path d={path} strokeWidth={peaks.length === 0 ? 2 : barWidth} strokeLinecap="round" clipPath={`url(#${clipId})`} className="stroke-brand-700" />
        <line x1={playedX} x2={playedX} y1="0" y2={height} strokeWidth="2" className="stroke-brand-950" />
      </svg>
    </div>
  );
});
