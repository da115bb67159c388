import type { OffsetMap } from '../article.js';

/**
 * Builds an OffsetMap while text is copied from an input to an output: call `copy` for runs copied
 * one to one and `replace` for runs whose length changes; anchors are only written where the
 * difference between output and input positions changes, so a clean copy has a single anchor.
 */
export class OffsetMapBuilder {
  private readonly clean: number[] = [0];
  private readonly input: number[] = [0];
  private outPos = 0;
  private inPos = 0;

  /** `length` characters copied unchanged. */
  copy(length: number): void {
    this.outPos += length;
    this.inPos += length;
  }

  /** `inputLength` input characters became `outputLength` output characters. */
  replace(inputLength: number, outputLength: number): void {
    this.outPos += outputLength;
    this.inPos += inputLength;
    if (inputLength !== outputLength) this.anchor();
  }

  /** Jump in the input without output (a removal). */
  skip(inputLength: number): void {
    this.replace(inputLength, 0);
  }

  private anchor(): void {
    const last = this.clean.length - 1;
    if (this.clean[last] === this.outPos) {
      this.input[last] = this.inPos;
    } else {
      this.clean.push(this.outPos);
      this.input.push(this.inPos);
    }
  }

  /** The finished map. */
  build(): OffsetMap {
    return { clean: this.clean.slice(), input: this.input.slice() };
  }
}

/** The identity map (clean text equals the input). */
export function identityMap(): OffsetMap {
  return { clean: [0], input: [0] };
}

/** Maps an offset in the clean text to the matching offset in the input. */
export function toInputOffset(map: OffsetMap, cleanOffset: number): number {
  let lo = 0;
  let hi = map.clean.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.clean[mid] <= cleanOffset) lo = mid;
    else hi = mid - 1;
  }
  return map.input[lo] + (cleanOffset - map.clean[lo]);
}

/**
 * Composes two maps in linear time: `outer` maps text C to text B, `inner` maps B to A; the result
 * maps C to A. Used when one cleaning pass runs over the output of another; the anchors of both are
 * merged in one pass.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const clean: number[] = [];
  const input: number[] = [];
  const push = (c: number, i: number): void => {
    if (clean.length && clean[clean.length - 1] === c) input[input.length - 1] = i;
    else if (!clean.length || c > clean[clean.length - 1]) {
      clean.push(c);
      input.push(i);
    }
  };
  let j = 0;
  for (let k = 0; k < outer.clean.length; k++) {
    const c0 = outer.clean[k];
    const b0 = outer.input[k];
    const cEnd = k + 1 < outer.clean.length ? outer.clean[k + 1] : Infinity;
    const bEnd = b0 + (cEnd - c0);
    push(c0, toInputOffset(inner, b0));
    while (j < inner.clean.length && inner.clean[j] <= b0) j++;
    for (let jj = j; jj < inner.clean.length && inner.clean[jj] < bEnd; jj++) push(c0 + (inner.clean[jj] - b0), inner.input[jj]);
  }
  return { clean, input };
}
