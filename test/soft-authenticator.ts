import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/**
 * A software WebAuthn authenticator for unit tests: real EC P-256 keys, real CBOR attestation
 * objects ("none" format) and real ES256 signatures, so the server-side checks run exactly as
 * they do against a phone or a security key. It keeps a signature counter per credential and
 * can be cloned, the way a copied key would behave.
 */

// ─── A minimal CBOR encoder (RFC 8949): just what an attestation object needs ───────────────

type CborValue = number | string | Uint8Array | CborMap | { [key: string]: CborValue };
/** A map with integer keys, as COSE keys have. */
type CborMap = Map<number | string, CborValue>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) {
    const out = Buffer.alloc(3);
    out[0] = (major << 5) | 25;
    out.writeUInt16BE(length, 1);
    return out;
  }
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(length, 1);
  return out;
}

export function encodeCbor(value: CborValue): Buffer {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('only integers are supported');
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([key, item]) => [encodeCbor(key), encodeCbor(item)])]);
}

// ─── The authenticator ────────────────────────────────────────────────────────────────────────

const flags = { userPresent: 0x01, userVerified: 0x04, attestedData: 0x40 };

interface StoredCredential {
  id: Buffer;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
}

export interface CeremonyOptions {
  /** The origin the "browser" reports in clientDataJSON. */
  origin: string;
  /** Whether the user verified (PIN, biometrics); defaults to true. */
  userVerified?: boolean;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  return encodeCbor(
    new Map<number | string, CborValue>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  );
}

function counterBytes(counter: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(counter);
  return out;
}

export class SoftAuthenticator {
  private credentials: StoredCredential[] = [];

  /** navigator.credentials.create(): a new discoverable credential for the options' RP and user. */
  register(options: PublicKeyCredentialCreationOptionsJSON, ceremony: CeremonyOptions): RegistrationResponseJSON {
    const rpId = options.rp.id!;
    const excluded = new Set((options.excludeCredentials ?? []).map((credential) => credential.id));
    if (this.credentials.some((credential) => credential.rpId === rpId && excluded.has(credential.id.toString('base64url')))) {
      throw new Error('InvalidStateError: this authenticator already holds an excluded credential');
    }
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: StoredCredential = { id: randomBytes(32), rpId, userHandle: options.user.id, privateKey, publicKey, counter: 0 };
    this.credentials.push(credential);
    const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: ceremony.origin, crossOrigin: false }));
    const credentialIdLength = Buffer.alloc(2);
    credentialIdLength.writeUInt16BE(credential.id.length);
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([flags.userPresent | (ceremony.userVerified === false ? 0 : flags.userVerified) | flags.attestedData]),
      counterBytes(credential.counter),
      Buffer.alloc(16), // AAGUID: none
      credentialIdLength,
      credential.id,
      coseKey(publicKey),
    ]);
    const attestationObject = encodeCbor({ fmt: 'none', attStmt: {}, authData });
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: { clientDataJSON: clientDataJSON.toString('base64url'), attestationObject: attestationObject.toString('base64url'), transports: ['internal'] },
    };
  }

  /** navigator.credentials.get(): signs the challenge with an allowed credential (or any for this RP when none are listed). */
  authenticate(options: PublicKeyCredentialRequestOptionsJSON, ceremony: CeremonyOptions): AuthenticationResponseJSON {
    const allowed = options.allowCredentials?.length ? new Set(options.allowCredentials.map((credential) => credential.id)) : null;
    const credential = this.credentials.find((candidate) => candidate.rpId === options.rpId && (!allowed || allowed.has(candidate.id.toString('base64url'))));
    if (!credential) throw new Error('NotAllowedError: no credential for this request');
    credential.counter += 1;
    const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: ceremony.origin, crossOrigin: false }));
    const authData = Buffer.concat([
      sha256(credential.rpId),
      Buffer.from([flags.userPresent | (ceremony.userVerified === false ? 0 : flags.userVerified)]),
      counterBytes(credential.counter),
    ]);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        userHandle: credential.userHandle,
      },
    };
  }

  /** A copy holding the same keys and counters, as if the device had been cloned. */
  clone(): SoftAuthenticator {
    const copy = new SoftAuthenticator();
    copy.credentials = this.credentials.map((credential) => ({ ...credential }));
    return copy;
  }
}
