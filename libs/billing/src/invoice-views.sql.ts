/**
 * What is credited and paid against invoices, as of a day (null: everything recorded): credit notes
 * issued by then, allocations of payments received by then. $1 organization, $2 invoice ids, $3 as of (date or null).
 */
export const INVOICE_SETTLEMENTS = `
  SELECT i.id,
         COALESCE((SELECT sum(c.total_minor) FROM invoices c WHERE c.organization_id = $1 AND c.kind = 'credit_note' AND c.credits_invoice_id = i.id
                    AND ($3::date IS NULL OR c.issued_on <= $3::date)), 0)::text AS credited_minor,
         COALESCE((SELECT sum(a.amount_minor) FROM payment_allocations a JOIN payments p ON p.organization_id = a.organization_id AND p.id = a.payment_id
                    WHERE a.organization_id = $1 AND a.invoice_id = i.id AND ($3::date IS NULL OR p.received_on <= $3::date)), 0)::text AS paid_minor
    FROM invoices i
   WHERE i.organization_id = $1 AND i.id = ANY($2::uuid[])`;
