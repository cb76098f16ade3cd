-- Reminders before a consent or objection window closes. Each person is reminded once per end of a subject's
-- window, however many Baton nodes sweep and however often a sweep is retried; a window that moved (an
-- amendment) ends at a new time and may remind again.
create table reminders_sent
(
    organization_id uuid        not null references organizations (id),
    subject_id      uuid        not null,
    person_id       uuid        not null,
    window_end      timestamptz not null,
    sent_at         timestamptz not null,
    primary key (organization_id, subject_id, person_id, window_end),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
