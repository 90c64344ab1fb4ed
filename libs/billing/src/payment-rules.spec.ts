import { agingBucket, allocateOldestFirst, OpenInvoice, reminderLevelDue } from './payment-rules';

const invoice = (id: string, dueOn: string, balanceMinor: number, issuedOn = '2026-02-01', number = `HUB-2026-${id}`): OpenInvoice => ({ id, dueOn, issuedOn, number, balanceMinor });

describe('billing payment rules', () => {
  describe('allocateOldestFirst', () => {
    const open = [invoice('c', '2026-04-15', 30_000), invoice('a', '2026-02-15', 10_000), invoice('b', '2026-03-15', 20_000)];

    it('a partial payment pays the oldest due invoice in full, then part of the next', () => {
      expect(allocateOldestFirst(open, 25_000)).toEqual({
        allocations: [
          { invoiceId: 'a', amountMinor: 10_000 },
          { invoiceId: 'b', amountMinor: 15_000 },
        ],
        unallocatedMinor: 0,
      });
    });

    it('an exact payment settles every invoice and leaves nothing', () => {
      expect(allocateOldestFirst(open, 60_000)).toEqual({
        allocations: [
          { invoiceId: 'a', amountMinor: 10_000 },
          { invoiceId: 'b', amountMinor: 20_000 },
          { invoiceId: 'c', amountMinor: 30_000 },
        ],
        unallocatedMinor: 0,
      });
    });

    it('an over-payment leaves the remainder unallocated (the credit balance)', () => {
      const result = allocateOldestFirst(open, 65_001);
      expect(result.allocations.map((a) => a.amountMinor)).toEqual([10_000, 20_000, 30_000]);
      expect(result.unallocatedMinor).toBe(5_001);
      expect(allocateOldestFirst([], 700)).toEqual({ allocations: [], unallocatedMinor: 700 });
    });

    it('passes over invoices with nothing open and never allocates zero', () => {
      expect(allocateOldestFirst([invoice('x', '2026-01-15', 0), invoice('y', '2026-01-20', 500)], 400)).toEqual({ allocations: [{ invoiceId: 'y', amountMinor: 400 }], unallocatedMinor: 0 });
      expect(allocateOldestFirst([invoice('y', '2026-01-20', 500)], 0)).toEqual({ allocations: [], unallocatedMinor: 0 });
    });

    it('ties on the due date go to the earlier issue date, then to the lower number; the input order does not matter', () => {
      const tied = [
        invoice('n2', '2026-03-15', 100, '2026-03-01', 'HUB-2026-000002'),
        invoice('late', '2026-03-15', 100, '2026-03-02', 'HUB-2026-000000'),
        invoice('n1', '2026-03-15', 100, '2026-03-01', 'HUB-2026-000001'),
      ];
      expect(allocateOldestFirst(tied, 250).allocations).toEqual([
        { invoiceId: 'n1', amountMinor: 100 },
        { invoiceId: 'n2', amountMinor: 100 },
        { invoiceId: 'late', amountMinor: 50 },
      ]);
      expect(allocateOldestFirst([...tied].reverse(), 250).allocations.map((a) => a.invoiceId)).toEqual(['n1', 'n2', 'late']);
    });

    it('does not change the list it is given', () => {
      const copy = open.map((i) => ({ ...i }));
      allocateOldestFirst(open, 1_000);
      expect(open).toEqual(copy);
    });
  });

  describe('agingBucket', () => {
    it.each([
      [-5, 'not_due'],
      [0, 'not_due'],
      [1, '0_30'],
      [30, '0_30'],
      [31, '31_60'],
      [60, '31_60'],
      [61, '61_90'],
      [90, '61_90'],
      [91, '90_plus'],
      [400, '90_plus'],
    ])('%i days past due → %s', (days, bucket) => {
      expect(agingBucket(days)).toBe(bucket);
    });
  });

  describe('reminderLevelDue', () => {
    it('nothing before 7 days overdue', () => {
      expect(reminderLevelDue(-3, [])).toBeNull();
      expect(reminderLevelDue(0, [])).toBeNull();
      expect(reminderLevelDue(6, [])).toBeNull();
    });

    it('the 7-day reminder from 7 to 29 days, once', () => {
      expect(reminderLevelDue(7, [])).toBe(7);
      expect(reminderLevelDue(29, [])).toBe(7);
      expect(reminderLevelDue(8, [7])).toBeNull();
    });

    it('the 30-day reminder from 30 days, once; never the 7-day one afterwards, even if it was missed', () => {
      expect(reminderLevelDue(30, [7])).toBe(30);
      expect(reminderLevelDue(30, [])).toBe(30);
      expect(reminderLevelDue(45, [])).toBe(30);
      expect(reminderLevelDue(31, [30])).toBeNull();
      expect(reminderLevelDue(31, [7, 30])).toBeNull();
      expect(reminderLevelDue(20, [30])).toBeNull();
    });

    it('catches up to 90 days past due, not beyond', () => {
      expect(reminderLevelDue(90, [7])).toBe(30);
      expect(reminderLevelDue(91, [])).toBeNull();
      expect(reminderLevelDue(91, [7])).toBeNull();
    });
  });
});
