/** A search snippet with its matches between `[` and `]`, as text with <mark> elements. */
export function Snippet({ text }: { text: string }) {
  const parts: preact.ComponentChildren[] = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<mark key={i++}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <p class="snippet">{parts}</p>;
}
