/**
 * Who held which office when: heads of state and government (G20, EU members, Europe's other states,
 * the Middle East, and large countries of Asia, Africa and the Americas), and the foreign and defence
 * ministers of the countries most often in the news, from 2014 on. News often names a leader by office
 * alone ("Finland's president said…", "the French prime minister", "Germany's chancellor"); with this
 * table such a mention resolves to the person who held the office on the article's publication date.
 *
 * Public knowledge, compiled for this project. Each row is
 * `[country, office, name, from, to]`:
 * - country: spelled as a value of `DEMONYMS` (demonyms.ts), so that "Finnish"/"Finland's" both lead here;
 * - office: one of `OFFICES`; a ceremonial presidency is still 'president'; a chief of government titled
 *   premier (China, Taiwan, North Korea) or Taoiseach (Ireland) is 'prime minister'; the US secretary of
 *   defense is 'defence minister';
 * - name: the holder's usual English name in the news;
 * - from/to: ISO dates; the term covers `from` up to the day before `to` (on the handover day the
 *   successor holds the office); `to` is null for the holder as of `OFFICE_HOLDERS_CHECKED_THROUGH`,
 *   also when the term ended later (a later change is not in the table until the date moves on).
 *
 * What is left out, on purpose:
 * - acting or interim holders who held the office for 30 days or less (the days fall in a gap);
 * - a stand-in while the holder was suspended but still in office (South Korea 2016-17 and 2024-25,
 *   Brazil 2016): "the president" then may mean either person, so those days are a gap;
 * - vacancies (Lebanon's presidency 2014-16 and 2022-25, Austria's 2016-17), and the days between a
 *   resignation and the successor's swearing-in where who held the office is unclear;
 * - offices outside the list (emirs, supreme leaders, emperors, the UK monarch as head of state of
 *   other realms);
 * - countries without a `DEMONYMS` value (Luxembourg), and any row not known for certain: a wrong name
 *   would resolve a mention to the wrong person, a missing one only leaves it unresolved.
 */

/**
 * The last date for which every office of the table is complete; later dates name only holders of a
 * fixed term that runs on (`SCHEDULED_TERM_ENDS`).
 */
export const OFFICE_HOLDERS_CHECKED_THROUGH = '2025-07-31';

export const OFFICES = [
  'president', 'vice president', 'prime minister', 'chancellor', 'king', 'queen',
  'foreign minister', 'defence minister', 'secretary of state',
] as const;
export type Office = (typeof OFFICES)[number];

/** [country, office, name, from, to]: see the header. */
export type OfficeRow = readonly [country: string, office: Office, name: string, from: string, to: string | null];

const P: Office = 'president';
const VP: Office = 'vice president';
const PM: Office = 'prime minister';
const CH: Office = 'chancellor';
const KING: Office = 'king';
const QUEEN: Office = 'queen';
const FM: Office = 'foreign minister';
const DM: Office = 'defence minister';
const SOS: Office = 'secretary of state';

