import { useSyncExternalStore } from 'react';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';

const noSubscription = () => () => {};

/** Whether this browser can use passkeys: null while rendering on the server, so both renders agree. */
export function useWebAuthnSupport(): boolean | null {
  return useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => null);
}
