-- Whether the case needs a meeting with the landlord: decided from the case's signal types by
-- eviction-case-requirements.dmn (a disturbance, JB 12:42 p. 6, cannot be regained by paying)
-- and stored by CaseAssessment whenever the case is reassessed.
ALTER TABLE eviction_case ADD COLUMN landlord_meeting_needed BOOLEAN DEFAULT FALSE NOT NULL;

-- Cases opened before: the decision as deployed with this migration says a disturbance signal needs the meeting.
UPDATE eviction_case SET landlord_meeting_needed = TRUE
 WHERE id IN (SELECT case_id FROM eviction_signal WHERE type = 'DISTURBANCE');