export const OFFICE_HOLDERS: readonly OfficeRow[] = [
  // ——— G20 ———
  ['United States', P, 'Barack Obama', '2009-01-20', '2017-01-20'],
  ['United States', P, 'Donald Trump', '2017-01-20', '2021-01-20'],
  ['United States', P, 'Joe Biden', '2021-01-20', '2025-01-20'],
  ['United States', P, 'Donald Trump', '2025-01-20', null],
  ['United States', VP, 'Joe Biden', '2009-01-20', '2017-01-20'],
  ['United States', VP, 'Mike Pence', '2017-01-20', '2021-01-20'],
  ['United States', VP, 'Kamala Harris', '2021-01-20', '2025-01-20'],
  ['United States', VP, 'JD Vance', '2025-01-20', null],
  ['United States', SOS, 'John Kerry', '2013-02-01', '2017-01-20'],
  ['United States', SOS, 'Rex Tillerson', '2017-02-01', '2018-03-31'],
  ['United States', SOS, 'Mike Pompeo', '2018-04-26', '2021-01-20'],
  ['United States', SOS, 'Antony Blinken', '2021-01-26', '2025-01-20'],
  ['United States', SOS, 'Marco Rubio', '2025-01-21', null],
  ['United States', DM, 'Chuck Hagel', '2013-02-27', '2015-02-17'],
  ['United States', DM, 'Ash Carter', '2015-02-17', '2017-01-20'],
  ['United States', DM, 'Jim Mattis', '2017-01-20', '2019-01-01'],
  ['United States', DM, 'Patrick Shanahan', '2019-01-01', '2019-06-24'],
  ['United States', DM, 'Mark Esper', '2019-07-23', '2020-11-09'],
  ['United States', DM, 'Christopher Miller', '2020-11-09', '2021-01-20'],
  ['United States', DM, 'Lloyd Austin', '2021-01-22', '2025-01-20'],
  ['United States', DM, 'Pete Hegseth', '2025-01-25', null],

  ['United Kingdom', PM, 'David Cameron', '2010-05-11', '2016-07-13'],
  ['United Kingdom', PM, 'Theresa May', '2016-07-13', '2019-07-24'],
  ['United Kingdom', PM, 'Boris Johnson', '2019-07-24', '2022-09-06'],
  ['United Kingdom', PM, 'Liz Truss', '2022-09-06', '2022-10-25'],
  ['United Kingdom', PM, 'Rishi Sunak', '2022-10-25', '2024-07-05'],
  ['United Kingdom', PM, 'Keir Starmer', '2024-07-05', null],
  ['United Kingdom', QUEEN, 'Elizabeth II', '1952-02-06', '2022-09-08'],
  ['United Kingdom', KING, 'Charles III', '2022-09-08', null],
  ['United Kingdom', FM, 'William Hague', '2010-05-12', '2014-07-15'],
  ['United Kingdom', FM, 'Philip Hammond', '2014-07-15', '2016-07-13'],
  ['United Kingdom', FM, 'Boris Johnson', '2016-07-13', '2018-07-09'],
  ['United Kingdom', FM, 'Jeremy Hunt', '2018-07-09', '2019-07-24'],
  ['United Kingdom', FM, 'Dominic Raab', '2019-07-24', '2021-09-15'],
  ['United Kingdom', FM, 'Liz Truss', '2021-09-15', '2022-09-06'],
  ['United Kingdom', FM, 'James Cleverly', '2022-09-06', '2023-11-13'],
  ['United Kingdom', FM, 'David Cameron', '2023-11-13', '2024-07-05'],
  ['United Kingdom', FM, 'David Lammy', '2024-07-05', null],
  ['United Kingdom', DM, 'Philip Hammond', '2011-10-14', '2014-07-15'],
  ['United Kingdom', DM, 'Michael Fallon', '2014-07-15', '2017-11-01'],
  ['United Kingdom', DM, 'Gavin Williamson', '2017-11-02', '2019-05-01'],
  ['United Kingdom', DM, 'Penny Mordaunt', '2019-05-01', '2019-07-24'],
  ['United Kingdom', DM, 'Ben Wallace', '2019-07-24', '2023-08-31'],
  ['United Kingdom', DM, 'Grant Shapps', '2023-08-31', '2024-07-05'],
  ['United Kingdom', DM, 'John Healey', '2024-07-05', null],

  ['France', P, 'François Hollande', '2012-05-15', '2017-05-14'],
  ['France', P, 'Emmanuel Macron', '2017-05-14', null],
  ['France', PM, 'Jean-Marc Ayrault', '2012-05-15', '2014-03-31'],
  ['France', PM, 'Manuel Valls', '2014-03-31', '2016-12-06'],
  ['France', PM, 'Bernard Cazeneuve', '2016-12-06', '2017-05-15'],
  ['France', PM, 'Édouard Philippe', '2017-05-15', '2020-07-03'],
  ['France', PM, 'Jean Castex', '2020-07-03', '2022-05-16'],
  ['France', PM, 'Élisabeth Borne', '2022-05-16', '2024-01-09'],
  ['France', PM, 'Gabriel Attal', '2024-01-09', '2024-09-05'],
  ['France', PM, 'Michel Barnier', '2024-09-05', '2024-12-13'],
  ['France', PM, 'François Bayrou', '2024-12-13', null],
  ['France', FM, 'Laurent Fabius', '2012-05-16', '2016-02-11'],
  ['France', FM, 'Jean-Marc Ayrault', '2016-02-11', '2017-05-17'],
  ['France', FM, 'Jean-Yves Le Drian', '2017-05-17', '2022-05-20'],
  ['France', FM, 'Catherine Colonna', '2022-05-20', '2024-01-11'],
  ['France', FM, 'Stéphane Séjourné', '2024-01-11', '2024-09-21'],
  ['France', FM, 'Jean-Noël Barrot', '2024-09-21', null],

  ['Germany', P, 'Joachim Gauck', '2012-03-18', '2017-03-19'],
  ['Germany', P, 'Frank-Walter Steinmeier', '2017-03-19', null],
  ['Germany', CH, 'Angela Merkel', '2005-11-22', '2021-12-08'],
  ['Germany', CH, 'Olaf Scholz', '2021-12-08', '2025-05-06'],
  ['Germany', CH, 'Friedrich Merz', '2025-05-06', null],
  ['Germany', FM, 'Frank-Walter Steinmeier', '2013-12-17', '2017-01-27'],
  ['Germany', FM, 'Sigmar Gabriel', '2017-01-27', '2018-03-14'],
  ['Germany', FM, 'Heiko Maas', '2018-03-14', '2021-12-08'],
  ['Germany', FM, 'Annalena Baerbock', '2021-12-08', '2025-05-06'],
  ['Germany', FM, 'Johann Wadephul', '2025-05-06', null],

  ['Italy', P, 'Giorgio Napolitano', '2006-05-15', '2015-01-14'],
  ['Italy', P, 'Sergio Mattarella', '2015-02-03', null],
  ['Italy', PM, 'Enrico Letta', '2013-04-28', '2014-02-22'],
  ['Italy', PM, 'Matteo Renzi', '2014-02-22', '2016-12-12'],
  ['Italy', PM, 'Paolo Gentiloni', '2016-12-12', '2018-06-01'],
  ['Italy', PM, 'Giuseppe Conte', '2018-06-01', '2021-02-13'],
  ['Italy', PM, 'Mario Draghi', '2021-02-13', '2022-10-22'],
  ['Italy', PM, 'Giorgia Meloni', '2022-10-22', null],

  ['Russia', P, 'Vladimir Putin', '2012-05-07', null],
  ['Russia', PM, 'Dmitry Medvedev', '2012-05-08', '2020-01-16'],
  ['Russia', PM, 'Mikhail Mishustin', '2020-01-16', null],
  ['Russia', FM, 'Sergei Lavrov', '2004-03-09', null],
  ['Russia', DM, 'Sergei Shoigu', '2012-11-06', '2024-05-12'],
  ['Russia', DM, 'Andrei Belousov', '2024-05-14', null],

  ['China', P, 'Xi Jinping', '2013-03-14', null],
  ['China', PM, 'Li Keqiang', '2013-03-15', '2023-03-11'],
  ['China', PM, 'Li Qiang', '2023-03-11', null],
  ['China', FM, 'Wang Yi', '2013-03-16', '2022-12-30'],
  ['China', FM, 'Qin Gang', '2022-12-30', '2023-07-25'],
  ['China', FM, 'Wang Yi', '2023-07-25', null],

  ['Japan', PM, 'Shinzo Abe', '2012-12-26', '2020-09-16'],
  ['Japan', PM, 'Yoshihide Suga', '2020-09-16', '2021-10-04'],
  ['Japan', PM, 'Fumio Kishida', '2021-10-04', '2024-10-01'],
  ['Japan', PM, 'Shigeru Ishiba', '2024-10-01', null],

  ['India', P, 'Pranab Mukherjee', '2012-07-25', '2017-07-25'],
  ['India', P, 'Ram Nath Kovind', '2017-07-25', '2022-07-25'],
  ['India', P, 'Droupadi Murmu', '2022-07-25', null],
  ['India', PM, 'Manmohan Singh', '2004-05-22', '2014-05-26'],
  ['India', PM, 'Narendra Modi', '2014-05-26', null],

  ['Indonesia', P, 'Susilo Bambang Yudhoyono', '2004-10-20', '2014-10-20'],
  ['Indonesia', P, 'Joko Widodo', '2014-10-20', '2024-10-20'],
  ['Indonesia', P, 'Prabowo Subianto', '2024-10-20', null],

  ['Canada', PM, 'Stephen Harper', '2006-02-06', '2015-11-04'],
  ['Canada', PM, 'Justin Trudeau', '2015-11-04', '2025-03-14'],
  ['Canada', PM, 'Mark Carney', '2025-03-14', null],

  ['Australia', PM, 'Tony Abbott', '2013-09-18', '2015-09-15'],
  ['Australia', PM, 'Malcolm Turnbull', '2015-09-15', '2018-08-24'],
  ['Australia', PM, 'Scott Morrison', '2018-08-24', '2022-05-23'],
  ['Australia', PM, 'Anthony Albanese', '2022-05-23', null],

  ['Mexico', P, 'Enrique Peña Nieto', '2012-12-01', '2018-12-01'],
  ['Mexico', P, 'Andrés Manuel López Obrador', '2018-12-01', '2024-10-01'],
  ['Mexico', P, 'Claudia Sheinbaum', '2024-10-01', null],

  ['Brazil', P, 'Dilma Rousseff', '2011-01-01', '2016-05-12'],
  ['Brazil', P, 'Michel Temer', '2016-08-31', '2019-01-01'],
  ['Brazil', P, 'Jair Bolsonaro', '2019-01-01', '2023-01-01'],
  ['Brazil', P, 'Luiz Inácio Lula da Silva', '2023-01-01', null],

  ['Argentina', P, 'Cristina Fernández de Kirchner', '2007-12-10', '2015-12-10'],
  ['Argentina', P, 'Mauricio Macri', '2015-12-10', '2019-12-10'],
  ['Argentina', P, 'Alberto Fernández', '2019-12-10', '2023-12-10'],
  ['Argentina', P, 'Javier Milei', '2023-12-10', null],

  ['South Africa', P, 'Jacob Zuma', '2009-05-09', '2018-02-14'],
  ['South Africa', P, 'Cyril Ramaphosa', '2018-02-15', null],

  ['Saudi Arabia', KING, 'Abdullah bin Abdulaziz', '2005-08-01', '2015-01-23'],
  ['Saudi Arabia', KING, 'Salman bin Abdulaziz', '2015-01-23', null],
  ['Saudi Arabia', PM, 'Abdullah bin Abdulaziz', '2005-08-01', '2015-01-23'],
  ['Saudi Arabia', PM, 'Salman bin Abdulaziz', '2015-01-23', '2022-09-27'],
  ['Saudi Arabia', PM, 'Mohammed bin Salman', '2022-09-27', null],

  ['Turkey', P, 'Abdullah Gul', '2007-08-28', '2014-08-28'],
  ['Turkey', P, 'Recep Tayyip Erdogan', '2014-08-28', null],
  ['Turkey', PM, 'Recep Tayyip Erdogan', '2003-03-14', '2014-08-28'],
  ['Turkey', PM, 'Ahmet Davutoglu', '2014-08-28', '2016-05-24'],
  ['Turkey', PM, 'Binali Yildirim', '2016-05-24', '2018-07-09'],
  ['Turkey', FM, 'Ahmet Davutoglu', '2009-05-01', '2014-08-29'],
  ['Turkey', FM, 'Mevlut Cavusoglu', '2014-08-29', '2015-08-28'],
  ['Turkey', FM, 'Feridun Sinirlioglu', '2015-08-28', '2015-11-24'],
  ['Turkey', FM, 'Mevlut Cavusoglu', '2015-11-24', '2023-06-03'],
  ['Turkey', FM, 'Hakan Fidan', '2023-06-04', null],

  ['South Korea', P, 'Park Geun-hye', '2013-02-25', '2016-12-09'],
  ['South Korea', P, 'Moon Jae-in', '2017-05-10', '2022-05-10'],
  ['South Korea', P, 'Yoon Suk Yeol', '2022-05-10', '2024-12-14'],
  ['South Korea', P, 'Lee Jae-myung', '2025-06-04', null],
  ['South Korea', PM, 'Chung Hong-won', '2013-02-26', '2015-02-17'],
  ['South Korea', PM, 'Lee Wan-koo', '2015-02-17', '2015-04-27'],
  ['South Korea', PM, 'Choi Kyoung-hwan', '2015-04-28', '2015-06-18'],
  ['South Korea', PM, 'Hwang Kyo-ahn', '2015-06-18', '2017-05-11'],
  ['South Korea', PM, 'Lee Nak-yon', '2017-05-31', '2020-01-14'],
  ['South Korea', PM, 'Chung Sye-kyun', '2020-01-14', '2021-04-16'],
  ['South Korea', PM, 'Kim Boo-kyum', '2021-05-14', '2022-05-12'],
  ['South Korea', PM, 'Han Duck-soo', '2022-05-21', '2024-12-27'],
  ['South Korea', PM, 'Han Duck-soo', '2025-03-24', '2025-05-01'],
  ['South Korea', PM, 'Kim Min-seok', '2025-07-03', null],

  // ——— European Union (Luxembourg has no DEMONYMS value) ———
  ['Austria', P, 'Heinz Fischer', '2004-07-08', '2016-07-08'],
  ['Austria', P, 'Alexander Van der Bellen', '2017-01-26', null],
  ['Austria', CH, 'Werner Faymann', '2008-12-02', '2016-05-09'],
  ['Austria', CH, 'Christian Kern', '2016-05-17', '2017-12-18'],
  ['Austria', CH, 'Sebastian Kurz', '2017-12-18', '2019-05-28'],
  ['Austria', CH, 'Brigitte Bierlein', '2019-06-03', '2020-01-07'],
  ['Austria', CH, 'Sebastian Kurz', '2020-01-07', '2021-10-11'],
  ['Austria', CH, 'Alexander Schallenberg', '2021-10-11', '2021-12-06'],
  ['Austria', CH, 'Karl Nehammer', '2021-12-06', '2025-01-10'],
  ['Austria', CH, 'Alexander Schallenberg', '2025-01-10', '2025-03-03'],
  ['Austria', CH, 'Christian Stocker', '2025-03-03', null],

  ['Belgium', KING, 'Philippe', '2013-07-21', null],
  ['Belgium', PM, 'Elio Di Rupo', '2011-12-06', '2014-10-11'],
  ['Belgium', PM, 'Charles Michel', '2014-10-11', '2019-10-27'],
  ['Belgium', PM, 'Sophie Wilmès', '2019-10-27', '2020-10-01'],
  ['Belgium', PM, 'Alexander De Croo', '2020-10-01', '2025-02-03'],
  ['Belgium', PM, 'Bart De Wever', '2025-02-03', null],

  ['Bulgaria', P, 'Rosen Plevneliev', '2012-01-22', '2017-01-22'],
  ['Bulgaria', P, 'Rumen Radev', '2017-01-22', null],
  ['Bulgaria', PM, 'Plamen Oresharski', '2013-05-29', '2014-08-06'],
  ['Bulgaria', PM, 'Georgi Bliznashki', '2014-08-06', '2014-11-07'],
  ['Bulgaria', PM, 'Boyko Borisov', '2014-11-07', '2017-01-27'],
  ['Bulgaria', PM, 'Ognyan Gerdzhikov', '2017-01-27', '2017-05-04'],
  ['Bulgaria', PM, 'Boyko Borisov', '2017-05-04', '2021-05-12'],
  ['Bulgaria', PM, 'Stefan Yanev', '2021-05-12', '2021-12-13'],
  ['Bulgaria', PM, 'Kiril Petkov', '2021-12-13', '2022-08-02'],
  ['Bulgaria', PM, 'Galab Donev', '2022-08-02', '2023-06-06'],
  ['Bulgaria', PM, 'Nikolai Denkov', '2023-06-06', '2024-04-09'],
  ['Bulgaria', PM, 'Dimitar Glavchev', '2024-04-09', '2025-01-16'],
  ['Bulgaria', PM, 'Rosen Zhelyazkov', '2025-01-16', null],

  ['Croatia', P, 'Ivo Josipović', '2010-02-18', '2015-02-19'],
  ['Croatia', P, 'Kolinda Grabar-Kitarović', '2015-02-19', '2020-02-19'],
  ['Croatia', P, 'Zoran Milanović', '2020-02-19', null],
  ['Croatia', PM, 'Zoran Milanović', '2011-12-23', '2016-01-22'],
  ['Croatia', PM, 'Tihomir Orešković', '2016-01-22', '2016-10-19'],
  ['Croatia', PM, 'Andrej Plenković', '2016-10-19', null],

  ['Cyprus', P, 'Nicos Anastasiades', '2013-02-28', '2023-02-28'],
  ['Cyprus', P, 'Nikos Christodoulides', '2023-02-28', null],

  ['Czech Republic', P, 'Miloš Zeman', '2013-03-08', '2023-03-09'],
  ['Czech Republic', P, 'Petr Pavel', '2023-03-09', null],
  ['Czech Republic', PM, 'Jiří Rusnok', '2013-07-10', '2014-01-29'],
  ['Czech Republic', PM, 'Bohuslav Sobotka', '2014-01-29', '2017-12-06'],
  ['Czech Republic', PM, 'Andrej Babiš', '2017-12-06', '2021-11-28'],
  ['Czech Republic', PM, 'Petr Fiala', '2021-11-28', null],

  ['Denmark', QUEEN, 'Margrethe II', '1972-01-14', '2024-01-14'],
  ['Denmark', KING, 'Frederik X', '2024-01-14', null],
  ['Denmark', PM, 'Helle Thorning-Schmidt', '2011-10-03', '2015-06-28'],
  ['Denmark', PM, 'Lars Løkke Rasmussen', '2015-06-28', '2019-06-27'],
  ['Denmark', PM, 'Mette Frederiksen', '2019-06-27', null],

  ['Estonia', P, 'Toomas Hendrik Ilves', '2006-10-09', '2016-10-10'],
  ['Estonia', P, 'Kersti Kaljulaid', '2016-10-10', '2021-10-11'],
  ['Estonia', P, 'Alar Karis', '2021-10-11', null],
  ['Estonia', PM, 'Andrus Ansip', '2005-04-13', '2014-03-26'],
  ['Estonia', PM, 'Taavi Rõivas', '2014-03-26', '2016-11-23'],
  ['Estonia', PM, 'Jüri Ratas', '2016-11-23', '2021-01-26'],
  ['Estonia', PM, 'Kaja Kallas', '2021-01-26', '2024-07-23'],
  ['Estonia', PM, 'Kristen Michal', '2024-07-23', null],

  ['Finland', P, 'Sauli Niinistö', '2012-03-01', '2024-03-01'],
  ['Finland', P, 'Alexander Stubb', '2024-03-01', null],
  ['Finland', PM, 'Jyrki Katainen', '2011-06-22', '2014-06-24'],
  ['Finland', PM, 'Alexander Stubb', '2014-06-24', '2015-05-29'],
  ['Finland', PM, 'Juha Sipilä', '2015-05-29', '2019-06-06'],
  ['Finland', PM, 'Antti Rinne', '2019-06-06', '2019-12-10'],
  ['Finland', PM, 'Sanna Marin', '2019-12-10', '2023-06-20'],
  ['Finland', PM, 'Petteri Orpo', '2023-06-20', null],

  ['Greece', P, 'Karolos Papoulias', '2005-03-12', '2015-03-13'],
  ['Greece', P, 'Prokopis Pavlopoulos', '2015-03-13', '2020-03-13'],
  ['Greece', P, 'Katerina Sakellaropoulou', '2020-03-13', '2025-03-13'],
  ['Greece', P, 'Konstantinos Tasoulas', '2025-03-13', null],
  ['Greece', PM, 'Antonis Samaras', '2012-06-20', '2015-01-26'],
  ['Greece', PM, 'Alexis Tsipras', '2015-01-26', '2015-08-27'],
  ['Greece', PM, 'Alexis Tsipras', '2015-09-21', '2019-07-08'],
  ['Greece', PM, 'Kyriakos Mitsotakis', '2019-07-08', '2023-05-25'],
  ['Greece', PM, 'Ioannis Sarmas', '2023-05-25', '2023-06-26'],
  ['Greece', PM, 'Kyriakos Mitsotakis', '2023-06-26', null],

  ['Hungary', P, 'János Áder', '2012-05-10', '2022-05-10'],
  ['Hungary', P, 'Katalin Novák', '2022-05-10', '2024-02-26'],
  ['Hungary', P, 'Tamás Sulyok', '2024-03-05', null],
  ['Hungary', PM, 'Viktor Orbán', '2010-05-29', null],
  ['Hungary', FM, 'János Martonyi', '2010-05-29', '2014-06-06'],
  ['Hungary', FM, 'Tibor Navracsics', '2014-06-06', '2014-09-23'],
  ['Hungary', FM, 'Péter Szijjártó', '2014-09-23', null],

  ['Ireland', P, 'Michael D. Higgins', '2011-11-11', null],
  ['Ireland', PM, 'Enda Kenny', '2011-03-09', '2017-06-14'],
  ['Ireland', PM, 'Leo Varadkar', '2017-06-14', '2020-06-27'],
  ['Ireland', PM, 'Micheál Martin', '2020-06-27', '2022-12-17'],
  ['Ireland', PM, 'Leo Varadkar', '2022-12-17', '2024-04-09'],
  ['Ireland', PM, 'Simon Harris', '2024-04-09', '2025-01-23'],
  ['Ireland', PM, 'Micheál Martin', '2025-01-23', null],

  ['Latvia', P, 'Andris Bērziņš', '2011-07-08', '2015-07-08'],
  ['Latvia', P, 'Raimonds Vējonis', '2015-07-08', '2019-07-08'],
  ['Latvia', P, 'Egils Levits', '2019-07-08', '2023-07-08'],
  ['Latvia', P, 'Edgars Rinkēvičs', '2023-07-08', null],
  ['Latvia', PM, 'Valdis Dombrovskis', '2009-03-12', '2014-01-22'],
  ['Latvia', PM, 'Laimdota Straujuma', '2014-01-22', '2016-02-11'],
  ['Latvia', PM, 'Māris Kučinskis', '2016-02-11', '2019-01-23'],
  ['Latvia', PM, 'Krišjānis Kariņš', '2019-01-23', '2023-09-15'],
  ['Latvia', PM, 'Evika Siliņa', '2023-09-15', null],

  ['Lithuania', P, 'Dalia Grybauskaitė', '2009-07-12', '2019-07-12'],
  ['Lithuania', P, 'Gitanas Nausėda', '2019-07-12', null],
  ['Lithuania', PM, 'Algirdas Butkevičius', '2012-12-13', '2016-12-13'],
  ['Lithuania', PM, 'Saulius Skvernelis', '2016-12-13', '2020-12-11'],
  ['Lithuania', PM, 'Ingrida Šimonytė', '2020-12-11', '2024-12-12'],
  ['Lithuania', PM, 'Gintautas Paluckas', '2024-12-12', null],

  ['Malta', P, 'George Abela', '2009-04-04', '2014-04-04'],
  ['Malta', P, 'Marie-Louise Coleiro Preca', '2014-04-04', '2019-04-04'],
  ['Malta', P, 'George Vella', '2019-04-04', '2024-04-04'],
  ['Malta', P, 'Myriam Spiteri Debono', '2024-04-04', null],
  ['Malta', PM, 'Joseph Muscat', '2013-03-11', '2020-01-13'],
  ['Malta', PM, 'Robert Abela', '2020-01-13', null],

  ['Netherlands', KING, 'Willem-Alexander', '2013-04-30', null],
  ['Netherlands', PM, 'Mark Rutte', '2010-10-14', '2024-07-02'],
  ['Netherlands', PM, 'Dick Schoof', '2024-07-02', null],

  ['Poland', P, 'Bronisław Komorowski', '2010-08-06', '2015-08-06'],
  ['Poland', P, 'Andrzej Duda', '2015-08-06', null],
  ['Poland', PM, 'Donald Tusk', '2007-11-16', '2014-09-22'],
  ['Poland', PM, 'Ewa Kopacz', '2014-09-22', '2015-11-16'],
  ['Poland', PM, 'Beata Szydło', '2015-11-16', '2017-12-11'],
  ['Poland', PM, 'Mateusz Morawiecki', '2017-12-11', '2023-12-13'],
  ['Poland', PM, 'Donald Tusk', '2023-12-13', null],
  ['Poland', FM, 'Radosław Sikorski', '2007-11-16', '2014-09-22'],
  ['Poland', FM, 'Grzegorz Schetyna', '2014-09-22', '2015-11-16'],
  ['Poland', FM, 'Witold Waszczykowski', '2015-11-16', '2018-01-09'],
  ['Poland', FM, 'Jacek Czaputowicz', '2018-01-09', '2020-08-26'],
  ['Poland', FM, 'Zbigniew Rau', '2020-08-26', '2023-11-27'],
  ['Poland', FM, 'Radosław Sikorski', '2023-12-13', null],

  ['Portugal', P, 'Aníbal Cavaco Silva', '2006-03-09', '2016-03-09'],
  ['Portugal', P, 'Marcelo Rebelo de Sousa', '2016-03-09', null],
  ['Portugal', PM, 'Pedro Passos Coelho', '2011-06-21', '2015-11-26'],
  ['Portugal', PM, 'António Costa', '2015-11-26', '2024-04-02'],
  ['Portugal', PM, 'Luís Montenegro', '2024-04-02', null],

  ['Romania', P, 'Traian Băsescu', '2004-12-20', '2014-12-21'],
  ['Romania', P, 'Klaus Iohannis', '2014-12-21', '2025-02-12'],
  ['Romania', P, 'Ilie Bolojan', '2025-02-12', '2025-05-26'],
  ['Romania', P, 'Nicușor Dan', '2025-05-26', null],
  ['Romania', PM, 'Victor Ponta', '2012-05-07', '2015-11-04'],
  ['Romania', PM, 'Dacian Cioloș', '2015-11-17', '2017-01-04'],
  ['Romania', PM, 'Sorin Grindeanu', '2017-01-04', '2017-06-29'],
  ['Romania', PM, 'Mihai Tudose', '2017-06-29', '2018-01-16'],
  ['Romania', PM, 'Viorica Dăncilă', '2018-01-29', '2019-11-04'],
  ['Romania', PM, 'Ludovic Orban', '2019-11-04', '2020-12-07'],
  ['Romania', PM, 'Florin Cîțu', '2020-12-23', '2021-11-25'],
  ['Romania', PM, 'Nicolae Ciucă', '2021-11-25', '2023-06-15'],
  ['Romania', PM, 'Marcel Ciolacu', '2023-06-15', '2025-05-06'],
  ['Romania', PM, 'Cătălin Predoiu', '2025-05-06', '2025-06-23'],
  ['Romania', PM, 'Ilie Bolojan', '2025-06-23', null],

  ['Slovakia', P, 'Ivan Gašparovič', '2004-06-15', '2014-06-15'],
  ['Slovakia', P, 'Andrej Kiska', '2014-06-15', '2019-06-15'],
  ['Slovakia', P, 'Zuzana Čaputová', '2019-06-15', '2024-06-15'],
  ['Slovakia', P, 'Peter Pellegrini', '2024-06-15', null],
  ['Slovakia', PM, 'Robert Fico', '2012-04-04', '2018-03-22'],
  ['Slovakia', PM, 'Peter Pellegrini', '2018-03-22', '2020-03-21'],
  ['Slovakia', PM, 'Igor Matovič', '2020-03-21', '2021-04-01'],
  ['Slovakia', PM, 'Eduard Heger', '2021-04-01', '2023-05-15'],
  ['Slovakia', PM, 'Ľudovít Ódor', '2023-05-15', '2023-10-25'],
  ['Slovakia', PM, 'Robert Fico', '2023-10-25', null],

  ['Slovenia', P, 'Borut Pahor', '2012-12-22', '2022-12-23'],
  ['Slovenia', P, 'Nataša Pirc Musar', '2022-12-23', null],
  ['Slovenia', PM, 'Alenka Bratušek', '2013-03-20', '2014-09-18'],
  ['Slovenia', PM, 'Miro Cerar', '2014-09-18', '2018-09-13'],
  ['Slovenia', PM, 'Marjan Šarec', '2018-09-13', '2020-03-13'],
  ['Slovenia', PM, 'Janez Janša', '2020-03-13', '2022-06-01'],
  ['Slovenia', PM, 'Robert Golob', '2022-06-01', null],

  ['Spain', KING, 'Juan Carlos I', '1975-11-22', '2014-06-19'],
  ['Spain', KING, 'Felipe VI', '2014-06-19', null],
  ['Spain', PM, 'Mariano Rajoy', '2011-12-21', '2018-06-02'],
  ['Spain', PM, 'Pedro Sánchez', '2018-06-02', null],

  ['Sweden', KING, 'Carl XVI Gustaf', '1973-09-15', null],
  ['Sweden', PM, 'Fredrik Reinfeldt', '2006-10-06', '2014-10-03'],
  ['Sweden', PM, 'Stefan Löfven', '2014-10-03', '2021-11-30'],
  ['Sweden', PM, 'Magdalena Andersson', '2021-11-30', '2022-10-18'],
  ['Sweden', PM, 'Ulf Kristersson', '2022-10-18', null],

  // ——— Europe outside the EU ———
  ['Norway', KING, 'Harald V', '1991-01-17', null],
  ['Norway', PM, 'Erna Solberg', '2013-10-16', '2021-10-14'],
  ['Norway', PM, 'Jonas Gahr Støre', '2021-10-14', null],

  // The President of the Swiss Confederation serves one calendar year.
  ['Switzerland', P, 'Didier Burkhalter', '2014-01-01', '2015-01-01'],
  ['Switzerland', P, 'Simonetta Sommaruga', '2015-01-01', '2016-01-01'],
  ['Switzerland', P, 'Johann Schneider-Ammann', '2016-01-01', '2017-01-01'],
  ['Switzerland', P, 'Doris Leuthard', '2017-01-01', '2018-01-01'],
  ['Switzerland', P, 'Alain Berset', '2018-01-01', '2019-01-01'],
  ['Switzerland', P, 'Ueli Maurer', '2019-01-01', '2020-01-01'],
  ['Switzerland', P, 'Simonetta Sommaruga', '2020-01-01', '2021-01-01'],
  ['Switzerland', P, 'Guy Parmelin', '2021-01-01', '2022-01-01'],
  ['Switzerland', P, 'Ignazio Cassis', '2022-01-01', '2023-01-01'],
  ['Switzerland', P, 'Alain Berset', '2023-01-01', '2024-01-01'],
  ['Switzerland', P, 'Viola Amherd', '2024-01-01', '2025-01-01'],
  ['Switzerland', P, 'Karin Keller-Sutter', '2025-01-01', null],

  ['Ukraine', P, 'Viktor Yanukovych', '2010-02-25', '2014-02-22'],
  ['Ukraine', P, 'Oleksandr Turchynov', '2014-02-23', '2014-06-07'],
  ['Ukraine', P, 'Petro Poroshenko', '2014-06-07', '2019-05-20'],
  ['Ukraine', P, 'Volodymyr Zelensky', '2019-05-20', null],
  ['Ukraine', PM, 'Mykola Azarov', '2010-03-11', '2014-01-28'],
  ['Ukraine', PM, 'Arseniy Yatsenyuk', '2014-02-27', '2016-04-14'],
  ['Ukraine', PM, 'Volodymyr Groysman', '2016-04-14', '2019-08-29'],
  ['Ukraine', PM, 'Oleksiy Honcharuk', '2019-08-29', '2020-03-04'],
  ['Ukraine', PM, 'Denys Shmyhal', '2020-03-04', '2025-07-17'],
  ['Ukraine', PM, 'Yulia Svyrydenko', '2025-07-17', null],
  ['Ukraine', FM, 'Leonid Kozhara', '2012-12-24', '2014-02-23'],
  ['Ukraine', FM, 'Andrii Deshchytsia', '2014-02-27', '2014-06-19'],
  ['Ukraine', FM, 'Pavlo Klimkin', '2014-06-19', '2019-08-29'],
  ['Ukraine', FM, 'Vadym Prystaiko', '2019-08-29', '2020-03-04'],
  ['Ukraine', FM, 'Dmytro Kuleba', '2020-03-04', '2024-09-04'],
  ['Ukraine', FM, 'Andrii Sybiha', '2024-09-05', null],
  ['Ukraine', DM, 'Mykhailo Koval', '2014-03-25', '2014-07-03'],
  ['Ukraine', DM, 'Valeriy Heletey', '2014-07-03', '2014-10-14'],
  ['Ukraine', DM, 'Stepan Poltorak', '2014-10-14', '2019-08-29'],
  ['Ukraine', DM, 'Andriy Zagorodnyuk', '2019-08-29', '2020-03-04'],
  ['Ukraine', DM, 'Andriy Taran', '2020-03-04', '2021-11-03'],
  ['Ukraine', DM, 'Oleksii Reznikov', '2021-11-04', '2023-09-05'],
  ['Ukraine', DM, 'Rustem Umerov', '2023-09-06', '2025-07-17'],
  ['Ukraine', DM, 'Denys Shmyhal', '2025-07-17', null],

  ['Belarus', P, 'Alexander Lukashenko', '1994-07-20', null],
  ['Belarus', PM, 'Mikhail Myasnikovich', '2010-12-28', '2014-12-27'],
  ['Belarus', PM, 'Andrei Kobyakov', '2014-12-27', '2018-08-18'],
  ['Belarus', PM, 'Sergei Rumas', '2018-08-18', '2020-06-03'],
  ['Belarus', PM, 'Roman Golovchenko', '2020-06-04', '2025-03-10'],
  ['Belarus', PM, 'Alexander Turchin', '2025-03-10', null],

  ['Moldova', P, 'Nicolae Timofti', '2012-03-23', '2016-12-23'],
  ['Moldova', P, 'Igor Dodon', '2016-12-23', '2020-12-24'],
  ['Moldova', P, 'Maia Sandu', '2020-12-24', null],
  ['Moldova', PM, 'Iurie Leancă', '2013-05-31', '2015-02-18'],
  ['Moldova', PM, 'Chiril Gaburici', '2015-02-18', '2015-06-12'],
  ['Moldova', PM, 'Natalia Gherman', '2015-06-22', '2015-07-30'],
  ['Moldova', PM, 'Valeriu Streleț', '2015-07-30', '2015-10-29'],
  ['Moldova', PM, 'Gheorghe Brega', '2015-10-30', '2016-01-20'],
  ['Moldova', PM, 'Pavel Filip', '2016-01-20', '2019-06-08'],
  ['Moldova', PM, 'Maia Sandu', '2019-06-08', '2019-11-14'],
  ['Moldova', PM, 'Ion Chicu', '2019-11-14', '2021-01-01'],
  ['Moldova', PM, 'Aureliu Ciocoi', '2021-01-01', '2021-08-06'],
  ['Moldova', PM, 'Natalia Gavrilița', '2021-08-06', '2023-02-16'],
  ['Moldova', PM, 'Dorin Recean', '2023-02-16', null],

  ['Georgia', P, 'Giorgi Margvelashvili', '2013-11-17', '2018-12-16'],
  ['Georgia', P, 'Salome Zourabichvili', '2018-12-16', '2024-12-29'],
  ['Georgia', P, 'Mikheil Kavelashvili', '2024-12-29', null],
  ['Georgia', PM, 'Irakli Garibashvili', '2013-11-20', '2015-12-30'],
  ['Georgia', PM, 'Giorgi Kvirikashvili', '2015-12-30', '2018-06-13'],
  ['Georgia', PM, 'Mamuka Bakhtadze', '2018-06-20', '2019-09-02'],
  ['Georgia', PM, 'Giorgi Gakharia', '2019-09-08', '2021-02-18'],
  ['Georgia', PM, 'Irakli Garibashvili', '2021-02-22', '2024-01-29'],
  ['Georgia', PM, 'Irakli Kobakhidze', '2024-02-08', null],

  ['Armenia', P, 'Serzh Sargsyan', '2008-04-09', '2018-04-09'],
  ['Armenia', P, 'Armen Sarkissian', '2018-04-09', '2022-02-01'],
  ['Armenia', P, 'Alen Simonyan', '2022-02-01', '2022-03-13'],
  ['Armenia', P, 'Vahagn Khachaturyan', '2022-03-13', null],
  ['Armenia', PM, 'Tigran Sargsyan', '2008-04-09', '2014-04-03'],
  ['Armenia', PM, 'Hovik Abrahamyan', '2014-04-13', '2016-09-13'],
  ['Armenia', PM, 'Karen Karapetyan', '2016-09-13', '2018-04-17'],
  ['Armenia', PM, 'Serzh Sargsyan', '2018-04-17', '2018-04-23'],
  ['Armenia', PM, 'Nikol Pashinyan', '2018-05-08', null],

  ['Azerbaijan', P, 'Ilham Aliyev', '2003-10-31', null],
  ['Azerbaijan', PM, 'Artur Rasizade', '2003-11-04', '2018-04-21'],
  ['Azerbaijan', PM, 'Novruz Mammadov', '2018-04-21', '2019-10-08'],
  ['Azerbaijan', PM, 'Ali Asadov', '2019-10-08', null],

  ['Serbia', P, 'Tomislav Nikolić', '2012-05-31', '2017-05-31'],
  ['Serbia', P, 'Aleksandar Vučić', '2017-05-31', null],
  ['Serbia', PM, 'Ivica Dačić', '2012-07-27', '2014-04-27'],
  ['Serbia', PM, 'Aleksandar Vučić', '2014-04-27', '2017-05-31'],
  ['Serbia', PM, 'Ana Brnabić', '2017-06-29', '2024-05-02'],
  ['Serbia', PM, 'Miloš Vučević', '2024-05-02', '2025-03-19'],
  ['Serbia', PM, 'Đuro Macut', '2025-04-16', null],

  ['Kazakhstan', P, 'Nursultan Nazarbayev', '1990-04-24', '2019-03-20'],
  ['Kazakhstan', P, 'Kassym-Jomart Tokayev', '2019-03-20', null],
  ['Kazakhstan', PM, 'Serik Akhmetov', '2012-09-24', '2014-04-02'],
  ['Kazakhstan', PM, 'Karim Massimov', '2014-04-02', '2016-09-08'],
  ['Kazakhstan', PM, 'Bakytzhan Sagintayev', '2016-09-09', '2019-02-21'],
  ['Kazakhstan', PM, 'Askar Mamin', '2019-02-21', '2022-01-05'],
  ['Kazakhstan', PM, 'Alikhan Smailov', '2022-01-05', '2024-02-05'],
  ['Kazakhstan', PM, 'Oljas Bektenov', '2024-02-06', null],

  // ——— Middle East ———
  ['Israel', P, 'Shimon Peres', '2007-07-15', '2014-07-24'],
  ['Israel', P, 'Reuven Rivlin', '2014-07-24', '2021-07-07'],
  ['Israel', P, 'Isaac Herzog', '2021-07-07', null],
  ['Israel', PM, 'Benjamin Netanyahu', '2009-03-31', '2021-06-13'],
  ['Israel', PM, 'Naftali Bennett', '2021-06-13', '2022-07-01'],
  ['Israel', PM, 'Yair Lapid', '2022-07-01', '2022-12-29'],
  ['Israel', PM, 'Benjamin Netanyahu', '2022-12-29', null],
  ['Israel', FM, 'Avigdor Lieberman', '2013-11-11', '2015-05-14'],
  ['Israel', FM, 'Benjamin Netanyahu', '2015-05-14', '2019-02-17'],
  ['Israel', FM, 'Israel Katz', '2019-02-17', '2020-05-17'],
  ['Israel', FM, 'Gabi Ashkenazi', '2020-05-17', '2021-06-13'],
  ['Israel', FM, 'Yair Lapid', '2021-06-13', '2022-12-29'],
  ['Israel', FM, 'Eli Cohen', '2022-12-29', '2024-01-01'],
  ['Israel', FM, 'Israel Katz', '2024-01-01', '2024-11-07'],
  ['Israel', FM, "Gideon Sa'ar", '2024-11-07', null],
  ['Israel', DM, "Moshe Ya'alon", '2013-03-18', '2016-05-20'],
  ['Israel', DM, 'Avigdor Lieberman', '2016-05-30', '2018-11-16'],
  ['Israel', DM, 'Benjamin Netanyahu', '2018-11-18', '2019-11-12'],
  ['Israel', DM, 'Naftali Bennett', '2019-11-12', '2020-05-17'],
  ['Israel', DM, 'Benny Gantz', '2020-05-17', '2022-12-29'],
  ['Israel', DM, 'Yoav Gallant', '2022-12-29', '2024-11-07'],
  ['Israel', DM, 'Israel Katz', '2024-11-07', null],

  ['Iran', P, 'Hassan Rouhani', '2013-08-03', '2021-08-03'],
  ['Iran', P, 'Ebrahim Raisi', '2021-08-03', '2024-05-19'],
  ['Iran', P, 'Mohammad Mokhber', '2024-05-20', '2024-07-28'],
  ['Iran', P, 'Masoud Pezeshkian', '2024-07-28', null],
  ['Iran', FM, 'Mohammad Javad Zarif', '2013-08-15', '2021-08-25'],
  ['Iran', FM, 'Hossein Amir-Abdollahian', '2021-08-25', '2024-05-19'],
  ['Iran', FM, 'Ali Bagheri Kani', '2024-05-20', '2024-08-21'],
  ['Iran', FM, 'Abbas Araghchi', '2024-08-21', null],

  ['Qatar', PM, 'Abdullah bin Nasser bin Khalifa Al Thani', '2013-06-26', '2020-01-28'],
  ['Qatar', PM, 'Khalid bin Khalifa bin Abdulaziz Al Thani', '2020-01-28', '2023-03-07'],
  ['Qatar', PM, 'Mohammed bin Abdulrahman Al Thani', '2023-03-07', null],

  ['United Arab Emirates', P, 'Khalifa bin Zayed Al Nahyan', '2004-11-03', '2022-05-13'],
  ['United Arab Emirates', P, 'Mohamed bin Zayed Al Nahyan', '2022-05-14', null],
  ['United Arab Emirates', PM, 'Mohammed bin Rashid Al Maktoum', '2006-02-11', null],

  ['Egypt', P, 'Adly Mansour', '2013-07-04', '2014-06-08'],
  ['Egypt', P, 'Abdel Fattah el-Sisi', '2014-06-08', null],
  ['Egypt', PM, 'Hazem el-Beblawi', '2013-07-16', '2014-02-24'],
  ['Egypt', PM, 'Ibrahim Mahlab', '2014-03-01', '2015-09-12'],
  ['Egypt', PM, 'Sherif Ismail', '2015-09-19', '2018-06-05'],
  ['Egypt', PM, 'Mostafa Madbouly', '2018-06-07', null],

  ['Syria', P, 'Bashar al-Assad', '2000-07-17', '2024-12-08'],
  ['Syria', P, 'Ahmed al-Sharaa', '2025-01-29', null],
  ['Syria', PM, 'Wael al-Halqi', '2012-08-09', '2016-06-22'],
  ['Syria', PM, 'Imad Khamis', '2016-06-22', '2020-06-11'],
  ['Syria', PM, 'Hussein Arnous', '2020-06-11', '2024-09-14'],
  ['Syria', PM, 'Mohammad Ghazi al-Jalali', '2024-09-14', '2024-12-10'],
  ['Syria', PM, 'Mohammed al-Bashir', '2024-12-10', '2025-03-29'],

  ['Lebanon', P, 'Michel Sleiman', '2008-05-25', '2014-05-25'],
  ['Lebanon', P, 'Michel Aoun', '2016-10-31', '2022-10-31'],
  ['Lebanon', P, 'Joseph Aoun', '2025-01-09', null],
  ['Lebanon', PM, 'Najib Mikati', '2011-06-13', '2014-02-15'],
  ['Lebanon', PM, 'Tammam Salam', '2014-02-15', '2016-12-18'],
  ['Lebanon', PM, 'Saad Hariri', '2016-12-18', '2020-01-21'],
  ['Lebanon', PM, 'Hassan Diab', '2020-01-21', '2021-09-10'],
  ['Lebanon', PM, 'Najib Mikati', '2021-09-10', '2025-02-08'],
  ['Lebanon', PM, 'Nawaf Salam', '2025-02-08', null],

  ['Iraq', P, 'Jalal Talabani', '2005-04-07', '2014-07-24'],
  ['Iraq', P, 'Fuad Masum', '2014-07-24', '2018-10-02'],
  ['Iraq', P, 'Barham Salih', '2018-10-02', '2022-10-13'],
  ['Iraq', P, 'Abdul Latif Rashid', '2022-10-17', null],
  ['Iraq', PM, 'Nouri al-Maliki', '2006-05-20', '2014-09-08'],
  ['Iraq', PM, 'Haider al-Abadi', '2014-09-08', '2018-10-25'],
  ['Iraq', PM, 'Adil Abdul-Mahdi', '2018-10-25', '2020-05-07'],
  ['Iraq', PM, 'Mustafa al-Kadhimi', '2020-05-07', '2022-10-27'],
  ['Iraq', PM, 'Mohammed Shia al-Sudani', '2022-10-27', null],

  ['Jordan', KING, 'Abdullah II', '1999-02-07', null],
  ['Jordan', PM, 'Abdullah Ensour', '2012-10-11', '2016-05-29'],
  ['Jordan', PM, 'Hani Mulki', '2016-06-01', '2018-06-04'],
  ['Jordan', PM, 'Omar Razzaz', '2018-06-14', '2020-10-03'],
  ['Jordan', PM, 'Bisher Khasawneh', '2020-10-12', '2024-09-15'],
  ['Jordan', PM, 'Jafar Hassan', '2024-09-18', null],

  // ——— Asia ———
  ['Pakistan', P, 'Mamnoon Hussain', '2013-09-09', '2018-09-09'],
  ['Pakistan', P, 'Arif Alvi', '2018-09-09', '2024-03-10'],
  ['Pakistan', P, 'Asif Ali Zardari', '2024-03-10', null],
  ['Pakistan', PM, 'Nawaz Sharif', '2013-06-05', '2017-07-28'],
  ['Pakistan', PM, 'Shahid Khaqan Abbasi', '2017-08-01', '2018-05-31'],
  ['Pakistan', PM, 'Nasirul Mulk', '2018-06-01', '2018-08-18'],
  ['Pakistan', PM, 'Imran Khan', '2018-08-18', '2022-04-10'],
  ['Pakistan', PM, 'Shehbaz Sharif', '2022-04-11', '2023-08-14'],
  ['Pakistan', PM, 'Anwaar-ul-Haq Kakar', '2023-08-14', '2024-03-04'],
  ['Pakistan', PM, 'Shehbaz Sharif', '2024-03-04', null],

  ['Afghanistan', P, 'Hamid Karzai', '2004-12-07', '2014-09-29'],
  ['Afghanistan', P, 'Ashraf Ghani', '2014-09-29', '2021-08-15'],
  ['Afghanistan', PM, 'Mohammad Hasan Akhund', '2021-09-07', null],

  ['North Korea', PM, 'Pak Pong-ju', '2013-04-01', '2019-04-11'],
  ['North Korea', PM, 'Kim Jae-ryong', '2019-04-11', '2020-08-13'],
  ['North Korea', PM, 'Kim Tok-hun', '2020-08-13', '2024-12-23'],
  ['North Korea', PM, 'Pak Thae-song', '2024-12-27', null],

  ['Taiwan', P, 'Ma Ying-jeou', '2008-05-20', '2016-05-20'],
  ['Taiwan', P, 'Tsai Ing-wen', '2016-05-20', '2024-05-20'],
  ['Taiwan', P, 'Lai Ching-te', '2024-05-20', null],
  ['Taiwan', PM, 'Jiang Yi-huah', '2013-02-18', '2014-12-08'],
  ['Taiwan', PM, 'Mao Chi-kuo', '2014-12-08', '2016-02-01'],
  ['Taiwan', PM, 'Chang San-cheng', '2016-02-01', '2016-05-20'],
  ['Taiwan', PM, 'Lin Chuan', '2016-05-20', '2017-09-08'],
  ['Taiwan', PM, 'Lai Ching-te', '2017-09-08', '2019-01-14'],
  ['Taiwan', PM, 'Su Tseng-chang', '2019-01-14', '2023-01-31'],
  ['Taiwan', PM, 'Chen Chien-jen', '2023-01-31', '2024-05-20'],
  ['Taiwan', PM, 'Cho Jung-tai', '2024-05-20', null],

  // ——— Americas ———
  ['Venezuela', P, 'Nicolás Maduro', '2013-04-19', null],

  ['Colombia', P, 'Juan Manuel Santos', '2010-08-07', '2018-08-07'],
  ['Colombia', P, 'Iván Duque', '2018-08-07', '2022-08-07'],
  ['Colombia', P, 'Gustavo Petro', '2022-08-07', null],

  // ——— Africa ———
  ['Nigeria', P, 'Goodluck Jonathan', '2010-05-06', '2015-05-29'],
  ['Nigeria', P, 'Muhammadu Buhari', '2015-05-29', '2023-05-29'],
  ['Nigeria', P, 'Bola Tinubu', '2023-05-29', null],

  ['Kenya', P, 'Uhuru Kenyatta', '2013-04-09', '2022-09-13'],
  ['Kenya', P, 'William Ruto', '2022-09-13', null],

  ['Ethiopia', P, 'Mulatu Teshome', '2013-10-07', '2018-10-25'],
  ['Ethiopia', P, 'Sahle-Work Zewde', '2018-10-25', '2024-10-07'],
  ['Ethiopia', P, 'Taye Atske Selassie', '2024-10-07', null],
  ['Ethiopia', PM, 'Hailemariam Desalegn', '2012-09-21', '2018-04-02'],
  ['Ethiopia', PM, 'Abiy Ahmed', '2018-04-02', null],
];

