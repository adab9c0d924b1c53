//! An article's storage form, computed on the preparing threads so that the single writer
//! only writes: the deflated text and the contents' places in it (see `text.rs`), each
//! statement's stored fingerprint and linking keys, and each actor's match key.

use crate::extract::actors::actor_key;
use crate::ingest::PreparedArticle;

/// What [`pack`] computes for an article (empty until it has run).
#[derive(Debug, Default, Clone)]
pub struct Packed {
    /// Set once computed.
    ready: bool,
    /// The text deflated, when that gains (else the text is stored as it is).
    pub(super) deflated: Option<Vec<u8>>,
    /// Per statement: where its content is in the text (first character, length), when it is
    /// a run of its sentence.
    pub(super) content_spans: Vec<Option<(usize, usize)>>,
    /// Per statement: its fingerprint as stored.
    pub(super) fingerprints: Vec<Vec<u8>>,
    /// Per statement: its linking index keys, and whether it is short.
    pub(super) index_keys: Vec<(Vec<i64>, bool)>,
    /// Per statement: the match key of its actor (empty without one).
    pub(super) actor_keys: Vec<String>,
    /// Per statement: the match key of the body its spokesperson speaks for, if any.
    pub(super) body_keys: Vec<Option<String>>,
}

/// Computes an article's storage form (on the preparing threads, not the writer).
pub fn pack_for_storage(art: &mut PreparedArticle) {
    art.packed = pack(art);
}

/// Returns an article's storage form: the one computed beforehand, or computed now.
pub(super) fn packed(art: &PreparedArticle) -> std::borrow::Cow<'_, Packed> {
    if art.packed.ready {
        std::borrow::Cow::Borrowed(&art.packed)
    } else {
        std::borrow::Cow::Owned(pack(art))
    }
}

/// An article's linking index keys per statement, when its storage form was computed
/// beforehand.
pub(super) fn index_keys(art: &PreparedArticle) -> Option<&[(Vec<i64>, bool)]> {
    art.packed.ready.then_some(art.packed.index_keys.as_slice())
}

fn pack(art: &PreparedArticle) -> Packed {
    Packed {
        ready: true,
        deflated: super::text::deflate(&art.text),
        content_spans: super::text::content_spans(
            &art.text,
            art.occurrences
                .iter()
                .map(|o| (o.content.as_str(), o.sent_start, o.sent_end)),
        ),
        fingerprints: art.fingerprints.iter().map(|f| f.to_bytes()).collect(),
        index_keys: art
            .fingerprints
            .iter()
            .map(|f| (f.keys(), super::links::is_short(f)))
            .collect(),
        actor_keys: art
            .occurrences
            .iter()
            .map(|o| {
                let name = o.actor_name.trim();
                if name.is_empty() {
                    String::new()
                } else {
                    actor_key(name, o.actor_kind)
                }
            })
            .collect(),
        body_keys: art
            .occurrences
            .iter()
            .map(|o| {
                o.speaks_for
                    .as_deref()
                    .map(str::trim)
                    .filter(|b| !b.is_empty())
                    .map(|b| {
                        let kind = if o.speaks_for_person {
                            crate::extract::ActorKind::Person
                        } else {
                            crate::extract::ActorKind::Org
                        };
                        actor_key(b, kind)
                    })
            })
            .collect(),
    }
}
