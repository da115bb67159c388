import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** Spanish page furniture. */
export const furniture: FurnitureLexicon = {
  related: ['lee también', 'leer también', 'lea también', 'te puede interesar', 'noticias relacionadas', 'más información', 'relacionado', 'lo más leído'],
  share: ['compartir', 'comparte', 'compartir en'],
  subscribe: ['suscríbete', 'suscríbase', 'regístrate', 'newsletter', 'síguenos'],
  comments: ['comentarios', 'deja un comentario', 'responder'],
  feedback: ['te ha resultado útil'],
  advert: ['publicidad', 'patrocinado'],
  posted: ['publicado en', 'etiquetas:', 'archivado en', 'categorías:'],
  navigation: ['leer más', 'volver arriba', 'imprimir', 'ver más', 'cargar más'],
  captionLabels: ['foto', 'fotos', 'imagen', 'crédito', 'ilustración'],
  imageLines: ['foto de', 'imagen de', 'fuente:'],
  bylineLabels: ['autor:', 'por'],
  disclaimerLabels: ['aviso legal', 'descargo de responsabilidad'],
  disclaimerPhrases: ['todos los derechos reservados'],
  readVersion: ['leer', 'versión', 'edición'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'setiembre', 'ene', 'abr', 'ago', 'dic'],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  dateWords: ['publicado', 'actualizado', 'el', 'de', 'a las', 'h'],
  languageNames: ['español', 'es'],
};