/** Office names as news writes them → the table's office. */
const OFFICE_SYNONYMS: ReadonlyMap<string, Office> = new Map<string, Office>([
  ...OFFICES.map((o): [string, Office] => [o, o]),
  ['premier', 'prime minister'], ['taoiseach', 'prime minister'],
  ['federal chancellor', 'chancellor'],
  ['foreign secretary', 'foreign minister'], ['foreign affairs minister', 'foreign minister'],
  ['minister of foreign affairs', 'foreign minister'], ['minister for foreign affairs', 'foreign minister'],
  ['defense minister', 'defence minister'], ['defence secretary', 'defence minister'],
  ['defense secretary', 'defence minister'], ['secretary of defense', 'defence minister'],
  ['secretary of defence', 'defence minister'], ['minister of defence', 'defence minister'],
  ['minister of defense', 'defence minister'], ['minister for defence', 'defence minister'],
]);

/**
 * Where a country has no rows for the office asked, the office that does the job there: the US
 * foreign minister is the secretary of state; the head of government of Germany and Austria is the
 * chancellor ("Britain's chancellor" stays the finance minister: the UK has prime minister rows).
 */
const OFFICE_FALLBACK: ReadonlyMap<Office, Office> = new Map<Office, Office>([
  ['foreign minister', 'secretary of state'],
  ['prime minister', 'chancellor'],
]);

