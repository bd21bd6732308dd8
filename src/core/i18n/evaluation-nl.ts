// Nederlandse woorden van de evaluatie: de evaluatie zelf, actiepunten en hun herinneringen. Sleutels gelijk aan
// evaluation-en.ts; samengevoegd in index.ts.
export const evaluationNl = {
  'what.contribution': 'bijdrage',
  'what.action_item': 'actiepunt',
  'evaluation.review_open':
    'De evaluatie is nog niet gehouden. Zet haar op afgerond, of sla haar over met een reden (bijvoorbeeld vals alarm).',
  'evaluation.review_completed':
    'De evaluatie is al afgerond of overgeslagen. Heropen haar om iets te wijzigen.',
  'evaluation.review_not_completed': 'De evaluatie staat nog open; er is niets te heropenen.',
  'evaluation.review_not_yet':
    'De evaluatie begint zodra het incident onder controle is: zet het eerst op herstel of evaluatie.',
  'evaluation.done_needs_evaluation':
    'Rond de evaluatie af in de fase evaluatie. Zet het incident eerst in die fase.',
  'evaluation.contribution_empty': 'Schrijf op wat goed ging, wat misging, of allebei.',
  'evaluation.not_author': 'Alleen wie deze bijdrage schreef (of een beheerder) kan haar wijzigen.',
  'evaluation.owner': 'Geef de eigenaar op als één account of als een naam, niet allebei.',
  'evaluation.due_on_format': 'Gebruik een datum zoals 2027-03-31.',
  'evaluation.item_closed': 'Dit actiepunt is gesloten. Heropen het om iets te wijzigen.',
  'evaluation.item_not_closed': 'Dit actiepunt is niet gesloten; er is niets te heropenen.',
  'evaluation.plan_version_required':
    'Dit actiepunt verandert het plan: geef aan welke planversie de wijziging bevat.',
  'evaluation.plan_version_unknown': 'Planversie {version} bestaat niet.',
  'evaluation.plan_version_old':
    'Het incident liep op planversie {version}; de wijziging moet in een latere versie staan.',
  'evaluation.drop_reason': 'Geef aan waarom het actiepunt vervalt.',
  'mail.action_item.overdue_subject': '{mark}{reference}: actiepunt "{item}" is te laat',
  'mail.action_item.overdue_body':
    'Het actiepunt "{item}" uit incident {reference} "{title}" moest op {due} klaar zijn en is nog niet af. Eigenaar: {owner}. Rond het af, geef het een nieuwe datum, of laat het vervallen met een reden.',
  'mail.action_item.action': 'Open de verbeterlijst',
} as const;
