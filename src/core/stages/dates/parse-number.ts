import type { DateLanguage } from './lang/language.js';

/**
 * The value of a number written in digits ("18", "2 1/2", "1,000", "2.5") or words ("three",
 * "twenty-four", "a couple of"); NaN when it names no definite amount ("several").
 */
export function parseNumber(raw: string, lang: DateLanguage): number {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const mixed = /^(\d+) (\d)\/(\d)$/.exec(s);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d)\/(\d)$/.exec(s);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  if (/^\d[\d,]*(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  const direct = lang.numbers[s];
  if (direct !== undefined) return direct;
  // "twenty-four", "twenty four"
  const parts = s.split(/[- ]/);
  if (parts.length === 2) {
    const tens = lang.numbers[parts[0]];
    const ones = lang.numbers[parts[1]];
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
    if (tens !== undefined && ones !== undefined && ones >= 100 && tens < 100) return tens * ones;
  }
  return Number.NaN;
}

/** TIMEX3 duration value for `n` units; an `X` amount when `n` is NaN. Units as in `DateLanguage.units`. */
export function formatDuration(n: number, unit: string): string {
  if (Number.isNaN(n)) {
    switch (unit) {
      case 'H': return 'PTXH';
      case 'MIN': return 'PTXM';
      case 'S': return 'PTXS';
      default: return `PX${unit}`;
    }
  }
  const whole = Math.floor(n);
  const frac = n - whole;
  const part = (value: number, code: string): string => (value > 0 ? `${value}${code}` : '');
  switch (unit) {
    case 'Y':
      return frac ? `P${part(whole, 'Y')}${Math.round(frac * 12)}M` : `P${whole}Y`;
    case 'M':
      return frac ? `P${part(whole, 'M')}${Math.round(frac * 30)}D` : `P${whole}M`;
    case 'W':
      return frac ? `P${Math.round(n * 7)}D` : `P${whole}W`;
    case 'D':
      return frac ? `P${part(whole, 'D')}T${Math.round(frac * 24)}H` : `P${whole}D`;
    case 'H':
      return frac ? `PT${part(whole, 'H')}${Math.round(frac * 60)}M` : `PT${whole}H`;
    case 'MIN':
      return frac ? `PT${part(whole, 'M')}${Math.round(frac * 60)}S` : `PT${whole}M`;
    case 'S':
      return `PT${Math.round(n)}S`;
    case 'DE':
      return `P${Math.round(n * 10)}Y`;
    case 'CE':
      return `P${Math.round(n * 100)}Y`;
    case 'Q':
      return frac ? `P${Math.round(n * 3)}M` : `P${whole}Q`;
    default:
      return `P${n}${unit}`;
  }
}
