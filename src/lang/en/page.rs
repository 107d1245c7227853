//! English page furniture and sentences: comment sections, credits, bylines,
//! teasers, boilerplate, and the abbreviations that do not end a sentence.

use crate::lang::{Body, Sentences};

#[rustfmt::skip]
pub(super) const BODY: Body = Body {
    comment_headings: &[
        "comments", "comment", "reader comments", "readers' comments", "join the discussion", "discussion",
        "leave a comment", "add a comment", "post a comment", "your comments", "have your say", "view comments",
        "show comments",
    ],
    ago_words: &["ago"],
    ago_units: &[
        "sec", "secs", "seconds", "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "year", "years",
    ],
    comment_calls: &["leave a comment", "leave a reply", "sort by", "reply"],
    credits: &["copyright", "photo:", "image:", "credit:"],
    credits_inside: &[" photo: "],
    bylines: &["by:"],
    teasers: &["read more", "related:", "see also"],
    boilerplate: &[
        "newsletter", "cookie", "privacy", "all rights reserved", "terms of use", "subscribe", "editorial guidelines",
        "journalism trust", "trust initiative",
    ],
};

#[rustfmt::skip]
pub(super) const SENTENCES: Sentences = Sentences {
    abbreviations: &[
        "dr", "mr", "mrs", "ms", "jr", "sr", "prof", "st", "no", "vs", "etc", "jan", "feb", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "min", "max", "co", "inc", "ltd", "corp", "gov", "sen", "rep", "gen", "lt",
        "col", "capt", "rev", "sgt", "det", "insp", "supt", "cpl", "adm", "cmdr", "maj", "brig", "msgr", "atty", "dept",
    ],
};
