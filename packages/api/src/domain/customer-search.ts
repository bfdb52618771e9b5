import { customers } from '@collab/db';
import { and, gte, lt, type SQL, sql } from 'drizzle-orm';

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A search that looks like the start of an organisation number ("5560", "556036-07") is
 * matched against the digits; anything else against the customer's name.
 */
export function parseCustomerSearch(
  search: string,
): { orgNumberPrefix: string } | { name: string } {
  if (/^[\d\s-]+$/.test(search)) {
    let digits = search.replace(/\D/g, '');
    if (digits.length > 10 && /^(16|18|19|20)/.test(digits)) digits = digits.slice(2);
    return { orgNumberPrefix: digits };
  }
  return { name: search.toLocaleLowerCase('sv') };
}

/**
 * The condition on `customer` for what a user typed in a search field: a range on the
 * organisation number (not LIKE, so the (agency, org number) index serves it; ':' sorts right
 * after '9'), or a case-insensitive part of the name.
 */
export function customerSearchCondition(search: string): SQL | undefined {
  const parsed = parseCustomerSearch(search);
  if ('orgNumberPrefix' in parsed) {
    return and(
      gte(customers.orgNumber, parsed.orgNumberPrefix),
      lt(customers.orgNumber, `${parsed.orgNumberPrefix}:`),
    );
  }
  return sql`${customers.searchName} like ${`%${escapeLike(parsed.name)}%`} escape '\\'`;
}
