// Incident references: INC-2026-0007, numbered per calendar year.

export function incidentReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseReference(ref: string): { year: number; sequence: number } | null {
  const m = /^INC-(\d{4})-(\d{4,})$/.exec(ref);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}
