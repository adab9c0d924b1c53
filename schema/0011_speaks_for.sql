-- 0011: the body a spokesperson speaks for.
--
-- "Nordfert spokeswoman Lena Vos said ..." gives the statement to Lena Vos, and its body_id
-- names Nordfert (an actor like any other, created if it has not spoken yet). Linking takes a
-- spokesperson and their body for one speaker (src/store/links.rs, `same_speaker`): rewrites
-- give the body's words to the spokesperson and back. Occurrences stored before have none.
ALTER TABLE occurrences ADD COLUMN body_id INTEGER REFERENCES actors (id);