/**
 * Other names of a country of the table (normalised as `normaliseKey` does). "Korea"/"Korean"
 * alone (DEMONYMS: korean → Korea) is South Korea in news about governments.
 */
const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['korea', 'South Korea'], ['republic of korea', 'South Korea'],
  ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'],
  ['us', 'United States'], ['u.s.', 'United States'], ['usa', 'United States'], ['u.s.a.', 'United States'],
  ['america', 'United States'], ['united states of america', 'United States'],
  ['uae', 'United Arab Emirates'], ['u.a.e.', 'United Arab Emirates'],
  ['czechia', 'Czech Republic'], ['türkiye', 'Turkey'], ['turkiye', 'Turkey'],
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Lowercase, hyphens and runs of spaces as one space, a leading "the" dropped. */
function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[-‐‑–\s]+/gu, ' ').trim().replace(/^the /, '');
}

/** A person's name for comparison: without accents, lowercase, single spaces. */
function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The YYYY-MM-DD part of an ISO date or timestamp, or null when it is not a valid date. */
function isoDay(text: string): string | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/** country|office → its rows in order of `from`. Built once. */
const BY_COUNTRY_OFFICE: ReadonlyMap<string, readonly OfficeRow[]> = (() => {
  const index = new Map<string, OfficeRow[]>();
  for (const row of OFFICE_HOLDERS) {
    const key = `${normaliseKey(row[0])}|${row[1]}`;
    const rows = index.get(key);
    if (rows) rows.push(row);
    else index.set(key, [row]);
  }
  for (const rows of index.values()) rows.sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
  return index;
})();

