// Reads a password: from standard input when it is a pipe (for scripts), else from a prompt that does not echo.
import { createInterface } from 'node:readline';

export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let prompting = true;
  output._writeToOutput = (s: string) => {
    if (prompting) process.stderr.write(s.includes(prompt) ? prompt : '');
  };
  try {
    return await new Promise<string>((resolve) =>
      rl.question(prompt, (answer) => {
        prompting = false;
        process.stderr.write('\n');
        resolve(answer);
      }),
    );
  } finally {
    rl.close();
  }
}
