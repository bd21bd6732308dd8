// Nederlandse woorden van het beheer van de statuspagina en haar gegevens (fouten, de algemene toestand). Sleutels
// gelijk aan status-admin-en.ts; samengevoegd in index.ts.
import type { statusAdminEn } from './status-admin-en.js';

export const statusAdminNl: Record<keyof typeof statusAdminEn, string> = {
  'field.https_url': 'Gebruik een webadres dat begint met https://.',
  'field.color': 'Schrijf de kleur als # met zes hexadecimale tekens, zoals #1d4f91.',
  'field.time_zone': 'Dit is geen tijdzone; gebruik een naam zoals Europe/Amsterdam of UTC.',
  'what.status_component': 'onderdeel',
  'what.status_group': 'groep onderdelen',
  'what.maintenance': 'onderhoud',
  'status.color_contrast':
    'Deze kleur is te licht om op wit te lezen ({ratio}:1); kies een donkerdere met minstens 4,5:1.',
  'status.maintenance_order': 'Het einde moet na het begin liggen.',
  'status.update_missing':
    'Dit bericht gaat naar de statuspagina: geef eerst de status van het incident, de impact en de getroffen onderdelen.',
  'status.restricted_incident':
    'Dit incident is vertrouwelijk (need-to-know): er mag niets over op de openbare statuspagina komen.',
  'status.unknown_component': 'Er is geen onderdeel {id} op de statuspagina.',
  'status.component_twice': 'Onderdeel {id} staat er twee keer in.',
  'status.unknown_group': 'Er is geen groep onderdelen {id}.',
  'status.maintenance_cancelled': 'Dit onderhoud is afgelast en kan niet meer worden gewijzigd.',
  'status.maintenance_over': 'Dit onderhoud is voorbij en kan niet meer worden gewijzigd of afgelast.',
  'status.indicator.none': 'Alle systemen werken',
  'status.indicator.minor': 'Kleine storing',
  'status.indicator.major': 'Gedeeltelijke storing',
  'status.indicator.critical': 'Grote storing',
  'status.indicator.maintenance': 'Onderhoud aan de dienstverlening',
};
