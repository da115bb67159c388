/**
 * Articles written to attack the page that shows them: script tags, event-handler attributes,
 * `javascript:` URLs and markup in every field a page displays (title, outlet, author, text, quotes,
 * URL). Each payload, if it ever ran, would set `window.__pwned`; the browser tests assert it never
 * does and that the payloads show as text.
 */

/** Markers the tests look for on the page, as text. */
export const HOSTILE_TEXT_MARKER = '<script>window.__pwned="text"</script>';
export const HOSTILE_QUOTE_MARKER = '<img src=x onerror="window.__pwned=\'quote\'">';

export const HOSTILE_RECORDS: Array<Record<string, unknown>> = [
  {
    id: 'hostile-text',
    outlet: 'Hostile <b onmouseover="window.__pwned=\'outlet\'">Herald</b>',
    title: 'Harbour <img src=x onerror="window.__pwned=\'title\'"> council meets on Varnel bridge',
    author: '<svg onload="window.__pwned=\'author\'">',
    url: 'javascript:window.__pwned="url"',
    published: '2025-07-02',
    language: 'en',
    text: [
      `VARNEL, July 2 (Hostile Herald) - The harbour council of Varnel met on Wednesday to discuss the bridge. ${HOSTILE_TEXT_MARKER} The council chair, Ilse Marrow, opened the session.`,
      `"The bridge will reopen next month, ${HOSTILE_QUOTE_MARKER} whatever the weather," Ilse Marrow said on Wednesday.`,
      'Engineers from the Varnel works department said repairs to the eastern span began in June. <a href="javascript:window.__pwned=\'link\'">details</a> were posted at the town hall.',
      '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe> The council will meet again on July 16 to approve the budget.',
    ].join('\n\n'),
  },
  {
    id: 'hostile-html',
    outlet: 'Hostile Herald',
    url: 'javascript:alert(document.domain)',
    published: '2025-07-03',
    html: [
      '<!doctype html><html lang="en"><head><title>Varnel bridge budget approved <script>window.__pwned="head"</script></title>',
      '<script>window.__pwned="html-script"</script></head>',
      '<body onload="window.__pwned=\'body\'"><article><h1 onclick="window.__pwned=\'h1\'">Varnel bridge budget approved</h1>',
      '<p>VARNEL, July 3 (Hostile Herald) - The harbour council of Varnel approved the bridge repair budget on Thursday, the council chair Ilse Marrow said.',
      ' <img src="x" onerror="window.__pwned=\'img\'"> Repairs to the eastern span will cost 4 million marks.</p>',
      '<p>"We have the money and the engineers," Ilse Marrow told reporters after the vote. <a href="javascript:window.__pwned=\'a\'">Read more</a></p>',
      '<p>The works department said the bridge would reopen in August, weeks later than first planned, after engineers found corrosion in two piers.</p>',
      '</article></body></html>',
    ].join(''),
  },
];
