import { describe, expect, it } from 'vitest';
import { describeDeliveryError } from './delivery-error.js';

describe('given an error from a mail server', () => {
  it('keeps the code and the reason but not the address', () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <kim@agarbolaget.se>: Recipient address rejected",
      ),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    expect(describeDeliveryError(error)).toBe(
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
    );
  });

  it('removes anything long enough to be a token', () => {
    const token = 'q7Vt0cX2m3nB8zL1kP4sR6wY9aE5dF0gH2jK4lM6nO8';
    expect(describeDeliveryError(new Error(`bad link /accept?token=${token}`))).toBe(
      'bad link /accept?token=[redacted]',
    );
  });

  it('keeps it short and on one line', () => {
    const described = describeDeliveryError(new Error(`line one\nline two ${'x '.repeat(400)}`));
    expect(described.length).toBeLessThanOrEqual(300);
    expect(described).not.toContain('\n');
    expect(described.startsWith('line one line two')).toBe(true);
  });

  it('describes something that is not an Error', () => {
    expect(describeDeliveryError('timeout')).toBe('timeout');
    expect(describeDeliveryError(undefined)).toBe('undefined');
  });
});
