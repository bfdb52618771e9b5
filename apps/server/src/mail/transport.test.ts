import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './test-support/smtp-sink.js';
import { createDevMailbox, createSmtpTransport, type MailTransport } from './transport.js';

describe('given a dev mailbox', () => {
  it('lists delivered messages oldest first with the time they were sent', async () => {
    const clock = { now: () => new Date('2026-11-27T09:00:00.000Z') };
    const mailbox = createDevMailbox({ clock });
    await mailbox.send({
      to: 'kim@agarbolaget.se',
      subject: 'Första',
      text: 'ett',
      html: '<p>ett</p>',
    });
    await mailbox.send({
      to: 'lo@agarbolaget.se',
      subject: 'Andra',
      text: 'två',
      html: '<p>två</p>',
    });

    expect(mailbox.list()).toEqual([
      {
        to: 'kim@agarbolaget.se',
        subject: 'Första',
        text: 'ett',
        html: '<p>ett</p>',
        sentAt: '2026-11-27T09:00:00.000Z',
      },
      {
        to: 'lo@agarbolaget.se',
        subject: 'Andra',
        text: 'två',
        html: '<p>två</p>',
        sentAt: '2026-11-27T09:00:00.000Z',
      },
    ]);
  });

  it('keeps only the newest 500', async () => {
    const mailbox = createDevMailbox();
    for (let index = 0; index < 505; index += 1) {
      await mailbox.send({ to: 'kim@agarbolaget.se', subject: `Nr ${index}`, text: '', html: '' });
    }
    const listed = mailbox.list();
    expect(listed).toHaveLength(500);
    expect(listed[0]?.subject).toBe('Nr 5');
    expect(listed.at(-1)?.subject).toBe('Nr 504');
  });

  it('hands out copies, so a caller cannot change what it holds', async () => {
    const mailbox = createDevMailbox();
    await mailbox.send({ to: 'kim@agarbolaget.se', subject: 'Hej', text: '', html: '' });
    const [first] = mailbox.list();
    if (first) first.subject = 'Ändrad';
    expect(mailbox.list()[0]?.subject).toBe('Hej');
  });
});

describe('given a real SMTP server on loopback', () => {
  let sink: SmtpSink | null = null;
  let transport: MailTransport | null = null;
  afterEach(async () => {
    await transport?.close();
    await sink?.close();
    transport = null;
    sink = null;
  });

  it('delivers subject, plain text and HTML, with Swedish characters intact', async () => {
    sink = await startSmtpSink();
    transport = createSmtpTransport({
      url: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`,
      from: 'Collab <no-reply@collab.test>',
    });

    await transport.send({
      to: 'kim@agarbolaget.se',
      subject: 'Byrå Alfa AB bjuder in Ägarbolaget AB till ett samarbete',
      text: 'Hej Kim Ägare!\nhttps://collab.example.se/accept?token=abc_DEF-123',
      html: '<p>Hej Kim Ägare!</p><a href="https://collab.example.se/accept?token=abc_DEF-123">Öppna</a>',
    });

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.recipients).toEqual(['kim@agarbolaget.se']);
    expect(mail?.subject).toBe('Byrå Alfa AB bjuder in Ägarbolaget AB till ett samarbete');
    expect(mail?.text).toContain('Hej Kim Ägare!');
    expect(mail?.text).toContain('https://collab.example.se/accept?token=abc_DEF-123');
    expect(mail?.html).toContain(
      '<a href="https://collab.example.se/accept?token=abc_DEF-123">Öppna</a>',
    );
    expect(mail?.raw).toMatch(/^From: Collab <no-reply@collab\.test>\r?$/m);
  });

  it('rejects the send when nothing listens, so the worker can retry', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    transport = createSmtpTransport({
      url: `smtp://127.0.0.1:${closed.port}?ignoreTLS=true`,
      from: 'Collab <no-reply@collab.test>',
    });

    await expect(
      transport.send({ to: 'kim@agarbolaget.se', subject: 'Hej', text: 'Hej', html: '<p>Hej</p>' }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
