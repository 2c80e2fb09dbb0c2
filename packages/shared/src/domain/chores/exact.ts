/** A positive rational as numerator/denominator BigInts: weights compared without rounding. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/** The exact value of a finite double (every double is a dyadic rational). */
export function exactFraction(value: number): Fraction {
  let num = value;
  let den = 1n;
  // Doubling a double is exact until it is a whole number (at most ~1074 times).
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  return { num: BigInt(num), den };
}

/** Sign of a/b − c/d for non-negative a, c and positive b, d. */
export function compareRatios(a: bigint, b: bigint, c: bigint, d: bigint): number {
  const left = a * d;
  const right = c * b;
  return left < right ? -1 : left > right ? 1 : 0;
}
