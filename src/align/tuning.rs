//! Every weight and threshold of alignment in one place, each with what it
//! does. Finding ids never hash these, so retuning keeps `accepted:` entries.

/// The weights and thresholds that decide which claims pair and how sure
/// a pairing is.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// Subject score a quantity pair needs to pair at all.
    pub quantity_threshold: f64,
    /// Subject score a date pair needs (dates are named in many sentences
    /// about one event, so their subjects must match more closely).
    pub date_threshold: f64,
    /// Share of the words right next to two dates (names left out) they must
    /// have in common to date the same event ...
    pub event_min: f64,
    /// ... or else their score is multiplied by this.
    pub no_event: f64,
    /// Score a quote pair needs to pair.
    pub quote_threshold: f64,
    /// Least overlap of two quotes' words (Dice or containment).
    pub quote_words_min: f64,
    /// Least overlap of two quotes' words that are not given to one person
    /// on both sides.
    pub quote_paraphrase_min: f64,
    /// Added to a quote pair's score when both speakers are one person.
    pub quote_same_speaker: f64,
    /// Added (negative) when the speakers differ.
    pub quote_other_speaker: f64,
    /// Weight of the context words in a quote pair's score.
    pub quote_context: f64,
    /// Factor on the score of two mentions in one source: they must match
    /// more closely than mentions in two sources.
    pub same_source: f64,
    /// Least score of two quantities attached to the same word.
    pub same_head: f64,
    /// Factor when the role phrases name different places or people.
    pub other_names: f64,
    /// Jaro-Winkler similarity above which two names are one spelling.
    pub name_similarity: f64,
    /// Jaro-Winkler similarity above which two name parts are one person's.
    pub person_similarity: f64,
    /// Share of the threshold two clusters' members must score on average
    /// to merge (average linkage).
    pub merge_average: f64,
    /// Least score of a near miss worth showing in `--explain`.
    pub near_miss_min: f64,
    /// Frame evidence: the same explicit measure (counted noun, property).
    pub frame_measure: f64,
    /// Frame evidence: the same counted noun (weaker: every count has one).
    pub frame_count_measure: f64,
    /// Frame evidence: the same predicate class.
    pub frame_predicate: f64,
    /// Frame evidence: a shared participant.
    pub frame_participants: f64,
    /// Frame evidence: the same scope or time frame, both stated.
    pub frame_scope: f64,
    /// Weight of the subject score in a pair's confidence (the subject
    /// score counts in full at `subject_full` times the kind's threshold).
    pub confidence_subject: f64,
    pub subject_full: f64,
    /// Weight of the frame evidence in a pair's confidence.
    pub confidence_frame: f64,
    /// Most confidence a pair gets when its frames only partly fit (a part
    /// against an unqualified figure, a generic noun without predicate) or
    /// its source states another value for the same frame (co-statement).
    pub weak_cap: f64,
    /// Least confidence of a pair at all: below it two claims share too
    /// little to be shown as one fact, even as a question.
    pub pair_confidence: f64,
    /// Confidence a cluster needs for its disagreeing values to be a
    /// conflict; below it they are `unclear`.
    pub conflict_confidence: f64,
}

/// The tuning factdiff runs with.
pub const TUNING: Tuning = Tuning {
    quantity_threshold: 0.2,
    date_threshold: 0.17,
    event_min: 0.25,
    no_event: 0.3,
    quote_threshold: 0.50,
    quote_words_min: 0.5,
    quote_paraphrase_min: 0.62,
    quote_same_speaker: 0.15,
    quote_other_speaker: -0.1,
    quote_context: 0.25,
    same_source: 0.7,
    same_head: 0.3,
    other_names: 0.25,
    name_similarity: 0.88,
    person_similarity: 0.9,
    merge_average: 0.7,
    near_miss_min: 0.05,
    frame_measure: 0.4,
    frame_count_measure: 0.25,
    frame_predicate: 0.35,
    frame_participants: 0.3,
    frame_scope: 0.1,
    confidence_subject: 0.5,
    subject_full: 1.5,
    confidence_frame: 0.6,
    weak_cap: 0.5,
    pair_confidence: 0.45,
    conflict_confidence: 0.7,
};
