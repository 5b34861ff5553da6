/**
 * One versioned schema change: applied in order at start, inside one transaction
 * each. Never edit a released migration; add a new file with the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
