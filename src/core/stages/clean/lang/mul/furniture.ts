/**
 * Script- and language-independent furniture facts: codes that appear in language switchers and the
 * picture agencies that appear in photo credits.
 */

/** ISO 639-1 codes and the country-style codes sites use for languages (`ua`, `cn`, `jp`). */
export const LANGUAGE_CODES: readonly string[] = [
  'ar', 'az', 'be', 'bg', 'bs', 'ca', 'cn', 'cs', 'cz', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'ga', 'ge', 'gr', 'he', 'hi',
  'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja', 'jp', 'ka', 'kk', 'ko', 'kr', 'kz', 'lt', 'lv', 'mk', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru',
  'se', 'sk', 'sl', 'sq', 'sr', 'sv', 'th', 'tr', 'ua', 'uk', 'ur', 'uz', 'vi', 'zh', 'eng', 'deu', 'ger', 'fra', 'fre', 'rus', 'ukr', 'spa', 'ita',
];

/** Picture agencies and stock libraries whose names end photo credits. */
export const PICTURE_AGENCIES: readonly string[] = [
  'getty images', 'getty', 'afp', 'reuters', 'ap', 'ap photo', 'associated press', 'epa', 'epa-efe', 'efe', 'dpa', 'picture alliance', 'picture-alliance', 'imago', 'imago images',
  'shutterstock', 'shutterstock.com', 'istock', 'istockphoto', 'unsplash', 'pixabay', 'pexels', 'adobe stock', 'stock.adobe.com', 'fotolia', 'keystone', 'ansa', 'tass', 'ria novosti',
  'sputnik', 'unian', 'ukrinform', 'xinhua', 'bloomberg', 'alamy', 'wikimedia commons', 'wikimedia', 'flickr', 'anadolu', 'sipa', 'abaca', 'zuma', 'zuma press', 'bbc', 'cnn', 'pa', 'pa images', 'pa wire',
];
