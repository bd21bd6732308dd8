// An exported document (report, draft notification) sent as a download named after the organisation.
import type { FastifyReply } from 'fastify';
import { fileName } from './file-name.js';

const types = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
} as const;

export type DocumentFormat = keyof typeof types;

/** The format's media type without its charset, as the OpenAPI document lists it. */
export const documentMediaType = (format: DocumentFormat): string => types[format].split(';')[0]!;

/** Sends `file` as an attachment `<organisation>-<name>.<format>` with the format's content type. */
export function sendDocument(
  reply: FastifyReply,
  format: DocumentFormat,
  file: { body: string | Buffer; organisation: string; name: string },
): FastifyReply {
  return reply
    .type(types[format])
    .header(
      'Content-Disposition',
      `attachment; filename="${fileName(file.organisation, `${file.name}.${format}`)}"`,
    )
    .send(file.body);
}
