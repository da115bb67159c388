import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** German page furniture. */
export const furniture: FurnitureLexicon = {
  related: ['auch interessant', 'lesen sie auch', 'lies auch', 'mehr zum thema', 'ähnliche beiträge', 'ähnliche artikel', 'verwandte artikel', 'weitere artikel', 'weiterführender link', 'weiterführende links', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'das thema könnte dich auch interessieren', 'das thema könnte sie auch interessieren', 'empfehlungen', 'meistgelesen', 'beliebte beiträge', 'neueste beiträge', 'aktuelle beiträge', 'zum thema', 'mehr dazu', 'passend dazu', 'weitere themen', 'weitere informationen', 'weitere nachrichten', 'zum weiterlesen', 'neueste artikel', 'entdecke weitere', 'weitere infos', 'themen im artikel', 'auch lesenswert'],
  share: ['teilen', 'artikel teilen', 'beitrag teilen', 'möchten sie den artikel teilen', 'jetzt teilen', 'sharen mit', 'teile diesen beitrag', 'per e-mail teilen', 'auf facebook teilen'],
  subscribe: ['abonnieren', 'abonniere', 'jetzt abonnieren', 'newsletter', 'melden sie sich', 'jetzt anmelden', 'folgen sie uns', 'folge uns', 'bleiben sie', 'registrieren sie sich'],
  comments: ['kommentare', 'kommentar schreiben', 'kommentare schreiben', 'kommentar verfassen', 'kommentare geschlossen', 'keine kommentare', 'schreibe einen kommentar', 'hinterlasse einen kommentar', 'antworten', 'diese website verwendet akismet'],
  feedback: ['war der artikel nützlich', 'war dieser artikel hilfreich', 'bewerten sie', 'wie hat ihnen'],
  advert: ['anzeige', 'werbung', 'sponsored', 'gesponsert'],
  posted: ['veröffentlicht in', 'abgelegt unter', 'kategorie:', 'kategorien:', 'schlagwörter:', 'schlagworte:', 'tags:', 'themen:', 'verschlagwortet mit', 'aufrufe:'],
  navigation: ['lade weitere inhalte', 'mehr laden', 'weitere laden', 'nach oben', 'zurück', 'drucken', 'weiterlesen', 'mehr anzeigen', 'zum artikel', 'hier klicken', 'zur startseite', 'vorheriger artikel', 'nächster artikel', 'vorheriger beitrag', 'nächster beitrag', 'kontakt'],
  captionLabels: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotoquelle', 'bildnachweis', 'grafik', 'abbildung', 'titelbild', 'beitragsbild'],
  imageLines: ['beitragsbild', 'titelbild', 'symbolbild', 'bild von', 'foto von', 'bild via', 'foto via', 'bild:', 'quelle:'],
  bylineLabels: ['autor:', 'autorin:', 'von', 'text:', 'verfasst von', 'autoren:'],
  disclaimerLabels: ['haftungsausschluss', 'disclaimer'],
  disclaimerPhrases: ['alle rechte vorbehalten', 'ohne gewähr', 'keine anlageberatung'],
  readVersion: ['lesen', 'version', 'ausgabe'],
  months: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jänner', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  dateWords: ['veröffentlicht', 'aktualisiert', 'erstellt', 'geändert', 'zuletzt', 'am', 'um', 'uhr', 'stand', 'datum', 'vom'],
  languageNames: ['deutsch', 'de'],
};
