import type { DeliveryTarget, SecretBox } from '@collab/api';
import { Webhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers of one attempt (docs/webhooks.md, "Verifying"). During a
 * rotation's overlap `webhook-signature` carries the signature of the new secret and of the
 * old one, space-separated, so a receiver with either secret verifies.
 */
export function createSigner(secrets: SecretBox) {
  // Opening a sealed secret is AES-GCM; do it once per secret, not per attempt.
  const cache = new Map<string, Webhook>();
  const signerOf = (sealed: string): Webhook => {
    let found = cache.get(sealed);
    if (!found) {
      found = new Webhook(secrets.open(sealed));
      cache.set(sealed, found);
    }
    return found;
  };

  return function headersFor(
    target: DeliveryTarget,
    webhookId: string,
    body: string,
    now: Date,
  ): Record<string, string> {
    const sealed = [target.sealedSecret];
    if (
      target.previousSealedSecret &&
      target.previousSecretExpiresAt !== null &&
      target.previousSecretExpiresAt > now.getTime()
    ) {
      sealed.push(target.previousSealedSecret);
    }
    // Receivers check the timestamp against their own clock, so it is the real time.
    const signedAt = new Date();
    return {
      'content-type': 'application/json',
      'user-agent': 'Collab-Webhooks/1',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
      'webhook-signature': sealed
        .map((secret) => signerOf(secret).sign(webhookId, signedAt, body))
        .join(' '),
    };
  };
}
