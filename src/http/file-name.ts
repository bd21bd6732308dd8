// A download's file name: the organisation's name as a plain slug, then what the file is.
export function fileName(organisation: string, suffix: string): string {
  const slug =
    organisation
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'stormbell';
  return `${slug}-${suffix}`;
}
