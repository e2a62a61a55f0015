-- Issue 12: what Kronofogden's statistics, the steering group and the next social worker need,
-- stored on the case instead of only in the engine's history (removed after its time to live).

-- The ekonomiskt bistånd decision on the rent debt.
ALTER TABLE eviction_case ADD COLUMN aid_decision VARCHAR(10);
ALTER TABLE eviction_case ADD COLUMN aid_amount_sek NUMERIC(12,2);
ALTER TABLE eviction_case ADD COLUMN aid_decided_on DATE;
-- The UV-team's joint decision: what is done, who acts, by when.
ALTER TABLE eviction_case ADD COLUMN uv_decided_on DATE;
ALTER TABLE eviction_case ADD COLUMN uv_measures VARCHAR(1000);
ALTER TABLE eviction_case ADD COLUMN uv_responsible VARCHAR(200);
ALTER TABLE eviction_case ADD COLUMN uv_act_by DATE;
-- Preparation for Kronofogden's date and the outcome.
ALTER TABLE eviction_case ADD COLUMN emergency_housing BOOLEAN;
ALTER TABLE eviction_case ADD COLUMN outcome_on DATE;
ALTER TABLE eviction_case ADD COLUMN rent_debt_at_outcome_sek NUMERIC(12,2);
-- The case went on without the tenant being reached (after N unanswered attempts or the deadline).
ALTER TABLE eviction_case ADD COLUMN continued_without_contact_on DATE;

ALTER TABLE eviction_case ADD CONSTRAINT eviction_aid_chk CHECK (
    (aid_decision IS NULL AND aid_amount_sek IS NULL AND aid_decided_on IS NULL)
 OR (aid_decision = 'GRANTED' AND aid_amount_sek > 0 AND aid_decided_on IS NOT NULL)
 OR (aid_decision = 'REFUSED' AND aid_amount_sek IS NULL AND aid_decided_on IS NOT NULL));
ALTER TABLE eviction_case ADD CONSTRAINT eviction_outcome_debt_chk CHECK (
    rent_debt_at_outcome_sek IS NULL OR rent_debt_at_outcome_sek >= 0);

-- A later channel chosen before an earlier one (letter -> phone -> home visit) needs a reason.
ALTER TABLE eviction_contact_attempt ADD COLUMN out_of_order_reason VARCHAR(500);
