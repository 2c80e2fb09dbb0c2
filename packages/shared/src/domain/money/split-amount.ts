/**
 * Splits an amount of integer minor units (cents) by weights so that the shares are integers,
 * add up exactly to the total and are each within one unit of their exact proportional value:
 * the largest-remainder method, with ties in the remainder rotated by a seed (so the odd cent
 * does not always fall to the same person). A negative total (a refund) splits like its
 * positive counterpart, negated. Weights are compared exactly, not in floating point.
 */
export function splitAmount(
  total: number,
  weights: Record<string, number>,
  seed = '',
): Record<string, number> {
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`The total must be a whole number of minor units; got ${total}.`);
  }
  const entries = Object.entries(weights);
  for (const [id, weight] of entries) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Weights must be finite and not negative; ${id} has ${weight}.`);
    }
  }
  if (!entries.some(([, weight]) => weight > 0)) {
    throw new RangeError('At least one weight must be above zero.');
  }

  const scaled = exactIntegers(entries.map(([, weight]) => weight));
  const sum = scaled.reduce((s, w) => s + w, 0n);
  const amount = BigInt(Math.abs(total));
  const shares = entries.map(([id], i) => {
    const exact = amount * scaled[i]!;
    return {
      id,
      base: exact / sum,
      remainder: exact % sum,
      tie: rank(seed, id),
      positive: scaled[i]! > 0n,
    };
  });
  let leftover = amount - shares.reduce((s, share) => s + share.base, 0n);
  // Largest remainder first; among equal remainders, the seed decides.
  const order = shares
    .filter((share) => share.positive)
    .sort((x, y) =>
      x.remainder === y.remainder
        ? x.tie - y.tie || (x.id < y.id ? -1 : 1)
        : x.remainder > y.remainder
          ? -1
          : 1,
    );
  const result: Record<string, number> = {};
  for (const share of shares) result[share.id] = 0;
  for (const share of order) {
    const extra = leftover > 0n ? 1n : 0n;
    leftover -= extra;
    result[share.id] = Number(share.base + extra);
  }
  if (total < 0) for (const id of Object.keys(result)) result[id] = -result[id]! || 0;
  return result;
}

/**
 * The weights as integers in the same proportions, exactly: every finite double is an integer
 * over a power of two, so scaling all of them to the largest such power loses nothing.
 */
function exactIntegers(weights: number[]): bigint[] {
  const parts = weights.map((weight) => {
    let mantissa = weight;
    let exponent = 0;
    while (!Number.isInteger(mantissa)) {
      mantissa *= 2;
      exponent++;
    }
    return { mantissa: BigInt(mantissa), exponent };
  });
  const largest = Math.max(...parts.map((p) => p.exponent));
  return parts.map((p) => p.mantissa << BigInt(largest - p.exponent));
}

/** A stable pseudo-random rank of `id` under `seed` (FNV-1a): the seeded tie rotation. */
function rank(seed: string, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${id}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
