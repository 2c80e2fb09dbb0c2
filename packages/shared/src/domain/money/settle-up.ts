export interface Transfer {
  from: string;
  to: string;
  amount: number;
}

/** Up to this many members with a balance, the fewest transfers are found exactly. */
export const EXACT_SETTLE_UP_LIMIT = 12;

/**
 * Who pays whom to bring every balance (integer minor units; > 0 is owed, < 0 owes) to zero,
 * in the fewest transfers. n people need n − k transfers where k is the largest number of
 * groups their balances split into that each sum to zero; that k is found exactly over subsets
 * (dynamic programming, 2^n · n) for up to 12 people with a balance, and each group is then
 * settled largest-first in one transfer fewer than its size. Above 12 the groups are not
 * searched: largest-first over everyone, at most n − 1 transfers, after pairing off equal and
 * opposite balances. Ties are broken by member id, so the same balances always give the same
 * transfers.
 */
export function settleUp(balances: Record<string, number>): Transfer[] {
  let sum = 0;
  for (const [id, balance] of Object.entries(balances)) {
    if (!Number.isSafeInteger(balance)) {
      throw new RangeError(`Balances must be whole minor units; ${id} has ${balance}.`);
    }
    sum += balance;
  }
  if (sum !== 0) throw new RangeError(`Balances must add up to zero; they add up to ${sum}.`);

  const people = Object.entries(balances)
    .filter(([, balance]) => balance !== 0)
    .map(([id, balance]) => ({ id, balance }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const groups = people.length <= EXACT_SETTLE_UP_LIMIT ? zeroSumGroups(people) : pairedOff(people);
  return groups.flatMap(settleGroup);
}

type Person = { id: string; balance: number };

/** The most groups that each sum to zero (a partition of everyone with a balance). */
function zeroSumGroups(people: Person[]): Person[][] {
  const n = people.length;
  const full = (1 << n) - 1;
  const sums = new Array<number>(full + 1).fill(0);
  const best = new Array<number>(full + 1).fill(0);
  for (let mask = 1; mask <= full; mask++) {
    const low = mask & -mask;
    sums[mask] = sums[mask ^ low]! + people[31 - Math.clz32(low)]!.balance;
    let most = 0;
    for (let rest = mask; rest; rest &= rest - 1) {
      most = Math.max(most, best[mask ^ (rest & -rest)]!);
    }
    best[mask] = most + (sums[mask] === 0 ? 1 : 0);
  }
  // Walk back from everyone, dropping one person at a time; a zero sum closes a group.
  const groups: Person[][] = [];
  let mask = full;
  let closedAt = full;
  while (mask) {
    const gain = sums[mask] === 0 ? 1 : 0;
    let next = 0;
    for (let rest = mask; rest; rest &= rest - 1) {
      const candidate = mask ^ (rest & -rest);
      if (best[candidate]! + gain === best[mask]) {
        next = candidate;
        break;
      }
    }
    if (sums[next] === 0) {
      groups.push(members(people, closedAt ^ next));
      closedAt = next;
    }
    mask = next;
  }
  return groups;
}

const members = (people: Person[], mask: number) => people.filter((_, i) => mask & (1 << i));

/** Above the exact limit: equal and opposite balances settle each other, the rest together. */
function pairedOff(people: Person[]): Person[][] {
  const groups: Person[][] = [];
  const rest = [...people];
  for (let i = 0; i < rest.length; i++) {
    const match = rest.findIndex((p, j) => j > i && p.balance === -rest[i]!.balance);
    if (match > 0) {
      groups.push([rest[i]!, rest[match]!]);
      rest.splice(match, 1);
      rest.splice(i, 1);
      i--;
    }
  }
  return rest.length > 0 ? [...groups, rest] : groups;
}

/** Largest debtor pays largest creditor until the group is square: size − 1 transfers at most. */
function settleGroup(group: Person[]): Transfer[] {
  const left = group.map((p) => ({ ...p }));
  const transfers: Transfer[] = [];
  const largest = (sign: 1 | -1) =>
    left
      .filter((p) => Math.sign(p.balance) === sign)
      .sort((x, y) => sign * (y.balance - x.balance) || (x.id < y.id ? -1 : 1))[0];
  for (;;) {
    const creditor = largest(1);
    const debtor = largest(-1);
    if (!creditor || !debtor) return transfers;
    const amount = Math.min(creditor.balance, -debtor.balance);
    transfers.push({ from: debtor.id, to: creditor.id, amount });
    creditor.balance -= amount;
    debtor.balance += amount;
  }
}
