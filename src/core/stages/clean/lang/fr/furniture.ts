import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** French page furniture. */
export const furniture: FurnitureLexicon = {
  related: ['à lire aussi', 'lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'articles similaires', 'articles liés', 'à voir aussi', 'les plus lus', 'dans la même rubrique'],
  share: ['partager', 'partagez', 'partager cet article', 'tweeter'],
  subscribe: ['abonnez-vous', 'inscrivez-vous', 'recevez', 'newsletter', 'suivez-nous', "s'abonner"],
  comments: ['commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'répondre'],
  feedback: ['cet article vous a-t-il été utile'],
  advert: ['publicité', 'sponsorisé'],
  posted: ['publié dans', 'classé dans', 'mots-clés', 'catégories'],
  navigation: ['lire la suite', 'retour en haut', 'imprimer', 'voir plus', 'charger plus'],
  captionLabels: ['photo', 'photos', 'crédit', 'crédits', 'illustration', 'image'],
  imageLines: ['photo de', 'image de', 'source :', 'source:'],
  bylineLabels: ['auteur:', 'auteur :', 'par'],
  disclaimerLabels: ['avertissement', 'avis de non-responsabilité'],
  disclaimerPhrases: ['tous droits réservés'],
  readVersion: ['lire', 'version'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateWords: ['publié', 'mis à jour', 'le', 'à', 'h'],
  languageNames: ['français', 'fr'],
};