/** normalised name → the rows of that person. Built once. */
const BY_NAME: ReadonlyMap<string, readonly OfficeRow[]> = (() => {
  const index = new Map<string, OfficeRow[]>();
  for (const row of OFFICE_HOLDERS) {
    const key = normaliseName(row[2]);
    const rows = index.get(key);
    if (rows) rows.push(row);
    else index.set(key, [row]);
  }
  return index;
})();

/** The table's office for an office as written ("Premier", "defense secretary"), or null. */
export function canonicalOffice(office: string): Office | null {
  return OFFICE_SYNONYMS.get(normaliseKey(office)) ?? null;
}

/**
 * The person who held `office` in `country` on `isoDate` (YYYY-MM-DD, or an ISO timestamp whose day
 * is taken). Null when the country or office is not in the table, the date is invalid, after
 * `OFFICE_HOLDERS_CHECKED_THROUGH` (the table may be stale) unless a fixed term runs on
 * (`SCHEDULED_TERM_ENDS`), before the office's first row, or in a
 * gap (a vacancy, a short acting term, a suspended holder). Case-insensitive; office synonyms accepted.
 */
export function officeHolder(country: string, office: string, isoDate: string): string | null {
  const day = isoDay(isoDate);
  if (day === null) return null;
  const canonical = canonicalOffice(office);
  if (canonical === null) return null;
  let countryKey = normaliseKey(country);
  const alias = COUNTRY_ALIASES.get(countryKey);
  if (alias) countryKey = normaliseKey(alias);
  let rows = BY_COUNTRY_OFFICE.get(`${countryKey}|${canonical}`);
  if (!rows) {
    const fallback = OFFICE_FALLBACK.get(canonical);
    if (fallback) rows = BY_COUNTRY_OFFICE.get(`${countryKey}|${fallback}`);
  }
  if (!rows) return null;
  if (day > OFFICE_HOLDERS_CHECKED_THROUGH) {
    // After the checked date, only a holder elected for a fixed term, until its scheduled end.
    const incumbent = rows.find((r) => r[4] === null);
    const ends = incumbent === undefined ? undefined : SCHEDULED_TERM_ENDS.get(`${incumbent[0]}|${incumbent[1]}|${incumbent[2]}`);
    return incumbent !== undefined && ends !== undefined && day < ends ? incumbent[2] : null;
  }
  for (const [, , name, from, to] of rows) {
    if (from <= day && (to === null || day < to)) return name;
  }
  return null;
}

