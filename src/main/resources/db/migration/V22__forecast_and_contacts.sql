-- Issue 14 item 6 (the steering group's figures): how an outreach contact came about, and since
-- and until when an apartment was in the district's stock. Portable between H2 2.x and PostgreSQL.

-- How the contact with the person came about. Contacts recorded before V22 were all recorded in
-- the outreach team's own task "Uppsökande kontakt": they get OUTREACH (docs/kpi-definitions.md).
-- A contact through a voluntary organisation names the organisation: a partner of kind
-- VOLUNTARY_ORGANISATION in the landlord module's register (no foreign key: that module owns the
-- table; housing checks the partner through landlord's implementation of its SPI).
ALTER TABLE outreach_contact ADD COLUMN channel VARCHAR(30) DEFAULT 'OUTREACH' NOT NULL;
ALTER TABLE outreach_contact ADD COLUMN partner_id BIGINT;
ALTER TABLE outreach_contact ADD CONSTRAINT ck_outreach_contact_channel
    CHECK (channel IN ('OUTREACH', 'VOLUNTARY_ORGANISATION', 'POLICE', 'OTHER'));
ALTER TABLE outreach_contact ADD CONSTRAINT ck_outreach_contact_partner
    CHECK ((channel = 'VOLUNTARY_ORGANISATION' AND partner_id IS NOT NULL)
        OR (channel <> 'VOLUNTARY_ORGANISATION' AND partner_id IS NULL));
CREATE INDEX outreach_contact_journey_idx ON outreach_contact (journey_id, contact_date);

-- Voluntary organisations (ideella organisationer) join the partner register.
ALTER TABLE partner ALTER COLUMN kind SET DATA TYPE VARCHAR(30);
ALTER TABLE partner DROP CONSTRAINT ck_partner_kind;
ALTER TABLE partner ADD CONSTRAINT ck_partner_kind
    CHECK (kind IN ('LANDLORD', 'BOSTADSFORMEDLINGEN', 'KRONOFOGDEN', 'VOLUNTARY_ORGANISATION'));

-- The apartment's days in the stock: from in_stock_from (included) to in_stock_until (excluded; the
-- day the apartment left the stock, e.g. the client took over the contract); null while it is in it.
ALTER TABLE apartment ADD COLUMN in_stock_from DATE;
ALTER TABLE apartment ADD COLUMN in_stock_until DATE;
-- Apartments registered before V22 have no recorded day: the first day of their first placement,
-- or, for one never let, the day of this migration. One that already left the stock left it on the
-- last day of its last placement (the takeover day), else on the day of this migration.
UPDATE apartment SET in_stock_from = COALESCE(
    (SELECT MIN(p.start_date) FROM placement p WHERE p.apartment_id = apartment.id), CURRENT_DATE);
UPDATE apartment SET in_stock_until = COALESCE(
    (SELECT MAX(p.end_date) FROM placement p WHERE p.apartment_id = apartment.id), CURRENT_DATE)
    WHERE in_stock = FALSE;
ALTER TABLE apartment ALTER COLUMN in_stock_from SET NOT NULL;
ALTER TABLE apartment ADD CONSTRAINT ck_apartment_stock_days
    CHECK (in_stock_until IS NULL OR in_stock_until >= in_stock_from);
ALTER TABLE apartment ADD CONSTRAINT ck_apartment_in_stock_until
    CHECK (in_stock = (in_stock_until IS NULL));
