import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyEntities, type Article, type ArticleEntity, type CleanText } from '../../article.js';
import type { StageContext } from '../../pipeline/stage.js';
import { entitiesStage } from './entities-stage.js';

// Every name, place and organisation below is fictional, written for these tests.
function run(text: string, referenceDate: Date | null = null): ArticleEntity[] {
  const clean: CleanText = { text, title: null, byline: null, published: null, outlet: null, tags: [], removed: [], map: { clean: [0], input: [0] }, paragraphs: [{ start: 0, end: text.length }] };
  const article = { id: 'test', source: { format: 'text', raw: text, metadata: {}, origin: {} }, trace: [], versions: {}, clean } as Article;
  const warnings: string[] = [];
  const ctx: StageContext = { referenceDate, warn: (m) => warnings.push(m), options: {} };
  return entitiesStage.run(article, ctx) ?? [];
}

function entity(entities: ArticleEntity[], name: string): ArticleEntity {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name} in ${JSON.stringify(entities.map((x) => [x.name, x.type]))}`);
  return e;
}

test('entities: name parts resolve to the full name', () => {
  const text = 'Veronian Foreign Minister Alma Kestrel arrived in Lisbon on Monday. Kestrel said the talks would continue. Later, Kestrel met Tomas Brede.';
  const es = run(text);
  const kestrel = entity(es, 'Alma Kestrel');
  assert.equal(kestrel.type, 'PERSON');
  assert.deepEqual(kestrel.mentions.map((m) => m.text), ['Alma Kestrel', 'Kestrel', 'Kestrel']);
  for (const m of kestrel.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(es.filter((e) => e.name === 'Kestrel').length, 0);
});

test('entities: two people sharing a surname are not merged; a bare surname goes to the nearest before it', () => {
  const es = run('Anna Brede and Tomas Brede founded the company in Oslo. Tomas Brede left in 2019. Brede now lives in Bergen.');
  const anna = entity(es, 'Anna Brede');
  const tomas = entity(es, 'Tomas Brede');
  assert.notEqual(anna.id, tomas.id);
  assert.deepEqual(anna.mentions.map((m) => m.text), ['Anna Brede']);
  assert.ok(tomas.mentions.some((m) => m.text === 'Brede'));
});

test('entities: acronyms resolve to their expansion when the article gives both', () => {
  const es = run('The Northern Trade Council (NTC) met in Lisbon on Monday. The NTC said exports fell.');
  const ntc = entity(es, 'Northern Trade Council');
  assert.equal(ntc.type, 'ORG');
  assert.deepEqual(ntc.mentions.map((m) => m.text), ['Northern Trade Council', 'NTC', 'NTC']);
});

test('entities: a well-known short form alone carries the full name; an expansion the article gives wins', () => {
  const es = run('Officials in the US and the EU said on Monday that the talks in Lisbon would resume.');
  assert.deepEqual(entity(es, 'United States').mentions.map((m) => m.text), ['US']);
  assert.deepEqual(entity(es, 'European Union').mentions.map((m) => m.text), ['EU']);
  const navy = run('The Ukrainian Navy (UN) said its ships left port. The UN added that the harbour was closed.');
  assert.ok(navy.some((e) => e.name === 'Ukrainian Navy'));
  assert.ok(!navy.some((e) => e.name === 'United Nations'));
});

test('entities: roles before and after a name, possessive and comma forms', () => {
  const es = run(
    'Kremlin spokesman Boris Vantor said on Tuesday that talks were over. Veronia’s Foreign Minister Alma Kestrel disagreed. ' +
      'Kestrel’s chief of staff, Ilya Mostov, flew to Lisbon. Tomas Brede, the Veronian ambassador, stayed home.',
  );
  assert.deepEqual(entity(es, 'Boris Vantor').roles, ['Kremlin spokesman']);
  assert.deepEqual(entity(es, 'Alma Kestrel').roles, ['Veronia’s Foreign Minister']);
  assert.deepEqual(entity(es, 'Ilya Mostov').roles, ['Kestrel’s chief of staff']);
  assert.deepEqual(entity(es, 'Tomas Brede').roles, ['Veronian ambassador']);
});

test('entities: a definite description is a mention of the one person who holds the role', () => {
  const text = 'Boris Vantor, the Kremlin spokesman, said on Tuesday that talks were over. The spokesman added that no date was set.';
  const vantor = entity(run(text), 'Boris Vantor');
  assert.ok(vantor.mentions.some((m) => m.text === 'The spokesman'), JSON.stringify(vantor.mentions));
});

test('entities: a definite description is left alone when two people hold the role', () => {
  const text = 'Boris Vantor, the Kremlin spokesman, spoke first. Ilya Mostov, the ministry spokesman, spoke next. The spokesman added nothing.';
  const es = run(text);
  for (const e of es) assert.ok(!e.mentions.some((m) => m.text === 'The spokesman'), e.name);
});

test('entities: nationalities are NORP, apart from the country', () => {
  const es = run('Russian officials met Ukrainian negotiators in Istanbul. Russia and Ukraine gave no details.');
  assert.equal(entity(es, 'Russian').type, 'NORP');
  assert.equal(entity(es, 'Russia').type, 'PLACE');
  assert.notEqual(entity(es, 'Russian').id, entity(es, 'Russia').id);
});

test('entities: seats of power are organisations, ids follow first mention', () => {
  const es = run('The Kremlin said on Monday that Alma Kestrel would visit Moscow. The Kremlin gave no date.');
  assert.equal(entity(es, 'Kremlin').type, 'ORG');
  assert.deepEqual(es.map((e) => e.id), es.map((_, i) => `e${i + 1}`));
  for (let i = 1; i < es.length; i++) assert.ok(es[i - 1].mentions[0].start < es[i].mentions[0].start);
});

test('entities: a missed repeat of a known name is added', () => {
  const text = 'Halvard Krenning won the vote. Supporters cheered Krenning outside.';
  assert.equal(entity(run(text), 'Halvard Krenning').mentions.length, 2);
});

test('entities: negative cases produce nothing', () => {
  for (const text of ['', '   ', 'The meeting was held on Monday.', 'The spokesman said nothing on Tuesday.', 'THE MARKET ROSE ON MONDAY.', 'Prices rose. The president was not available.', '\u0000\u0001\ufffd']) {
    assert.deepEqual(run(text), [], JSON.stringify(text));
  }
});

test('entities: a description naming another country is not given to a holder with a different one', () => {
  const text = 'Veronian leader Ilya Mostov met Tomas Brede in Lisbon. According to the Ruritanian leader, the talks went well.';
  const es = run(text);
  for (const e of es) assert.ok(!e.mentions.some((m) => m.text.startsWith('the Ruritanian')), e.name);
});

test('entities: title-case headlines take their names from the body', () => {
  const text = 'Council Weighs Sweeping Changes as Kestrel Signals Delay\n\nVeronian minister Alma Kestrel said on Monday that sweeping changes to the council would wait. Kestrel gave no date.';
  const es = run(text);
  const kestrel = entity(es, 'Alma Kestrel');
  assert.equal(kestrel.mentions[0].text, 'Kestrel');
  assert.equal(kestrel.mentions[0].start, text.indexOf('Kestrel'));
  assert.ok(!es.some((e) => /Weighs|Sweeping|Signals/.test(e.name)), JSON.stringify(es.map((e) => e.name)));
});

test('entities: Cyrillic names are people, places and organisations', () => {
  const es = run('Вчора Олег Тарасенко прибув до Полтави. Тарасенко зустрівся з представниками НАТО.');
  const person = entity(es, 'Олег Тарасенко');
  assert.equal(person.type, 'PERSON');
  assert.equal(person.mentions.length, 2);
  // The gazetteer knows the city: its entity is named in the nominative.
  const poltava = entity(es, 'Полтава');
  assert.equal(poltava.type, 'PLACE');
  assert.deepEqual(poltava.mentions.map((m) => m.text), ['Полтави']);
  assert.equal(entity(es, 'НАТО').type, 'ORG');
});

test('entities: singular and plural nationality words are one NORP entity', () => {
  const es = run('Veronian troops crossed the river. Local Veronians welcomed them in Lisbon.');
  const norp = es.filter((e) => e.type === 'NORP');
  assert.equal(norp.length, 1, JSON.stringify(norp));
  assert.equal(norp[0].mentions.length, 2);
});

test('entities: multi-word role heads in descriptions, inner name parts', () => {
  const es = run(
    'Finnish Secretary of State Halvard Krenning arrived in Lisbon on Thursday. The secretary of state did not speak to reporters. ' +
      'He later met Paulo Henrique Vantor da Costa, his Ruritanian counterpart. Vantor said the talks were useful.',
  );
  const krenning = entity(es, 'Halvard Krenning');
  assert.deepEqual(krenning.roles, ['Finnish Secretary of State']);
  assert.ok(krenning.mentions.some((m) => m.text === 'The secretary of state'), JSON.stringify(krenning.mentions));
  const vantor = entity(es, 'Paulo Henrique Vantor da Costa');
  assert.ok(vantor.mentions.some((m) => m.text === 'Vantor'), JSON.stringify(vantor.mentions));
  assert.deepEqual(vantor.roles, ['Ruritanian counterpart']);
});

test('entities: a short line of names is not a headline; seats of power with role words survive', () => {
  const es = run('Author: Marta Velikova\n\nThe council met on Monday in Lisbon. A White House spokesman said the aide spoke at the White House on Tuesday.');
  assert.equal(entity(es, 'Marta Velikova').type, 'PERSON');
  const wh = entity(es, 'White House');
  assert.equal(wh.type, 'ORG');
  assert.equal(wh.mentions.length, 2);
});

test('entities: a surname that is also a month is not searched for again', () => {
  const es = run('Prime Minister Helen May arrived in Lisbon. The vote is due in May, May told reporters.');
  const may = entity(es, 'Helen May');
  assert.ok(!may.mentions.some((m) => m.start === 'Prime Minister Helen May arrived in Lisbon. The vote is due in '.length), JSON.stringify(may.mentions));
});

test('entities: listed groupings are named things, whatever their case; a group of countries is a place', () => {
  const text = 'Envoys of the coalition of the willing met in Lisbon. Later the Coalition of the Willing and the Baltic states issued a statement.';
  const es = run(text);
  const coalition = entity(es, 'coalition of the willing');
  assert.equal(coalition.type, 'ORG');
  assert.deepEqual(coalition.mentions.map((m) => m.text), ['coalition of the willing', 'Coalition of the Willing']);
  const baltic = entity(es, 'Baltic states');
  assert.equal(baltic.type, 'PLACE');
  assert.ok(!es.some((e) => e.name === 'Baltic'), 'the cut-short mention is replaced');
});

test('entities: an election named after a country gets the year and the country\'s full name; the country stays a mention', () => {
  const text = 'Tomas Brede said the US presidential election in November 2028 would decide the deal. Alma Kestrel spoke of the American presidential elections of 2028. The 2027 French parliamentary election came first. Brede expects the US presidential election to be close.';
  const es = run(text);
  const us = entity(es, '2028 United States presidential election');
  assert.equal(us.type, 'EVENT');
  assert.deepEqual(us.mentions.map((m) => m.text), ['US presidential election', 'American presidential elections', 'US presidential election']);
  entity(es, '2027 France parliamentary election');
  assert.ok(entity(es, 'United States').mentions.some((m) => m.text === 'US'));
});

test('entities: an event under an official euphemism or another common name is the event, named as encyclopaedias name it', () => {
  const es = run('Tomas Brede said the "special military operation" had gone on too long. Alma Kestrel recalled the Second World War and the coronavirus pandemic.');
  const invasion = entity(es, 'Russian invasion of Ukraine');
  assert.equal(invasion.type, 'EVENT');
  assert.deepEqual(invasion.mentions.map((m) => m.text), ['special military operation']);
  assert.equal(entity(es, 'World War II').mentions[0]!.text, 'Second World War');
  entity(es, 'COVID-19 pandemic');
  const ru = run('Томас Бреде заявил, что специальная военная операция продолжается.');
  entity(ru, 'Russian invasion of Ukraine');
});

test('entities: a country\'s far east or north is the region named with the country\'s adjective; the country stays a mention', () => {
  const es = run('The storm reached Canada\'s far north on Monday. Crews in Russia’s far east were ready. A far north wind blew.');
  assert.deepEqual(entity(es, 'Canadian Far North').mentions.map((m) => m.text), ['Canada\'s far north']);
  assert.equal(entity(es, 'Russian Far East').type, 'PLACE');
  entity(es, 'Canada');
  entity(es, 'Russia');
  assert.equal(es.filter((e) => / Far /.test(e.name)).length, 2, 'a compass phrase without a country names nothing');
});

test('entities: a leader named by office alone is the holder on the article\'s date; a title before a name, "former" or no date names no one', () => {
  const text = 'Talks on the grain corridor resumed in Lisbon. Germany\'s chancellor said the corridor must stay open, and the French president agreed. The President of Poland stayed away. A former British prime minister called for patience. Finnish President Alexander Stubb arrived late.';
  const es = run(text, new Date('2024-06-03T10:00:00Z'));
  assert.deepEqual(entity(es, 'Olaf Scholz').mentions.map((m) => m.text), ['Germany\'s chancellor']);
  assert.equal(entity(es, 'Olaf Scholz').type, 'PERSON');
  assert.deepEqual(entity(es, 'Emmanuel Macron').mentions.map((m) => m.text), ['French president']);
  assert.deepEqual(entity(es, 'Andrzej Duda').mentions.map((m) => m.text), ['President of Poland']);
  entity(es, 'Germany');
  assert.ok(!es.some((e) => e.name === 'Rishi Sunak'), 'a former holder is not the current one');
  assert.ok(!run('The Brazilian president of the rowing federation resigned.', new Date('2024-06-03T10:00:00Z')).some((e) => e.type === 'PERSON'));
  // A title before the name stays that person's role.
  assert.equal(entity(es, 'Alexander Stubb').mentions.length, 1);
  // A year later the office has another holder; without a date, no one.
  assert.ok(run(text, new Date('2025-06-03T10:00:00Z')).some((e) => e.name === 'Friedrich Merz'));
  assert.ok(!run(text).some((e) => e.name === 'Olaf Scholz' || e.name === 'Emmanuel Macron'));
  // An article that names the holder elsewhere gets the office as one more mention of them.
  const named = run('Emmanuel Macron flew to Lisbon on Monday. There the French president met the fishermen.', new Date('2024-06-03T10:00:00Z'));
  assert.deepEqual(entity(named, 'Emmanuel Macron').mentions.map((m) => m.text), ['Emmanuel Macron', 'French president']);
});

test('entities: a ministry named with its country is one organisation under its official form', () => {
  const text = 'The Polish Foreign Ministry summoned the envoy on Monday. The Foreign Ministry gave no reason. Later, Norway\'s Defence Ministry and the Norwegian Defense Ministry both declined to comment.';
  const es = run(text);
  const pl = entity(es, 'Ministry of Foreign Affairs of Poland');
  assert.equal(pl.type, 'ORG');
  assert.deepEqual(pl.mentions.map((m) => m.text), ['Polish Foreign Ministry', 'Foreign Ministry']);
  const no = entity(es, 'Ministry of Defence of Norway');
  assert.equal(no.mentions.length, 2);
  assert.ok(!es.some((e) => e.type === 'NORP' && e.name === 'Polish'), 'the nationality word is part of the name');
  entity(es, 'Norway');
});

function runWithByline(text: string, byline: string | null, source: Partial<Article['source']> = {}): ArticleEntity[] {
  const clean: CleanText = { text, title: null, byline, published: null, outlet: null, tags: [], removed: [], map: { clean: [0], input: [0] }, paragraphs: [{ start: 0, end: text.length }] };
  const article = { id: 'test', source: { format: 'text', raw: text, metadata: {}, origin: {}, ...source }, trace: [], versions: {}, clean } as Article;
  const ctx: StageContext = { referenceDate: null, warn: () => undefined, options: {} };
  return entitiesStage.run(article, ctx) ?? [];
}

test('entities: the byline\'s people are reporters of the outlet, with mentions in the byline', () => {
  const byline = 'By Corin Vastel and Ilse Marrow in Lisbon';
  const es = runWithByline('The harbour council met on Monday in Lisbon.', byline, { outlet: 'Harbour Ledger' });
  for (const name of ['Corin Vastel', 'Ilse Marrow']) {
    const e = entity(es, name);
    assert.equal(e.type, 'PERSON');
    assert.deepEqual(e.roles, ['Harbour Ledger reporter']);
    assert.equal(e.mentions.length, 1);
    const [m] = e.mentions;
    assert.equal(m.field, 'byline');
    assert.equal(byline.slice(m.start, m.end), m.text);
  }
  assert.ok(!es.some((e) => e.name === 'Lisbon' && e.mentions.some((m) => m.field)), 'the place after "in" is not a name of the byline');
  assert.equal(new Set(es.map((e) => e.id)).size, es.length, 'ids stay unique');
});

test('entities: a byline title, an agency and the input\'s author', () => {
  const es = runWithByline('Talks resumed on Monday.', 'Ilse Marrow, Senior Correspondent | Reuters');
  assert.deepEqual(entity(es, 'Ilse Marrow').roles, ['Reuters senior correspondent']);
  assert.equal(entity(es, 'Reuters').type, 'ORG');
  // The input's author wins over the byline cleaning found, as in the article's listing.
  const fromSource = runWithByline('Talks resumed on Monday.', 'Someone Else', { author: 'TOMAS BREDE' });
  const brede = entity(fromSource, 'Tomas Brede');
  assert.equal(brede.mentions[0].field, 'author');
  assert.ok(!fromSource.some((e) => e.name === 'Someone Else'));
});

test('entities: a byline name the text also writes joins that entity; desks and outlets are no people', () => {
  const text = 'Corin Vastel reported from the port, where Alma Kestrel spoke.';
  const es = runWithByline(text, 'Corin Vastel', { outlet: 'Harbour Ledger' });
  const vastel = es.filter((e) => e.name === 'Corin Vastel');
  assert.equal(vastel.length, 1);
  assert.deepEqual(vastel[0].mentions.map((m) => m.field ?? 'text'), ['text', 'byline']);
  for (const byline of ['Staff Writer', 'Harbour Ledger', 'The Daily Beacon', 'Newsroom', 'editor@beacon.example']) {
    const none = runWithByline('Talks resumed on Monday.', byline, { outlet: 'Harbour Ledger' });
    assert.ok(!none.some((e) => e.type === 'PERSON'), `${byline}: ${JSON.stringify(none)}`);
  }
});

test('entities: agencies of removed photo credits are organisations; other removals and lower-case words are not', () => {
  const text = 'Reuters reported the harbour vote on Monday.';
  const clean: CleanText = {
    text, title: null, byline: null, published: null, outlet: null, tags: [], map: { clean: [0], input: [0] }, paragraphs: [{ start: 0, end: text.length }],
    removed: [
      { start: 0, end: 10, reason: 'caption', text: 'Dock workers at the pier. Photo: Tomas Brede/Getty Images' },
      { start: 20, end: 30, reason: 'credit', text: '(Reuters)' },
      { start: 40, end: 50, reason: 'related', text: 'Read more: AFP story on the strike' },
      { start: 60, end: 70, reason: 'caption', text: 'An ap of the gettysburg pier' },
    ],
  };
  const article = { id: 'test', source: { format: 'text', raw: text, metadata: {}, origin: {} }, trace: [], versions: {}, clean } as Article;
  const es = entitiesStage.run(article, { referenceDate: null, warn: () => undefined, options: {} }) ?? [];
  const getty = entity(es, 'Getty Images');
  assert.equal(getty.type, 'ORG');
  assert.deepEqual(getty.mentions.map((m) => [m.field, m.removal]), [['removed', 0]]);
  const m = getty.mentions[0];
  assert.equal(clean.removed[0].text.slice(m.start, m.end), m.text);
  const reuters = es.filter((e) => e.name === 'Reuters');
  assert.equal(reuters.length, 1, 'the credit joins the agency the text names');
  assert.deepEqual(reuters[0].mentions.map((x) => x.field ?? 'text'), ['text', 'removed']);
  assert.ok(!es.some((e) => e.name === 'AFP' || e.name === 'AP' || /getty$/i.test(e.name)), JSON.stringify(es.map((e) => e.name)));
});

test('entities: Cyrillic case forms join their nominative and are typed by it; the entity is named in the nominative', () => {
  const es = run('Міністр Сергій Доронов прибув до Харкова. Доронова зустріли в Харкові представники Укрзалізниці. Укрзалізниця виділила потяг.');
  const doronov = entity(es, 'Сергій Доронов');
  assert.equal(doronov.type, 'PERSON');
  assert.deepEqual(doronov.mentions.map((m) => m.text), ['Сергій Доронов', 'Доронова']);
  const kharkiv = entity(es, 'Харків');
  assert.equal(kharkiv.type, 'PLACE');
  assert.deepEqual(kharkiv.mentions.map((m) => m.text), ['Харкова', 'Харкові']);
  const rail = entity(es, 'Укрзалізниця');
  assert.equal(rail.type, 'ORG');
  assert.deepEqual(rail.mentions.map((m) => m.text), ['Укрзалізниці', 'Укрзалізниця']);
  // A name written only in an oblique case is named in the nominative when the ending is certain.
  const alone = run('Депутати підтримали Володимира Гнатенка на засіданні.');
  assert.equal(entity(alone, 'Володимир Гнатенко').type, 'PERSON');
});

test('entities: one person under two spellings of the given name is one entity; a relative sharing the surname is not', () => {
  const es = run('Mayor Oleksandr Dovhan opened the bridge. Critics of Aleksandr Dovhan say it cost too much. His wife Iryna Dovhan declined to comment.');
  const mayor = entity(es, 'Oleksandr Dovhan');
  assert.deepEqual(mayor.mentions.map((m) => m.text), ['Oleksandr Dovhan', 'Aleksandr Dovhan']);
  assert.deepEqual(entity(es, 'Iryna Dovhan').mentions.map((m) => m.text), ['Iryna Dovhan']);
});

test('entities: names inside hyphenated words are mentions of their own, with offsets into the text', () => {
  const text = 'A UK-led force will patrol after the Chile-Peru talks, and the Kremlin-backed party objected.';
  const es = run(text);
  for (const [name, type, written] of [['United Kingdom', 'PLACE', 'UK'], ['Chile', 'PLACE', 'Chile'], ['Peru', 'PLACE', 'Peru'], ['Kremlin', 'ORG', 'Kremlin']] as const) {
    const e = entity(es, name);
    assert.equal(e.type, type, name);
    assert.deepEqual(e.mentions.map((m) => text.slice(m.start, m.end)), [written]);
  }
  assert.ok(!es.some((e) => e.name.includes('-')), JSON.stringify(es.map((e) => e.name)));
  // Also where the tagger passed the word over.
  const passed = run('Iran-backed militias fired rockets overnight.');
  assert.deepEqual(passed.map((e) => [e.name, e.type]), [['Iran', 'PLACE']]);
});

test('entities: a wire dateline names the place the story was filed from and the agency in its brackets', () => {
  const es = run('HARWICK, May 6 (Lakewire) - A bridge over the Ost gave way in Harwick on Tuesday.');
  assert.equal(entity(es, 'Lakewire').type, 'ORG');
  assert.equal(entity(es, 'Harwick').type, 'PLACE');
  // Brackets later in the text are not a dateline's.
  const later = run('The report by Lakewire (Harwick) was read in the Ost valley.');
  assert.ok(!later.some((e) => e.name === 'Harwick' && e.type === 'ORG'));
});

test('entities: a Ukrainian or Russian institution written with one capital is one organisation', () => {
  const es = run('Як повідомила Обласна рада депутатів, засідання перенесли. Вчора Служба безпеки України перевірила склад, а Центр протидії дезінформації спростував чутки.');
  for (const name of ['Обласна рада депутатів', 'Служба безпеки України', 'Центр протидії дезінформації']) {
    assert.ok(es.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === name)), `${name}: ${JSON.stringify(es.map((e) => [e.name, e.type]))}`);
  }
  // A head noun alone, or opening a sentence, is an ordinary word.
  const plain = run('Центр міста закрили для машин. Мер сказав, що Центр відкриють завтра.');
  assert.ok(!plain.some((e) => e.type === 'ORG'), JSON.stringify(plain.map((e) => [e.name, e.type])));
});

test('entities: a Cyrillic word opening a quotation or a sentence is no name for its capital alone', () => {
  const es = run('Мер Оксана Левчук сказала: «Ми відкриємо міст до зими. Ми обіцяли це людям». Сьогодні роботи тривають у Полтаві. Вчора міст оглянула комісія.');
  const names = es.map((e) => e.name);
  assert.ok(!names.includes('Ми') && !names.includes('Сьогодні') && !names.includes('Вчора'), JSON.stringify(names));
  assert.equal(entity(es, 'Оксана Левчук').type, 'PERSON');
  assert.equal(entity(es, 'Полтава').type, 'PLACE');
  // A name opening a quotation stays a name.
  const quoted = run('Журналісти запитали про міст. «Левчук обіцяла відкрити його до зими», — сказав депутат.');
  assert.ok(quoted.some((e) => e.name === 'Левчук'), JSON.stringify(quoted.map((e) => e.name)));
});

test('entities: a surname in -ова joins a man only beside his masculine given name, a woman\'s name stays hers', () => {
  const es = run('Журналістка Ганна Доронова приїхала до Києва. Міністр Сергій Доронов відмовився від інтерв\u2019ю. Доронова написала про це.');
  assert.deepEqual(entity(es, 'Ганна Доронова').mentions.map((m) => m.text), ['Ганна Доронова', 'Доронова']);
  assert.deepEqual(entity(es, 'Сергій Доронов').mentions.map((m) => m.text), ['Сергій Доронов']);
  // Without a given name, "Доронова" cannot be told apart from a woman's name: it is left as written.
  const bare = run('Голова комісії похвалив Доронову за звіт.');
  assert.ok(!bare.some((e) => e.name === 'Доронов'), JSON.stringify(bare.map((e) => e.name)));
});

test('entities: Cyrillic names opening a sentence count when they name themselves, ordinary words do not', () => {
  const es = run('Петренка призначили послом. Москва відповіла не одразу. Слова міністра прозвучали різко. Однако переговоры продолжились.');
  assert.equal(entity(es, 'Петренко').type, 'PERSON');
  assert.equal(entity(es, 'Москва').type, 'PLACE');
  assert.ok(!es.some((e) => /^(Слова|Однако)$/u.test(e.name)), JSON.stringify(es.map((e) => e.name)));
  const words = run('Причини відставки невідомі. Мужчины вышли на улицы. Минулого тижня уряд звітував. Голосов не хватило, и голосов стало меньше. Газета вийшла вранці.');
  assert.deepEqual(words.map((e) => e.name), []);
  // A run of capitalised words breaks before a given name and after an acronym.
  const split = run('Речник МЗС Олег Гнатюк прокоментував заяву Кремля.');
  assert.equal(entity(split, 'МЗС').type, 'ORG');
  assert.equal(entity(split, 'Олег Гнатюк').type, 'PERSON');
});

test('entities: credit lines in the text give people with `field: credit`, never body mentions', () => {
  const text = 'The harbour council approved the budget on Monday.\n(Reporting by Corin Vastel and Ilse Marrow in Lisbon; Editing by Tomas Brede)';
  const es = runWithByline(text, null, { outlet: 'Harbour Ledger' });
  for (const [name, role] of [['Corin Vastel', 'Harbour Ledger reporter'], ['Ilse Marrow', 'Harbour Ledger reporter'], ['Tomas Brede', 'Harbour Ledger editor']]) {
    const e = entity(es, name);
    assert.equal(e.type, 'PERSON');
    assert.deepEqual(e.roles, [role]);
    assert.ok(e.mentions.length > 0 && e.mentions.every((m) => m.field === 'credit' && text.slice(m.start, m.end) === m.text), JSON.stringify(e.mentions));
  }
  // Nothing of the credit line is in the body: the city after "in" included.
  assert.ok(!bodyEntities(es).some((e) => e.mentions.some((m) => m.start > text.indexOf('('))));
  const line = runWithByline('Talks resumed.\nReporting by Alma Kestrel in Vardo', null, { outlet: 'Harbour Ledger' });
  assert.equal(entity(line, 'Alma Kestrel').mentions[0].field, 'credit');
});

test('entities: the photographer of a removed photo credit is a person; a caption naming who is pictured is not', () => {
  const text = 'The pier reopened on Monday.';
  const clean: CleanText = {
    text, title: null, byline: null, published: null, outlet: null, tags: [], map: { clean: [0], input: [0] }, paragraphs: [{ start: 0, end: text.length }],
    removed: [
      { start: 0, end: 10, reason: 'caption', text: 'Dock workers at the pier. Photo: Tomas Brede/Getty Images' },
      { start: 20, end: 30, reason: 'caption', text: 'Photo: Alma Kestrel, the harbour master, at the pier (Getty Images)' },
    ],
  };
  const article = { id: 'test', source: { format: 'text', raw: text, metadata: {}, origin: {} }, trace: [], versions: {}, clean } as Article;
  const es = entitiesStage.run(article, { referenceDate: null, warn: () => undefined, options: {} }) ?? [];
  const brede = entity(es, 'Tomas Brede');
  assert.equal(brede.type, 'PERSON');
  assert.deepEqual(brede.roles, ['Getty Images photographer']);
  assert.deepEqual(brede.mentions.map((m) => [m.field, m.removal, clean.removed[0].text.slice(m.start, m.end)]), [['removed', 0, 'Tomas Brede']]);
  assert.ok(!es.some((e) => e.name === 'Alma Kestrel'), JSON.stringify(es.map((e) => e.name)));
});
