// Reads a PDF's text back (pdf-parse, built on pdf.js), to check what a generated PDF really says.
import { PDFParse } from 'pdf-parse';

export async function pdfText(data: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
