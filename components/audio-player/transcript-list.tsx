'use client';

import { useTranslations } from 'next-intl';
import { memo, useEffect, useId, useRef } from 'react';
import { formatClock } from './format-time';
import type { TranscriptSegment } from './types';

/** After the user scrolls, clicks or types in the transcript, it is left alone this long. */
const quietAfterInteractionMs = 4000;

interface TranscriptListProps {
  segments: readonly TranscriptSegment[];
  activeIndex: number;
  agentName?: string;
  /** Language the call was held in, for the segment texts (the labels follow the page). */
  transcriptLang: string;
  headingLevel: 2 | 3;
  followAlong: boolean;
  onFollowAlongChange: (follow: boolean) => void;
  onSelect: (segment: TranscriptSegment) => void;
  speakTime: (seconds: number) => string;
  disabled: boolean;
}

/**
 * The transcript as an ordered list of buttons, one per turn: pressing one plays from there.
 * The turn being spoken carries aria-current and, with "follow along" on, is kept in view by
 * scrolling the list itself (never the page), unless the user is reading or scrolling it.
 * Turn changes are deliberately not announced: a live region would talk over the recording.
 */
export const TranscriptList = memo(function TranscriptList({
  segments,
  activeIndex,
  agentName,
  transcriptLang,
  headingLevel,
  followAlong,
  onFollowAlongChange,
  onSelect,
  speakTime,
  disabled,
}: TranscriptListProps) {
  const t = useTranslations('player');
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const pointerInside = useRef(false);
  const lastInteraction = useRef(0);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  useEffect(() => {
    const list = listRef.current;
    const item = activeIndex >= 0 ? list?.children[activeIndex] : undefined;
    if (!followAlong || !list || !(item instanceof HTMLElement)) return;
    if (pointerInside.current || Date.now() - lastInteraction.current < quietAfterInteractionMs) return;
    const top = item.offsetTop;
    const bottom = top + item.offsetHeight;
    if (top >= list.scrollTop && bottom <= list.scrollTop + list.clientHeight) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ top: Math.max(0, top - list.clientHeight / 4), behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [activeIndex, followAlong]);

  const touched = () => {
    lastInteraction.current = Date.now();
  };
  const speaker = (segment: TranscriptSegment) =>
    segment.speaker === 'customer'
      ? t('speaker.customer')
      : agentName
        ? t('speaker.agentNamed', { name: agentName })
        : t('speaker.agent');

  return (
    <div className="flex min-h-0 flex-col rounded-2xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-2 sm:px-5">
        <Heading id={headingId} className="py-2 text-lg font-semibold text-slate-900">
          {t('transcript.title')}
        </Heading>
        {segments.length > 0 && (
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2.5 text-sm font-medium text-slate-700">
            <input
              type="checkbox"
              checked={followAlong}
              onChange={(event) => onFollowAlongChange(event.currentTarget.checked)}
              className="h-5 w-5 cursor-pointer rounded accent-brand-700"
            />
            {t('transcript.followAlong')}
          </label>
        )}
      </div>

      {segments.length === 0 ? (
        <p className="px-4 py-6 text-slate-700 sm:px-5">{t('transcript.empty')}</p>
      ) : (
        <ol
          ref={listRef}
          aria-labelledby={headingId}
          onPointerEnter={(event) => {
            if (event.pointerType === 'mouse') pointerInside.current = true;
          }}
          onPointerLeave={() => {
            pointerInside.current = false;
          }}
          onPointerDown={touched}
          onWheel={touched}
          onTouchMove={touched}
          onKeyDown={touched}
          className="relative max-h-[60vh] space-y-1 overflow-y-auto overscroll-contain p-2 sm:p-3 lg:max-h-[32rem]"
        >
          {segments.map((segment, index) => {
            const start = segment.startMs / 1000;
            const isAgent = segment.speaker === 'agent';
            return (
              <li key={`${segment.startMs}-${index}`}>
                <button
                  type="button"
                  onClick={() => onSelect(segment)}
                  disabled={disabled}
                  aria-current={index === activeIndex ? 'true' : undefined}
                  className="group block min-h-11 w-full rounded-lg border-l-4 border-transparent px-3 py-2.5 text-left hover:bg-slate-50 disabled:cursor-not-allowed aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50"
                >
                  <span className="flex items-baseline justify-between gap-3 text-sm">
                    <span className={isAgent ? 'font-semibold text-brand-800' : 'font-semibold text-slate-800'}>
                      {speaker(segment)}
                      <span className="sr-only">{`, ${t('transcript.startsAt', { time: speakTime(start) })}: `}</span>
                    </span>
                    <span aria-hidden="true" className="text-slate-600 tabular-nums">
                      {formatClock(start)}
                    </span>
                  </span>
                  <span lang={transcriptLang} className="mt-1 block leading-relaxed text-slate-800">
                    {segment.text}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
});
