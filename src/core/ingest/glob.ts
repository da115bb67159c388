/**
 * Compiles a glob (`*` within a path segment, `**` across segments, `?` one character, `{a,b}`
 * alternatives) to a regular expression over `/`-separated relative paths. A pattern without `/`
 * matches the file name in any folder.
 */
export function globToRegExp(pattern: string): RegExp {
  const anyFolder = !pattern.includes('/');
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${pattern.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${anyFolder ? '(?:.*/)?' : ''}${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
