//! The writer's linking index in SQLite: `link_keys` (the postings), `link_high_water` (up to
//! which occurrence they are written) and `link_bloom` (a filter of the keys in it), read and
//! written for the in-memory index of `keyindex.rs`.

use rusqlite::{params, OptionalExtension};

use super::{keyindex, links, Store, StoreError};

impl Store {
    /// Brings the in-memory linking index up to date with what other writers stored since
    /// this one's last transaction (or starts it, at the first transaction), and writes it out
    /// when memory is full.
    pub(super) fn catch_up(&self) -> Result<(), StoreError> {
        let max_actor: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM actors", [], |r| r.get(0))?;
        self.actors.borrow_mut().sync(max_actor);
        let max: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM occurrences", [], |r| {
                    r.get(0)
                })?;
        let mut index = self.keys.borrow_mut();
        if !index.started() {
            let high_water: i64 = self.conn.query_row(
                "SELECT last_id FROM link_high_water WHERE id = 1",
                [],
                |r| r.get(0),
            )?;
            index.start(high_water);
            if high_water > 0 {
                index.set_stored(self.stored_key_filter()?);
            }
        }
        if max > index.seen() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, fingerprint FROM occurrences WHERE id > ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([index.seen()], |r| {
                let fp = links::decode(&r.get::<_, Vec<u8>>(1)?);
                Ok((r.get::<_, i64>(0)?, fp.keys(), links::is_short(&fp)))
            })?;
            let rows: Vec<(i64, Vec<i64>, bool)> = rows.collect::<Result<_, _>>()?;
            index.catch_up(rows);
        }
        if index.full() {
            drop(index);
            self.write_link_index()?;
            self.keys.borrow_mut().spill();
        }
        Ok(())
    }

    /// Writes the in-memory postings not in `link_keys` yet, in key order, and raises the
    /// high-water mark (inside the open transaction).
    pub(super) fn write_link_index(&self) -> Result<(), StoreError> {
        let mut ins = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO link_keys (key, occurrence_id, short) VALUES (?1, ?2, ?3)",
        )?;
        let mut keys = Vec::new();
        let upto = self.keys.borrow().unwritten(|key, occ, short| {
            if keys.last() != Some(&key) {
                keys.push(key);
            }
            ins.execute(params![key, occ, short]).map(drop)
        })?;
        self.add_stored_keys(&keys)?;
        self.conn.execute(
            "UPDATE link_high_water SET last_id = max(last_id, ?1) WHERE id = 1",
            [upto],
        )?;
        self.keys.borrow_mut().written_up_to(upto);
        Ok(())
    }

    /// Returns the filter of the keys in `link_keys` (`link_bloom`), building it when missing.
    fn stored_key_filter(&self) -> Result<keyindex::Bloom, StoreError> {
        match self.read_stored_key_filter()? {
            Some((bloom, _)) => Ok(bloom),
            None => self.rebuild_stored_key_filter(),
        }
    }

    /// Reads the stored filter and the number of keys added to it, if there is one.
    fn read_stored_key_filter(&self) -> Result<Option<(keyindex::Bloom, usize)>, StoreError> {
        let stored: Option<(Vec<u8>, i64)> = self
            .conn
            .query_row("SELECT bits, keys FROM link_bloom WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(stored.and_then(|(bits, n)| {
            keyindex::Bloom::from_bytes(bits).map(|b| (b, usize::try_from(n).unwrap_or(0)))
        }))
    }

    /// Builds the filter of the keys in `link_keys`, with room for as many again, and stores
    /// it.
    fn rebuild_stored_key_filter(&self) -> Result<keyindex::Bloom, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(DISTINCT key) FROM link_keys", [], |r| {
                r.get(0)
            })?;
        let n = usize::try_from(n).unwrap_or(0);
        let mut bloom = keyindex::Bloom::with_keys(2 * n);
        let mut stmt = self.conn.prepare("SELECT DISTINCT key FROM link_keys")?;
        for key in stmt.query_map([], |r| r.get::<_, i64>(0))? {
            bloom.insert(key?);
        }
        self.save_stored_key_filter(&bloom, n)?;
        Ok(bloom)
    }

    fn save_stored_key_filter(
        &self,
        bloom: &keyindex::Bloom,
        keys: usize,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO link_bloom (id, bits, keys) VALUES (1, ?1, ?2)",
            )?
            .execute(params![
                bloom.as_bytes(),
                i64::try_from(keys).unwrap_or(i64::MAX)
            ])?;
        Ok(())
    }

    /// Adds keys just written to `link_keys` to its stored filter (read afresh: another
    /// writer may have added to it), rebuilding a larger one when it is full.
    fn add_stored_keys(&self, keys: &[i64]) -> Result<(), StoreError> {
        let Some((mut bloom, mut n)) = self.read_stored_key_filter()? else {
            // `link_keys` already holds the keys just written
            self.rebuild_stored_key_filter()?;
            return Ok(());
        };
        for &key in keys {
            n += usize::from(bloom.insert(key));
        }
        if n > bloom.capacity() {
            self.rebuild_stored_key_filter()?;
            return Ok(());
        }
        self.save_stored_key_filter(&bloom, n)
    }
}
