/**
 * Nationality and group adjectives/nouns (NORP): kept apart from the country they derive from
 * ("Russian" is not "Russia"). Lowercase demonym → the country or region it refers to.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['afghan', 'Afghanistan'], ['albanian', 'Albania'], ['algerian', 'Algeria'], ['american', 'United States'],
  ['angolan', 'Angola'], ['argentine', 'Argentina'], ['argentinian', 'Argentina'], ['armenian', 'Armenia'],
  ['australian', 'Australia'], ['austrian', 'Austria'], ['azerbaijani', 'Azerbaijan'], ['azeri', 'Azerbaijan'],
  ['bahraini', 'Bahrain'], ['bangladeshi', 'Bangladesh'], ['belarusian', 'Belarus'], ['belarussian', 'Belarus'],
  ['belgian', 'Belgium'], ['bolivian', 'Bolivia'], ['bosnian', 'Bosnia and Herzegovina'], ['brazilian', 'Brazil'],
  ['british', 'United Kingdom'], ['briton', 'United Kingdom'], ['bulgarian', 'Bulgaria'], ['burmese', 'Myanmar'],
  ['cambodian', 'Cambodia'], ['cameroonian', 'Cameroon'], ['canadian', 'Canada'], ['chadian', 'Chad'],
  ['chilean', 'Chile'], ['chinese', 'China'], ['colombian', 'Colombia'], ['congolese', 'Congo'],
  ['croatian', 'Croatia'], ['croat', 'Croatia'], ['cuban', 'Cuba'], ['cypriot', 'Cyprus'], ['czech', 'Czech Republic'],
  ['danish', 'Denmark'], ['dane', 'Denmark'], ['dutch', 'Netherlands'], ['ecuadorian', 'Ecuador'],
  ['egyptian', 'Egypt'], ['emirati', 'United Arab Emirates'], ['english', 'England'], ['eritrean', 'Eritrea'],
  ['estonian', 'Estonia'], ['ethiopian', 'Ethiopia'], ['european', 'Europe'], ['filipino', 'Philippines'],
  ['finnish', 'Finland'], ['finn', 'Finland'], ['french', 'France'], ['georgian', 'Georgia'], ['german', 'Germany'],
  ['ghanaian', 'Ghana'], ['greek', 'Greece'], ['guatemalan', 'Guatemala'], ['haitian', 'Haiti'],
  ['honduran', 'Honduras'], ['hungarian', 'Hungary'], ['icelandic', 'Iceland'], ['indian', 'India'],
  ['indonesian', 'Indonesia'], ['iranian', 'Iran'], ['iraqi', 'Iraq'], ['irish', 'Ireland'], ['israeli', 'Israel'],
  ['italian', 'Italy'], ['ivorian', "Côte d'Ivoire"], ['jamaican', 'Jamaica'], ['japanese', 'Japan'],
  ['jordanian', 'Jordan'], ['kazakh', 'Kazakhstan'], ['kazakhstani', 'Kazakhstan'], ['kenyan', 'Kenya'],
  ['korean', 'Korea'], ['kosovar', 'Kosovo'], ['kuwaiti', 'Kuwait'], ['kyrgyz', 'Kyrgyzstan'], ['latvian', 'Latvia'],
  ['lebanese', 'Lebanon'], ['libyan', 'Libya'], ['lithuanian', 'Lithuania'], ['macedonian', 'North Macedonia'],
  ['malaysian', 'Malaysia'], ['malian', 'Mali'], ['maltese', 'Malta'], ['mexican', 'Mexico'], ['moldovan', 'Moldova'],
  ['mongolian', 'Mongolia'], ['montenegrin', 'Montenegro'], ['moroccan', 'Morocco'], ['mozambican', 'Mozambique'],
  ['namibian', 'Namibia'], ['nepalese', 'Nepal'], ['nepali', 'Nepal'], ['nicaraguan', 'Nicaragua'],
  ['nigerian', 'Nigeria'], ['nigerien', 'Niger'], ['norwegian', 'Norway'], ['omani', 'Oman'], ['pakistani', 'Pakistan'],
  ['palestinian', 'Palestine'], ['panamanian', 'Panama'], ['paraguayan', 'Paraguay'], ['peruvian', 'Peru'],
  ['polish', 'Poland'], ['pole', 'Poland'], ['portuguese', 'Portugal'], ['qatari', 'Qatar'], ['romanian', 'Romania'],
  ['russian', 'Russia'], ['rwandan', 'Rwanda'], ['saudi', 'Saudi Arabia'], ['scottish', 'Scotland'], ['scot', 'Scotland'],
  ['senegalese', 'Senegal'], ['serbian', 'Serbia'], ['serb', 'Serbia'], ['singaporean', 'Singapore'],
  ['slovak', 'Slovakia'], ['slovenian', 'Slovenia'], ['slovene', 'Slovenia'], ['somali', 'Somalia'],
  ['south african', 'South Africa'], ['soviet', 'Soviet Union'], ['spanish', 'Spain'], ['spaniard', 'Spain'],
  ['sri lankan', 'Sri Lanka'], ['sudanese', 'Sudan'], ['swedish', 'Sweden'], ['swede', 'Sweden'], ['swiss', 'Switzerland'],
  ['syrian', 'Syria'], ['taiwanese', 'Taiwan'], ['tajik', 'Tajikistan'], ['tanzanian', 'Tanzania'], ['thai', 'Thailand'],
  ['tunisian', 'Tunisia'], ['turkish', 'Turkey'], ['turk', 'Turkey'], ['turkmen', 'Turkmenistan'], ['ugandan', 'Uganda'],
  ['ukrainian', 'Ukraine'], ['uruguayan', 'Uruguay'], ['uzbek', 'Uzbekistan'], ['venezuelan', 'Venezuela'],
  ['vietnamese', 'Vietnam'], ['welsh', 'Wales'], ['yemeni', 'Yemen'], ['zambian', 'Zambia'], ['zimbabwean', 'Zimbabwe'],
  ['african', 'Africa'], ['asian', 'Asia'], ['arab', 'Arab world'], ['western', 'the West'], ['latin american', 'Latin America'],
  ['north korean', 'North Korea'], ['south korean', 'South Korea'], ['new zealander', 'New Zealand'],
  ['kurdish', 'Kurdistan'], ['kurd', 'Kurdistan'], ['chechen', 'Chechnya'], ['crimean', 'Crimea'], ['tatar', 'Tatarstan'],
]);

/**
 * Endings of nationality words the list above may miss ("Veronian", "Bhutanese", "Omani"): a single
 * capitalised word tagged MISC with one of these endings is a NORP.
 */
export const DEMONYM_ENDINGS: readonly string[] = ['ian', 'ean', 'ese', 'ish', 'ani', 'i', 'an'];
