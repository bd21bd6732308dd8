// Dutch words of exercise-script validation: where a problem is and what it is. Keys match en.
import { yamlCheckNl } from '../yaml-check/words-nl.js';
import type { ExerciseMessageKey } from './catalogue-en.js';

export const exerciseNl: Record<ExerciseMessageKey, string> = {
  // Gedeeld met elk YAML-document: de vorm van een waarde en wat de YAML-lezer niet kan lezen.
  ...yamlCheckNl,
  // Waar: de delen van een script, genoemd zoals een lezer van de YAML ze ziet.
  'loc.script': 'oefenscript',
  'loc.incident': 'incident',
  'noun.objectives': 'doel',
  'noun.injects': 'inject',
  'noun.expectations': 'verwachting',
  'type.deadline': "een tijd zoals '+00:15' of een groep met 'inject' en 'offset'",

  // Wat: de vorm van het script.
  'script.empty': 'het oefenscript is leeg',
  'script.not_map':
    "het oefenscript moet een groep velden zijn (sleutel: waarde), te beginnen met 'schema_version: 1'",
  too_big: '{field} mag hoogstens {max} zijn',
  id_format:
    "{name} '{value}' moet in lower_snake_case: kleine letters, cijfers en liggende streepjes, beginnend met een letter (zoals 'losgeldbrief')",
  offset_format:
    "{name} '{value}' is geen tijd vanaf de start; schrijf die als '+UU:MM' (zoals '+00:15' of '+01:30')",
  offset_number:
    "{name} wordt gelezen als een getal ({value}); schrijf de tijd als '+UU:MM' tussen aanhalingstekens (zoals '+00:15')",

  // Wat: de delen van het script moeten op elkaar aansluiten.
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

  'yaml.multiple_docs':
    "het bestand bevat meer dan één document (een regel '---'); een oefenscript is één document",
};
