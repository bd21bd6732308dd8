// A local SMTP server that counts what it accepts, run as its own process (`fork`) so that its work does not share
// an event loop with what is measured. It reads each message to its end without parsing it, and counts a message
// once per envelope recipient whose address ends in the domain it was given. Talks with its parent over IPC:
//   → { ready: port }                         once it listens
//   ← { type: 'count' }   → { count, firstAt, lastAt, sample }   (times: Date.now() in ms; sample: one raw message)
//   ← { type: 'reset' }   → { reset: true }
import { SMTPServer } from 'smtp-server';

const domain = `@${process.argv[2] ?? 'subscribers.example'}`;
let count = 0;
let firstAt = null;
let lastAt = null;
let sample = null;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  banner: 'stormbell bench counter',
  size: 10 * 1024 * 1024,
  maxClients: 1000,
  closeTimeout: 200,
  disableReverseLookup: true,
  onData(stream, session, callback) {
    const chunks = sample === null ? [] : null;
    stream.on('data', (c) => chunks?.push(c));
    stream.on('end', () => {
      const ours = session.envelope.rcptTo.filter((r) => r.address.endsWith(domain)).length;
      if (ours > 0) {
        const now = Date.now();
        if (firstAt === null) firstAt = now;
        lastAt = now;
        count += ours;
        if (chunks && sample === null) sample = Buffer.concat(chunks).toString('utf8');
      }
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => process.send({ ready: server.server.address().port }));

process.on('message', (m) => {
  if (m.type === 'count') process.send({ count, firstAt, lastAt, sample });
  if (m.type === 'reset') {
    count = 0;
    firstAt = lastAt = null;
    sample = null;
    process.send({ reset: true });
  }
});
process.on('disconnect', () => process.exit(0));
