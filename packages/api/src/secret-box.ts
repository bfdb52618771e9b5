import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * An invitation e-mail is delivered after the transaction that created the token, so the
 * outbox must carry the token until then. It carries it encrypted (AES-256-GCM) with a key
 * the database does not hold, so a copy of the database never contains a usable token.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error('The secret box needs a 32-byte key.');
  return {
    seal(plaintext) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [nonce, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
    },
    open(sealed) {
      const [nonce, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!nonce || !tag || !body) throw new Error('The sealed value is malformed.');
      const decipher = createDecipheriv('aes-256-gcm', key, nonce);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}
