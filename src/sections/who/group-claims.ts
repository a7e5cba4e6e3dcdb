import type { FigureClaim } from '@/data/types';

export type ClaimGroup<C extends FigureClaim> = {
  readonly measure: string;
  readonly claims: readonly C[];
};

/** Groups claims by what they count, in order of each measure's first appearance. */
export function groupClaims<C extends FigureClaim>(claims: readonly C[]): ClaimGroup<C>[] {
  const groups: { measure: string; claims: C[] }[] = [];
  for (const claim of claims) {
    const group = groups.find((g) => g.measure === claim.measure);
    if (group) group.claims.push(claim);
    else groups.push({ measure: claim.measure, claims: [claim] });
  }
  return groups;
}
