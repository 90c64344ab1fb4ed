import type { ValueTransformer } from 'typeorm';

/** Money is an integer of minor units with its ISO 4217 currency; never a float, never two currencies summed. */
export interface Money {
  amountMinor: number;
  currency: string;
}

/**
 * bigint columns hold minor units; pg returns them as strings. Amounts stay below 2^53 (about
 * 9 × 10^15 minor units), so they are safe as JavaScript numbers.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
