/**
 * Spellings of one name that transliteration folding cannot bring together, because the languages
 * differ and not only the spelling system: Russian Vladimir / Ukrainian Volodymyr, Dmitry / Dmytro,
 * Kiev / Kyiv. Each row is one name; spellings that folding already unites (Zelenskiy / Zelenskyy,
 * Yuriy / Yurii) need not be listed. Sources: BGN/PCGN Russian and Ukrainian romanisation, the
 * Ukrainian national system of 2010, and the spellings used by wire services and the Ukrainian
 * government.
 *
 * A given-name row never decides a match by itself: it only lets two full names whose surnames
 * already match agree on the first name (Dmitry Peskov = Dmytro Peskov; Dmitry Peskov ≠ Dmytro
 * Kuleba).
 */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ['Vladimir', 'Volodymyr', 'Wladimir', 'Wolodymyr', 'Volodimir', 'Uladzimir'],
  ['Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrij', 'Dmytro', 'Dimitri', 'Dmitro'],
  ['Alexei', 'Alexey', 'Aleksei', 'Aleksey', 'Aleksej', 'Oleksii', 'Oleksiy', 'Olexiy', 'Alexej'],
  ['Alexander', 'Aleksandr', 'Alexandr', 'Aleksander', 'Oleksandr', 'Olexander', 'Olexandr', 'Alyaksandr', 'Aliaksandr'],
  ['Alexandra', 'Aleksandra', 'Oleksandra'],
  ['Sergei', 'Sergey', 'Sergej', 'Serhiy', 'Serhii', 'Sergiy', 'Sergii', 'Serghei', 'Siarhei'],
  ['Andrei', 'Andrey', 'Andrej', 'Andriy', 'Andrii', 'Andrzej'],
  ['Mikhail', 'Mykhailo', 'Mykhaylo', 'Michail', 'Mihail', 'Mikhailo'],
  ['Yevgeny', 'Yevgeniy', 'Evgeny', 'Evgeni', 'Evgenii', 'Jewgeni', 'Yevhen', 'Yevhenii', 'Ievgen', 'Evhen', 'Yauhen'],
  ['Nikolai', 'Nikolay', 'Nikolaj', 'Mykola', 'Mikola', 'Mikalai'],
  ['Pyotr', 'Petr', 'Piotr', 'Petro', 'Petro', 'Pyatro'],
  ['Grigory', 'Grigoriy', 'Grigorii', 'Hryhoriy', 'Hryhorii', 'Hrihoriy'],
  ['Georgy', 'Georgiy', 'Georgii', 'Heorhiy', 'Heorhii'],
  ['Gennady', 'Gennadiy', 'Gennadii', 'Hennadiy', 'Hennadii'],
  ['Igor', 'Ihor'],
  ['Oleg', 'Oleh', 'Aleh'],
  ['Kirill', 'Kyrylo', 'Kiril'],
  ['Ilya', 'Illia', 'Illya', 'Ilia'],
  ['Pavel', 'Pavlo', 'Paul'],
  ['Fyodor', 'Fedor', 'Fedir', 'Theodor'],
  ['Maxim', 'Maksim', 'Maksym'],
  ['Vasily', 'Vasiliy', 'Vasilii', 'Vasyl', 'Vasil'],
  ['Konstantin', 'Kostiantyn', 'Kostyantyn', 'Constantin'],
  ['Timofei', 'Timofey', 'Tymofiy', 'Tymofii'],
  ['Semyon', 'Semen', 'Semion'],
  ['Bogdan', 'Bohdan'],
  ['Denis', 'Denys'],
  ['Ivan', 'Iwan'],
  ['Yakov', 'Yakiv', 'Jakob'],
  ['Lev', 'Leo'],
  ['Matvei', 'Matviy', 'Matthew'],
  ['Stanislav', 'Stanislaw'],
  ['Viktor', 'Victor', 'Wiktor'],
  ['Vitaly', 'Vitaliy', 'Vitalii', 'Witali'],
  ['Anatoly', 'Anatoliy', 'Anatolii'],
  ['Valery', 'Valeriy', 'Valerii', 'Valeri'],
  ['Arseniy', 'Arseny', 'Arsenii'],
  ['Volodymyra', 'Vladimira'],
  ['Yelena', 'Elena', 'Olena', 'Jelena', 'Alena', 'Alyona'],
  ['Yulia', 'Yuliya', 'Iuliia', 'Yuliia', 'Julia', 'Julija'],
  ['Tatyana', 'Tatiana', 'Tetiana', 'Tetyana', 'Tatjana'],
  ['Natalia', 'Natalya', 'Nataliya', 'Nataliia', 'Natalja'],
  ['Olga', 'Olha', 'Volha'],
  ['Lyudmila', 'Ludmila', 'Liudmyla', 'Lyudmyla', 'Ljudmila'],
  ['Svetlana', 'Svitlana', 'Sviatlana', 'Swetlana'],
  ['Irina', 'Iryna', 'Iryna'],
  ['Yekaterina', 'Ekaterina', 'Kateryna', 'Katerina', 'Jekaterina'],
  ['Anna', 'Hanna', 'Ganna'],
  ['Nadezhda', 'Nadiya', 'Nadiia'],
  ['Mariya', 'Maria', 'Mariia', 'Marija'],
  ['Daria', 'Darya', 'Daryna'],
  ['Oksana', 'Aksana'],
  ['Yaroslav', 'Jaroslav', 'Jaroslaw'],
  ['Vyacheslav', 'Viacheslav', 'Wjatscheslaw'],
  ['Rustem', 'Rustam'],
  ['Benjamin', 'Binyamin'],
  ['Eduard', 'Edward'],
  ['Mikheil', 'Mikhail'],
  ['Leonid', 'Leonyd'],
  ['Yury', 'Yuri', 'Yuriy', 'Yurii', 'Iurii', 'Jurij', 'Juri'],
];

