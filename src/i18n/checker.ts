// The scenario checker's messages in Dutch, for the start screen's "own scenario" loader. The checker speaks English
// (CLI, CI, the guide); each row pairs its English template ("…" = a part that varies) with the Dutch text, where
// {1}, {2} … take the varying parts in English order. Not an i18next namespace: the keys are whole sentences with
// dots and colons, which i18next would read as separators. tests/docs/guide.test.ts makes sure every message the
// checker can give has a row here.

export const checkerMessages: [en: string, nl: string][] = [
  // the loader
  ['syntax error: …', 'syntaxfout: {1}'],
  // the schema (src/engine/play/schema.ts)
  ['expected an id (text)', 'hier hoort een id (tekst)'],
  [
    'an id starts with a letter and holds only letters, digits, "-" and "_"',
    'een id begint met een letter en bevat alleen letters, cijfers, "-" en "_"',
  ],
  ['Dutch text (nl) is missing', 'de Nederlandse tekst (nl) ontbreekt'],
  ['English text (en) is missing', 'de Engelse tekst (en) ontbreekt'],
  ['Dutch text (nl) is empty', 'de Nederlandse tekst (nl) is leeg'],
  ['English text (en) is empty', 'de Engelse tekst (en) is leeg'],
  ['expected a text with "nl" and "en"', 'hier hoort een tekst met "nl" en "en"'],
  [
    'expected a date-time with offset, e.g. 2020-01-14T21:40:00+01:00',
    'hier hoort een datum en tijd met tijdzone, bijvoorbeeld 2020-01-14T21:40:00+01:00',
  ],
  ['expected a date like 2020-01-14', 'hier hoort een datum zoals 2020-01-14'],
  ['op must be one of …', 'op moet een van deze zijn: {1}'],
  ['value must be a number', 'value moet een getal zijn'],
  [
    'expected a condition object (flag, all, any, not, metric, clockAtLeast or clockBefore)',
    'hier hoort een voorwaarde (flag, all, any, not, metric, clockAtLeast of clockBefore)',
  ],
  ['a condition needs exactly one of … (found …)', 'een voorwaarde heeft precies één van {1} (gevonden: {2})'],
  ['a metric condition needs "op" and "value"', 'een voorwaarde op een score heeft "op" en "value" nodig'],
  ['"op" and "value" belong only in a metric condition', '"op" en "value" horen alleen bij een voorwaarde op een score'],
  ['an "all" needs at least one condition', 'een "all" heeft minstens één voorwaarde nodig'],
  ['an "any" needs at least one condition', 'een "any" heeft minstens één voorwaarde nodig'],
  ['an effect is a number (the change to the metric)', 'een effect is een getal (de verandering van de score)'],
  ['effects are whole numbers', 'effecten zijn hele getallen'],
  [
    'next is a stage or ending id, or a list of { when, to } routes',
    'next is het id van een moment of einde, of een lijst routes { when, to }',
  ],
  ['a route list needs at least one route', 'een routelijst heeft minstens één route nodig'],
  ['a decision needs at least one option', 'een beslissing heeft minstens één optie nodig'],
  ['kind must be one of …', 'kind moet een van deze zijn: {1}'],
  ['outcome must be good, mixed or bad', 'outcome moet good, mixed of bad zijn'],
  ['good must be "higher" or "lower"', 'good moet "higher" of "lower" zijn'],
  ['a metric needs min < max and a start value within [min, max]', 'een score heeft min < max nodig en een startwaarde binnen [min, max]'],
  ['name at least one source', 'noem minstens één bron'],
  ['release must be "auto" or "facilitator"', 'release moet "auto" of "facilitator" zijn'],
  ['a source URL must be a web address starting with http:// or https://', 'het webadres van een bron begint met http:// of https://'],
  // references (src/engine/play/references.ts)
  ['unknown flag "…" (declare it under flags)', 'onbekende vlag "{1}" (zet hem onder flags)'],
  ['unknown metric "…"', 'onbekende score "{1}"'],
  ['unknown metric "…" in effects', 'onbekende score "{1}" in effects'],
  ['unknown stage "…"', 'onbekend moment "{1}"'],
  ['unknown stage or ending "…"', 'onbekend moment of einde "{1}"'],
  ['unknown sender or role "…"', 'onbekende afzender of rol "{1}"'],
  ['unknown role "…"', 'onbekende rol "{1}"'],
  ['unknown objective "…"', 'onbekend leerdoel "{1}"'],
  ['unknown option "…" in stage "…"', 'onbekende optie "{1}" in moment "{2}"'],
  ['unknown source "…"', 'onbekende bron "{1}"'],
  ['duplicate … id "…"', 'dubbel id "{2}" ({1})'],
  ['stage time lies before the scenario start', 'de tijd van dit moment ligt vóór de start van het scenario'],
  ['a decision has at most one noDecision option', 'een beslissing heeft hoogstens één noDecision-optie'],
  [
    'a timed decision needs a noDecision option (taken when the time runs out)',
    'een beslissing met tijdslimiet heeft een noDecision-optie nodig (die geldt als de tijd op is)',
  ],
  ['the noDecision option must always be available', 'de noDecision-optie moet altijd beschikbaar zijn'],
  ['the last route must have no condition (it is the fallback)', 'de laatste route heeft geen voorwaarde (hij vangt de rest op)'],
  ['only the last route may go without a condition', 'alleen de laatste route mag zonder voorwaarde'],
  // the analysis (src/engine/analyse/analyse.ts)
  ['stage "…" can never be reached', 'moment "{1}" is nooit te bereiken'],
  [
    'ending "…" can never be reached: the routes into it never apply in any reachable situation',
    'einde "{1}" is nooit te bereiken: de routes erheen gelden in geen enkele bereikbare situatie',
  ],
  ['ending "…" can never be reached: no option leads to it', 'einde "{1}" is nooit te bereiken: geen optie leidt erheen'],
  ['ending "…" can never be reached: …', 'einde "{1}" is nooit te bereiken: {2}'],
  [
    'dead end: no option is available in stage "…" … (flags: …)',
    'doodlopend: in moment "{1}" is geen optie beschikbaar {2} (vlaggen: {3})',
  ],
  [
    'endless loop: stages "…" can be entered … but never reach an ending',
    'eindeloze lus: de momenten "{1}" zijn te bereiken {2} maar komen nooit bij een einde',
  ],
  ['flag "…" is set but no condition reads it', 'vlag "{1}" wordt gezet maar door geen voorwaarde gelezen'],
  ['flag "…" is read but nothing sets it', 'vlag "{1}" wordt gelezen maar nergens gezet'],
  ['flag "…" is declared but never used', 'vlag "{1}" staat onder flags maar wordt nergens gebruikt'],
  [
    'analysis incomplete: stopped after … situations; unreachable stages and endings, dead ends, endless loops, path lengths and best/worst endings are not reported',
    'analyse onvolledig: gestopt na {1} situaties; onbereikbare momenten en eindes, doodlopende punten, eindeloze lussen, padlengtes en beste/slechtste eindes worden niet gemeld',
  ],
  [
    'analysis incomplete: the longest-path search hit its limit, so the longest path is not reported',
    'analyse onvolledig: het zoeken naar het langste pad stopte bij zijn grens, dus het langste pad wordt niet gemeld',
  ],
  [
    'analysis incomplete: the best/worst ending search hit its limit, so they are not reported',
    'analyse onvolledig: het zoeken naar het beste en slechtste einde stopte bij zijn grens, dus die worden niet gemeld',
  ],
  // whether choices matter (src/engine/analyse/branching.ts)
  ['every option of stage "…" leads to the same place', 'elke optie van moment "{1}" leidt naar dezelfde plek'],
  [
    'options … of stage "…" differ only in what happens now (same next place, same flags, no metric a condition reads)',
    'de opties {1} van moment "{2}" verschillen alleen in wat er nu gebeurt (zelfde volgende plek, zelfde vlaggen, geen meter die een voorwaarde leest)',
  ],
  [
    'flag "…" only decides whether an inject shows; no option, route or consequence reads it',
    'vlag "{1}" bepaalt alleen of een bericht verschijnt; geen optie, route of gevolg leest hem',
  ],
  // the file limits (src/engine/play/limits.ts, load.ts, schema.ts)
  ['the file is …; a scenario file may be at most …', 'het bestand is {1}; een scenariobestand mag hoogstens {2} zijn'],
  [
    'nested more than … levels deep; a scenario file may nest at most …',
    'meer dan {1} niveaus diep genest; een scenariobestand mag hoogstens {2} niveaus diep nesten',
  ],
  [
    'too many YAML aliases: the alias *… takes the file past … (aliases are counted as they expand)',
    'te veel YAML-aliassen: de alias *{1} brengt het bestand over de {2} (aliassen tellen mee terwijl ze uitklappen)',
  ],
  ['the file could not be read: …', 'het bestand kon niet worden gelezen: {1}'],
  ['a text may hold at most … characters', 'een tekst mag hoogstens {1} tekens bevatten'],
  ['… is … (YAML .nan or .inf); it must be a finite number', '{1} is {2} (YAML .nan of .inf); het moet een eindig getal zijn'],
  ['value may be at most … either side of 0', 'value mag hoogstens {1} van 0 af liggen'],
  ['… is a whole number of minutes', '{1} is een geheel aantal minuten'],
  ['… is a whole number', '{1} is een geheel getal'],
  ['… may be at most … minutes (ten years)', '{1} mag hoogstens {2} minuten (tien jaar) zijn'],
  ['… may be at least …', '{1} moet minstens {2} zijn'],
  ['… may be at most …', '{1} mag hoogstens {2} zijn'],
  ['flag "…" is both set and cleared here; keep one of the two', 'vlag "{1}" wordt hier zowel gezet als gewist; houd één van de twee'],
  // loading a file in the app (src/engine/analyse/check-upload.ts, src/ui/start/checkInWorker.ts)
  ['the file could not be checked: …', 'het bestand kon niet worden gecontroleerd: {1}'],
  // uploading to the session server (server/app.ts)
  ['"…" is the id of a built-in scenario', '"{1}" is het id van een ingebouwd scenario'],
  ['the check took longer than … seconds', 'de controle duurde langer dan {1} seconden'],
  ['the checker stopped: …', 'de controle stopte: {1}'],
  // the schema library's own messages (zod)
  ['Unrecognized key: "…"', 'onbekend veld: "{1}"'],
  ['Unrecognized keys: …', 'onbekende velden: {1}'],
  ['Invalid input: expected …, received undefined', 'dit veld ontbreekt (verwacht: {1})'],
  ['Invalid input: expected …, received …', 'ongeldige invoer: verwacht {1}, gekregen {2}'],
  ['Too small: expected array to have >=… items', 'te weinig: de lijst heeft minstens {1} elementen nodig'],
  ['Too small: expected string to have >=… characters', 'te kort: de tekst heeft minstens {1} tekens nodig'],
  ['Too small: expected number to be >…', 'te klein: het getal moet groter zijn dan {1}'],
  ['Too small: expected number to be >=…', 'te klein: het getal moet minstens {1} zijn'],
  ['Too big: expected number to be <=…', 'te groot: het getal mag hoogstens {1} zijn'],
  ['Too big: expected string to have <=… characters', 'te lang: de tekst mag hoogstens {1} tekens hebben'],
  ['Invalid URL', 'ongeldig webadres (URL)'],
  ['Invalid input', 'ongeldige invoer'],
];
