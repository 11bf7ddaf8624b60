-- A listing whose rules flag the text model withdrew is held out of clinic search until a moderator
-- decides (the scorer_doubt item in the review queue). Portable between PostgreSQL and H2.
ALTER TABLE listing ADD COLUMN under_review BOOLEAN NOT NULL DEFAULT FALSE;