/**
 * Place names whose spellings differ beyond folding: the Ukrainian-based spellings adopted since the
 * #KyivNotKiev campaign, Russian-era names, official renamings, and English exonyms. The Ukrainian
 * towns from Sloviansk on are those whose Ukrainian and Russian names differ by more than letters
 * (Ukrainian і/и for Russian о/а/е, neuter -е for -о, -а for -ая, г for х…), each row the Ukrainian
 * name, its Russian name and the former name as the town's encyclopaedia article gives them
 * ("Ukrainian: Слов'янськ; Russian: Славянск").
 */
export const PLACE_VARIANTS: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Київ', 'Киев'],
  ['Kharkiv', 'Kharkov', 'Charkiw', 'Харків', 'Харьков'],
  ['Odesa', 'Odessa', 'Одеса', 'Одесса'],
  ['Lviv', 'Lvov', 'Lwów', 'Lemberg', 'Львів', 'Львов'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev', 'Миколаїв', 'Николаев'],
  ['Dnipro', 'Dnepr', 'Dnipropetrovsk', 'Dnepropetrovsk', 'Дніпро', 'Днепр'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporozhzhia', 'Запоріжжя', 'Запорожье'],
  ['Luhansk', 'Lugansk', 'Луганськ', 'Луганск'],
  ['Chernihiv', 'Chernigov', 'Чернігів', 'Чернигов'],
  ['Rivne', 'Rovno', 'Рівне', 'Ровно'],
  ['Kropyvnytskyi', 'Kirovohrad', 'Kirovograd'],
  ['Bakhmut', 'Artemivsk', 'Artyomovsk', 'Бахмут', 'Артемовск'],
  ['Vinnytsia', 'Vinnitsa', 'Vinnytsya'],
  ['Ivano-Frankivsk', 'Ivano-Frankovsk'],
  ['Chornobyl', 'Chernobyl', 'Чорнобиль', 'Чернобыль'],
  ['Kryvyi Rih', 'Krivoy Rog', 'Kryvyy Rih'],
  ['Pokrovsk', 'Krasnoarmeysk', 'Krasnoarmiisk'],
  ['Sloviansk', 'Slavyansk', 'Slovyansk', 'Слов’янськ', 'Славянск'],
  ['Svatove', 'Svatovo', 'Сватове', 'Сватово'],
  ['Vuhledar', 'Ugledar', 'Вугледар', 'Угледар'],
  ['Kostiantynivka', 'Konstantinovka', 'Kostyantynivka', 'Костянтинівка', 'Константиновка'],
  ['Chasiv Yar', 'Chasov Yar', 'Часів Яр', 'Часов Яр'],
  ['Popasna', 'Popasnaya', 'Попасна', 'Попасная'],
  ['Rubizhne', 'Rubezhnoye', 'Рубіжне', 'Рубежное'],
  ['Vovchansk', 'Volchansk', 'Вовчанськ', 'Волчанск'],
  ['Nova Kakhovka', 'Novaya Kakhovka', 'Нова Каховка', 'Новая Каховка'],
  ['Kremenchuk', 'Kremenchug', 'Кременчук', 'Кременчуг'],
  ['Bila Tserkva', 'Belaya Tserkov', 'Біла Церква', 'Белая Церковь'],
  ['Okhtyrka', 'Akhtyrka', 'Охтирка', 'Ахтырка'],
  ['Yenakiieve', 'Yenakiyevo', 'Yenakiyeve', 'Єнакієве', 'Енакиево'],
  ['Kamianske', 'Kamenskoye', 'Dniprodzerzhynsk', 'Dneprodzerzhinsk', 'Кам’янське', 'Каменское'],
  ['Kadiivka', 'Stakhanov', 'Кадіївка', 'Стаханов'],
  ['Belarus', 'Byelorussia', 'Belorussia', 'Беларусь'],
  ['Moldova', 'Moldavia'],
  ['Kyrgyzstan', 'Kirghizia', 'Kirgizia'],
  ['Chisinau', 'Kishinev', 'Chișinău'],
  ['Almaty', 'Alma-Ata'],
  ['Astana', 'Nur-Sultan', 'Akmola'],
  ['Tbilisi', 'Tiflis'],
  ['Turkey', 'Türkiye', 'Turkiye'],
  ['Myanmar', 'Burma'],
  ['Czechia', 'Czech Republic'],
  ['Eswatini', 'Swaziland'],
  ['Côte d’Ivoire', "Côte d'Ivoire", 'Ivory Coast'],
  ['Beijing', 'Peking'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Chennai', 'Madras'],
  ['Yangon', 'Rangoon'],
  ['Ho Chi Minh City', 'Saigon'],
  ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Russia', 'Russian Federation', 'Россия'],
  ['Ukraine', 'Україна', 'Украина'],
  ['Moscow', 'Москва'],
  ['United Arab Emirates', 'UAE'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  ['Netherlands', 'The Netherlands'],
  ['Gaza', 'Gaza Strip'],
];

/**
 * Organisations known by more than one name or by a short form that is not simply their initials
 * (initials are matched by rule: EU = European Union).
 */
export const ORG_VARIANTS: readonly (readonly string[])[] = [
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'OTAN', 'НАТО'],
  ['United Nations', 'UN', 'U.N.', 'ООН'],
  ['European Union', 'EU', 'E.U.'],
  ['Security Service of Ukraine', 'SBU', 'СБУ'],
  ['Federal Security Service', 'FSB', 'ФСБ'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['International Monetary Fund', 'IMF'],
  ['World Health Organization', 'WHO'],
  ['Wagner Group', 'Wagner', 'PMC Wagner'],
  ['Verkhovna Rada', 'Rada', 'Верховна Рада'],
  ['State Duma', 'Duma', 'Государственная дума'],
];

/**
 * Metonyms: a building or place that stands for an institution ("the Kremlin said"). They stay
 * their own entity and are linked, never merged, to the office holders named in `offices` (a role
 * naming one of these offices, such as "Russian President", links the person to the metonym).
 */
export const METONYMS: readonly { name: string; aliases: readonly string[]; offices: readonly string[] }[] = [
  { name: 'Kremlin', aliases: ['the Kremlin', 'Кремль'], offices: ['Russian President', 'President of Russia', 'Russian leader', 'Russia’s president', "Russia's president"] },
  { name: 'White House', aliases: ['the White House'], offices: ['US President', 'U.S. President', 'American President', 'President of the United States', 'American leader'] },
  { name: 'Downing Street', aliases: ['No 10', 'Number 10', 'No. 10'], offices: ['British Prime Minister', 'UK Prime Minister', 'Prime Minister of the United Kingdom'] },
  { name: 'Élysée', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'], offices: ['French President', 'President of France'] },
  { name: 'Bankova', aliases: ['Bankova Street'], offices: ['Ukrainian President', 'President of Ukraine', 'Head of the Presidential Office'] },
  { name: 'Pentagon', aliases: ['the Pentagon'], offices: ['US Defense Secretary', 'Secretary of Defense', 'US Secretary of War', 'Defense Secretary'] },
  { name: 'Zhongnanhai', aliases: [], offices: ['Chinese President', 'President of China', 'Chinese leader'] },
  { name: 'Blue House', aliases: [], offices: ['South Korean President'] },
  { name: 'Quai d’Orsay', aliases: ["Quai d'Orsay"], offices: ['French Foreign Minister'] },
  { name: 'Foggy Bottom', aliases: [], offices: ['US Secretary of State', 'Secretary of State'] },
];
