// Dutch words of `stormbell backup` and `stormbell restore`. Keys match backup-en.ts.
import type { BackupMessageKey } from './backup-en.js';

export const backupNl: Record<BackupMessageKey, string> = {
  'backup.written':
    'Back-up geschreven naar {file}: {rows} rijen in {tables} tabellen, databaseschema {schema}, Stormbell {version}.',
  'backup.no_database': 'Er is geen Stormbell-database op {database}: er is niets om te back-uppen.',
  'backup.cannot_write': '{file} kan niet worden geschreven ({code}).',
  'backup.no_file': 'Het bestand {file} bestaat niet.',
  'backup.cannot_read': '{file} kan niet worden gelezen ({code}).',
  'backup.not_a_backup': '{file} is geen Stormbell-back-up. Er is niets veranderd.',
  'backup.truncated':
    '{file} is onvolledig: het houdt op voor het einde van de back-up (maar half gekopieerd of geschreven?). Er is niets veranderd.',
  'backup.corrupt': '{file} is beschadigd ({detail}). Er is niets veranderd.',
  'backup.corrupt_gzip': 'de gecomprimeerde gegevens zijn niet uit te pakken',
  'backup.corrupt_checksum': 'de controlesom klopt niet met de inhoud',
  'backup.corrupt_line': 'regel {line} is niet wat een back-up daar bevat',
  'backup.corrupt_counts': 'tabel {table} hoort {expected} rijen te hebben, het bestand heeft er {found}',
  'backup.format_newer':
    '{file} heeft back-upformaat {found}; deze Stormbell ({ours}) leest formaat {supported}. Zet de back-up terug met Stormbell {version} of nieuwer. Er is niets veranderd.',
  'backup.schema_unknown':
    '{file} is gemaakt door Stormbell {version} met databaseschema {schema}. Deze Stormbell ({ours}) kent schema’s tot en met {our_schema} en niet {unknown}. Werk Stormbell bij naar {version} of nieuwer en zet de back-up opnieuw terug. Er is niets veranderd.',
  'backup.target_unknown':
    'De database heeft schema {unknown}, dat deze Stormbell ({ours}) niet kent: gebruik de Stormbell-versie die deze database gebruikt. Er is niets veranderd.',
  'backup.target_newer':
    'De database heeft schema {target}, nieuwer dan de back-up ({schema}, Stormbell {version}). Zet terug in een database zonder tabellen (een nieuw SQLite-bestand of een nieuwe, lege PostgreSQL-database): Stormbell werkt de teruggezette gegevens daarna zelf bij. Er is niets veranderd.',
  'backup.target_differs':
    'De tabel {table} in de database past niet bij die in de back-up. Er is niets veranderd.',
  'backup.not_empty':
    'De database bevat al gegevens ({summary}). Terugzetten vervangt alles daarin: voer het opnieuw uit met --force om dat te doen. Er is niets veranderd.',
  'backup.rows_in': '{count} in {table}',
  'backup.failed': 'Het terugzetten is mislukt in tabel {table}: {error}. Er is niets veranderd.',
  'backup.restored':
    '{file} teruggezet ({rows} rijen in {tables} tabellen; gemaakt op {made_at} door Stormbell {version} op {dialect}) in {database}.',
  'backup.migrated_after': 'De teruggezette gegevens zijn bijgewerkt: {migrations} toegepast.',
  'backup.timeline_intact': 'Tijdlijn intact: {events} gebeurtenissen in {chains} ketens.',
  'backup.timeline_broken': 'Tijdlijn GEMANIPULEERD: {message}.',
};
