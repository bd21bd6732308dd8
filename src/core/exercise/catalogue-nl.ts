// Dutch words of exercise-script validation: where a problem is and what it is. Keys match en.
import type { ExerciseMessageKey } from './catalogue-en.js';

export const exerciseNl: Record<ExerciseMessageKey, string> = {
  // Waar: de delen van een script, genoemd zoals een lezer van de YAML ze ziet.
  'loc.script': 'oefenscript',
  'loc.incident': 'incident',
  'noun.objectives': 'doel',
  'noun.injects': 'inject',
  'noun.expectations': 'verwachting',
  'label.item': '{field} onderdeel {n}',
  'type.string': 'tekst',
  'type.int': 'een geheel getal',
  'type.number': 'een getal',
  'type.boolean': 'true of false',
  'type.array': 'een lijst',
  'type.object': 'een groep velden (sleutel: waarde)',
  'type.null': 'leeg',
  'type.deadline': "een tijd zoals '+00:15' of een groep met 'inject' en 'offset'",

  // Wat: de vorm van het script.
  'script.empty': 'het oefenscript is leeg',
  'script.not_map':
    "het oefenscript moet een groep velden zijn (sleutel: waarde), te beginnen met 'schema_version: 1'",
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
  too_big: '{field} mag hoogstens {max} zijn',
  not_valid: '{field} is niet geldig',
  id_format:
    "{name} '{value}' moet in lower_snake_case: kleine letters, cijfers en liggende streepjes, beginnend met een letter (zoals 'losgeldbrief')",
  offset_format:
    "{name} '{value}' is geen tijd vanaf de start; schrijf die als '+UU:MM' (zoals '+00:15' of '+01:30')",
  offset_number:
    "{name} wordt gelezen als een getal ({value}); schrijf de tijd als '+UU:MM' tussen aanhalingstekens (zoals '+00:15')",
  unknown_field: "'{key}' is hier geen bekend veld; de velden zijn: {allowed}",
  unknown_field_suggest: "'{key}' is hier geen bekend veld; bedoelt u '{suggestion}'?",

  // Wat: de delen van het script moeten op elkaar aansluiten.
  duplicate_id: "id '{id}' wordt al gebruikt door {noun} {n}",
  list_duplicate: "{field} noemt '{value}' meer dan eens",
  timing_both: "geef 'at' of 'after', niet allebei",
  timing_none:
    "zeg wanneer de inject komt: 'at' (een tijd vanaf de start, zoals '+00:15') of 'after' (een andere inject en een offset)",
  after_unknown: "'{id}' is geen inject in dit oefenscript",
  after_self: 'een inject kan niet na zichzelf komen',
  after_cycle: 'de injects {ids} wachten op elkaar, dus geen ervan zou ooit komen',
  inject_after_end:
    'komt op {time}, na het einde van de oefening ({duration} minuten); zet de inject eerder of verhoog duration_minutes',
  deadline_inject_unknown: "'{id}' is geen inject in dit oefenscript",
  deadline_after_end:
    'de deadline valt op {time}, na het einde van de oefening ({duration} minuten); zet die eerder of verhoog duration_minutes',
  objective_unknown: "'{id}' is geen doel in dit oefenscript; de doelen zijn: {ids}",
  to_not_participant:
    "'{id}' is geen van de deelnemende rollen ('roles'); voeg de rol daar toe of stuur de inject naar een andere rol",
  facilitator_needs_severity:
    "de begeleider meldt het incident bij de start, dus geef de 'severity' (een ernstniveau uit het plan, zoals sev1)",
  declared_by_facilitator:
    'de begeleider meldt het incident bij de start, dus het team kan niet worden gevraagd het te melden; zet incident.declared_by op team',
  kind_field_not_for_kind: "'{key}' hoort niet bij een verwachting van het soort '{kind}'",

  // Wat: het script moet passen bij het plan waarop het draait.
  scenario_unknown: "scenario '{id}' is geen scenario in het plan; het plan heeft: {ids}",
  role_unknown: "'{id}' is geen rol in het plan; het plan heeft: {ids}",
  severity_unknown: "ernstniveau '{id}' staat niet in het plan; het plan heeft: {ids}",
  audience_unknown: "doelgroep '{id}' is geen doelgroep in het plan; het plan heeft: {ids}",
  audience_not_in_scenario:
    "doelgroep '{id}' hoort niet bij de doelgroepen die scenario '{scenario}' informeert ({ids}), dus er kan geen bericht aan worden geschreven",
  task_unknown:
    "geen taak van scenario '{scenario}' heeft een titel die begint met '{task}'; neem het begin van de titel over uit het plan",
  task_ambiguous:
    "'{task}' past op {count} taken van scenario '{scenario}'; neem meer van de titel over zodat er één past",

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
  'yaml.multiple_docs':
    "het bestand bevat meer dan één document (een regel '---'); een oefenscript is één document",
  'yaml.alias': "'{alias}' verwijst naar een anker dat niet bestaat",
  'yaml.aliases':
    'het bestand herhaalt ankers (*naam) te vaak om het veilig te lezen; schrijf de waarden uit',
  'yaml.unreadable':
    'de YAML is hier niet te lezen; controleer de inspringing, dubbele punten en aanhalingstekens',
};
