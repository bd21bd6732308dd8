// Dutch words that every YAML document of Stormbell (the plan, an exercise script) shares: the shape of a
// value, and what the YAML parser could not read. Each document's catalogue spreads them in; keys match en.
import type { YamlCheckKey } from './words-en.js';

export const yamlCheckNl: Record<YamlCheckKey, string> = {
  'label.item': '{field} onderdeel {n}',
  'type.string': 'tekst',
  'type.int': 'een geheel getal',
  'type.number': 'een getal',
  'type.boolean': 'true of false',
  'type.array': 'een lijst',
  'type.object': 'een groep velden (sleutel: waarde)',
  'type.null': 'leeg',
  missing: '{field} ontbreekt',
  no_value: '{field} heeft geen waarde',
  wrong_type: '{field} moet {expected} zijn, maar is {actual}',
  wrong_type_value: '{field} moet {expected} zijn, maar is {actual} ({value})',
  wrong_type_quote:
    '{field} moet tekst zijn, maar wordt gelezen als {actual} ({value}); zet de waarde tussen aanhalingstekens',
  not_allowed: "{name} '{value}' is niet toegestaan; kies uit: {options}",
  empty_text: '{field} is leeg',
  empty_list: '{field} is een lege lijst; voeg er minstens één toe',
  too_small: '{field} moet minstens {min} zijn',
  not_valid: '{field} is niet geldig',
  unknown_field: "'{key}' is hier geen bekend veld; de velden zijn: {allowed}",
  unknown_field_suggest: "'{key}' is hier geen bekend veld; bedoelt u '{suggestion}'?",
  duplicate_id: "id '{id}' wordt al gebruikt door {noun} {n}",
  list_duplicate: "{field} noemt '{value}' meer dan eens",
  'yaml.tab': 'hier wordt met een tab ingesprongen; YAML vraagt spaties',
  'yaml.indent':
    'de inspringing klopt hier niet: onderdelen op hetzelfde niveau moeten in dezelfde kolom beginnen, en elke [ of { moet gesloten zijn',
  'yaml.duplicate_key': 'deze sleutel staat twee keer op hetzelfde niveau; verwijder of hernoem er één',
  'yaml.missing_char': 'hier ontbreekt een afsluitend aanhalingsteken of haakje',
  'yaml.escape':
    'een backslash (\\) tussen dubbele aanhalingstekens begint een onbekende escape; gebruik enkele aanhalingstekens',
  'yaml.reserved': 'een waarde kan niet met dit teken beginnen; zet de waarde tussen aanhalingstekens',
  'yaml.nested':
    "er staat een tweede ': ' in deze waarde, of de volgende regel springt te ver in; zet een waarde met ': ' tussen aanhalingstekens, zoals title: 'Let op: eerst dit'",
  'yaml.key_line': "deze regel heeft geen 'sleutel: waarde'; ontbreekt er een dubbele punt?",
  'yaml.alias': "'{alias}' verwijst naar een anker dat niet bestaat",
  'yaml.aliases':
    'het bestand herhaalt ankers (*naam) te vaak om het veilig te lezen; schrijf de waarden uit',
  'yaml.unreadable':
    'de YAML is hier niet te lezen; controleer de inspringing, dubbele punten en aanhalingstekens',
};
