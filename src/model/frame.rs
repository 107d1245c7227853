//! The frame of a claim: what it measures, what happened to it, whose it is,
//! its scope and its time frame. Alignment pairs claims by their frames.

/// What a claim is about, as far as its sentence tells. Every part may be
/// missing; a missing part is weaker evidence, never a match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Frame {
    /// What is counted or measured (`Tote`, `depth`), or the role of a date
    /// (`born`, `signed`), in a folded base form.
    pub measure: Option<String>,
    /// What happened to it (`killed`, `injured`, `rescued`), as a predicate
    /// class shared by both languages.
    pub predicate: Option<String>,
    /// Named people, places and organisations it belongs to.
    pub participants: Vec<String>,
    /// Names the claim is said of through a list or a relative clause
    /// (`Vaughn finished with 16 points and nine rebounds`, `Hansbrough,
    /// who grabbed nine rebounds`): they tell two figures apart, but are
    /// no evidence that two figures are one.
    pub owners: Vec<String>,
    /// Total, part, more of the same, per unit, so far.
    pub scope: Option<String>,
    /// This event or another time (`im vergangenen Sommer`, `in 2004`).
    pub time_frame: Option<String>,
}

impl Frame {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        *self == Frame::default()
    }
}
