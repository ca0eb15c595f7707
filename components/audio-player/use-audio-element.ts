'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface AudioElementState {
  playing: boolean;
  /** Seconds. */
  currentTime: number;
  /** Seconds: the element's once its metadata has loaded, the fallback until then. */
  duration: number;
  playbackRate: number;
  /** The audio could not be loaded or decoded. */
  failed: boolean;
  /** Playing was asked for but the element is waiting for data. */
  buffering: boolean;
}

export interface AudioElementControls {
  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(seconds: number): void;
  seekBy(seconds: number): void;
  setPlaybackRate(rate: number): void;
  /** Tries loading the source again after a failure. */
  reload(): void;
}

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);

const mediaEvents = [
  'loadedmetadata',
  'durationchange',
  'play',
  'pause',
  'playing',
  'waiting',
  'canplay',
  'seeking',
  'seeked',
  'timeupdate',
  'ratechange',
  'ended',
  'error',
  'emptied',
] as const;

/**
 * State of an `<audio>` element as React state, plus the few commands the player needs.
 * The element is the single source of truth: every event re-reads it. While playing, the
 * position is also read every animation frame so the waveform moves smoothly (`timeupdate`
 * fires only about four times a second).
 */
export function useAudioElement(fallbackDuration: number) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [state, setState] = useState<AudioElementState>(() => ({
    playing: false,
    currentTime: 0,
    duration: Math.max(0, fallbackDuration),
    playbackRate: 1,
    failed: false,
    buffering: false,
  }));
  const fallbackRef = useRef(fallbackDuration);
  useEffect(() => {
    fallbackRef.current = fallbackDuration;
  }, [fallbackDuration]);

  const read = useCallback(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const next: AudioElementState = {
      playing: !audio.paused && !audio.ended,
      currentTime: audio.currentTime,
      duration: finiteOr(audio.duration, Math.max(0, fallbackRef.current)),
      playbackRate: audio.playbackRate,
      failed: audio.error !== null,
      buffering: !audio.paused && audio.readyState < HTMLMediaElement.HAVE_FUTURE_DATA,
    };
    setState((previous) =>
      previous.playing === next.playing &&
      previous.currentTime === next.currentTime &&
      previous.duration === next.duration &&
      previous.playbackRate === next.playbackRate &&
      previous.failed === next.failed &&
      previous.buffering === next.buffering
        ? previous
        : next,
    );
  }, []);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    let frame = 0;
    const tick = () => {
      read();
      frame = audio.paused ? 0 : requestAnimationFrame(tick);
    };
    const onEvent = () => {
      read();
      if (!audio.paused && frame === 0) frame = requestAnimationFrame(tick);
    };
    for (const name of mediaEvents) audio.addEventListener(name, onEvent);
    // The browser starts fetching metadata while the HTML is parsed, before hydration: events
    // that fired before these listeners (loadedmetadata, error) are caught by reading now.
    onEvent();
    return () => {
      for (const name of mediaEvents) audio.removeEventListener(name, onEvent);
      cancelAnimationFrame(frame);
    };
  }, [read]);

  const controls = useMemo<AudioElementControls>(() => {
    const play = () => {
      // Refused (e.g. the source failed) leaves the element paused; reading again shows that.
      audioRef.current?.play().catch(read);
    };
    const seek = (seconds: number) => {
      const audio = audioRef.current;
      if (!audio) return;
      const end = finiteOr(audio.duration, fallbackRef.current);
      audio.currentTime = Math.min(Math.max(0, seconds), end);
      read();
    };
    return {
      play,
      pause: () => audioRef.current?.pause(),
      togglePlay: () => {
        const audio = audioRef.current;
        if (!audio) return;
        if (audio.paused || audio.ended) play();
        else audio.pause();
      },
      seek,
      seekBy: (seconds) => seek((audioRef.current?.currentTime ?? 0) + seconds),
      setPlaybackRate: (rate) => {
        const audio = audioRef.current;
        if (!audio) return;
        // The default rate survives a reload; the current one would reset to it.
        audio.defaultPlaybackRate = rate;
        audio.playbackRate = rate;
        // Now, not on `ratechange`: the select is controlled and would snap back meanwhile.
        read();
      },
      reload: () => {
        audioRef.current?.load();
        read();
      },
    };
  }, [read]);

  return { audioRef, state, controls };
}
