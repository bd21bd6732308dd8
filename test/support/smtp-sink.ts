// A real SMTP server for the delivery tests: listens on 127.0.0.1, parses what it receives, refuses on demand.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Refusal {
  code: number;
  message: string;
}

export interface SmtpSink {
  url: string;
  port: number;
  /** Every message accepted, in order, with the envelope recipients it was accepted for. */
  received: Array<{ mail: ParsedMail; rcpt: string[] }>;
  /** Asked for each RCPT TO: a refusal there rejects the recipient (nodemailer's EENVELOPE). */
  refuseRcpt: ((to: string) => Refusal | null) | null;
  /** Asked after the DATA: a refusal there rejects the message. */
  refuseData: ((mail: ParsedMail) => Refusal | null) | null;
  close(): Promise<void>;
}

function smtpError(r: Refusal): Error {
  return Object.assign(new Error(r.message), { responseCode: r.code });
}

/** Listens on `port` (0: any free one); a test that takes the server down and up again passes the old port. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    port: 0,
    received: [],
    refuseRcpt: null,
    refuseData: null,
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the server's self-signed certificate would only make the client refuse it.
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The client's pool keeps connections open; a test's end should not wait 30 s for them.
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      const refusal = sink.refuseRcpt?.(address.address) ?? null;
      callback(refusal ? smtpError(refusal) : null);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const refusal = sink.refuseData?.(mail) ?? null;
          if (refusal) return callback(smtpError(refusal));
          sink.received.push({ mail, rcpt: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {});
  const bound = (server.server.address() as AddressInfo).port;
  sink.port = bound;
  sink.url = `smtp://127.0.0.1:${bound}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** A port nothing listens on: taken from the OS and released again. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
