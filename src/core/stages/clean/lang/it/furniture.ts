import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** Italian page furniture. */
export const furniture: FurnitureLexicon = {
  related: ['leggi anche', 'potrebbe interessarti', 'articoli correlati', 'ti potrebbe interessare', 'i più letti', 'vedi anche'],
  share: ['condividi', 'condividi su'],
  subscribe: ['iscriviti', 'abbonati', 'newsletter', 'seguici'],
  comments: ['commenti', 'lascia un commento', 'rispondi'],
  feedback: ['questo articolo ti è stato utile'],
  advert: ['pubblicità', 'sponsorizzato'],
  posted: ['pubblicato in', 'tag:', 'categorie:', 'archiviato in'],
  navigation: ['leggi di più', 'torna su', 'stampa', 'carica altri'],
  captionLabels: ['foto', 'immagine', 'credito'],
  imageLines: ['foto di', 'immagine di', 'fonte:'],
  bylineLabels: ['autore:', 'di'],
  disclaimerLabels: ['avvertenza', 'esclusione di responsabilità'],
  disclaimerPhrases: ['tutti i diritti riservati'],
  readVersion: ['leggi', 'versione', 'edizione'],
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'giu', 'lug', 'ago', 'set', 'ott', 'dic'],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  dateWords: ['pubblicato', 'aggiornato', 'il', 'alle', 'ore'],
  languageNames: ['italiano', 'it'],
};
