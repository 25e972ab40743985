-- An internal activity (a staff meeting, a briefing of reporters) is planned and counted like any
-- other but never shown to the public: not on the calendar, the events page, the feeds or the
-- plan page. Existing activities stay public.
ALTER TABLE activity ADD COLUMN internal BOOLEAN DEFAULT FALSE NOT NULL;