/**
 * The scheduled end of the fixed term of some incumbents (directly or indirectly elected presidents
 * whose term runs past the checked date), `country|office|name` → the day the term ends. Past
 * `OFFICE_HOLDERS_CHECKED_THROUGH` the table names these holders until that day and no one else:
 * a fixed term is known ahead, a government's life is not. An early end (death, resignation,
 * impeachment) is not foreseen; the next update of the table closes such a term.
 */
export const SCHEDULED_TERM_ENDS: ReadonlyMap<string, string> = new Map([
  ['United States|president|Donald Trump', '2029-01-20'],
  ['France|president|Emmanuel Macron', '2027-05-14'],
  ['Germany|president|Frank-Walter Steinmeier', '2027-03-19'],
  ['Italy|president|Sergio Mattarella', '2029-02-03'],
  ['Russia|president|Vladimir Putin', '2030-05-07'],
  ['Finland|president|Alexander Stubb', '2030-03-01'],
  ['Poland|president|Andrzej Duda', '2025-08-06'],
  ['Turkey|president|Recep Tayyip Erdogan', '2028-06-03'],
  ['Mexico|president|Claudia Sheinbaum', '2030-10-01'],
  ['Argentina|president|Javier Milei', '2027-12-10'],
  ['Indonesia|president|Prabowo Subianto', '2029-10-20'],
  ['South Korea|president|Lee Jae-myung', '2030-06-04'],
  ['Israel|president|Isaac Herzog', '2028-07-07'],
  ['Austria|president|Alexander Van der Bellen', '2029-01-26'],
  ['Czech Republic|president|Petr Pavel', '2028-03-09'],
  ['Hungary|president|Tamás Sulyok', '2029-03-05'],
  ['India|president|Droupadi Murmu', '2027-07-25'],
  ['Romania|president|Nicușor Dan', '2030-05-26'],
  ['Ireland|president|Michael D. Higgins', '2025-11-11'],
]);

/** One office a person held: [country, office, from, to] (`to` null: held as of the checked date). */
export type HeldOffice = readonly [country: string, office: Office, from: string, to: string | null];

/** The offices a person held, in order of `from` (roles over time). Accents and case are ignored. */
export function holdersOf(name: string): HeldOffice[] {
  const rows = BY_NAME.get(normaliseName(name)) ?? [];
  return rows
    .map(([country, office, , from, to]): HeldOffice => [country, office, from, to])
    .sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
}
