// Reading a file the user named on the command line, with a plain sentence when it cannot be read.
import { readFileSync } from 'node:fs';
import { CliError } from './errors.js';

export function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CliError(
      code === 'ENOENT' ? `There is no file ${file}.` : `${file} cannot be read (${code ?? 'error'}).`,
    );
  }
}
