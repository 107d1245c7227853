//! What an input says of itself besides its text — a web page's site name
//! and publication date, an article record's outlet, date and language —
//! handed from the loaders to the source, below the configuration, which
//! wins over it.

use jiff::civil::DateTime;

use crate::lang::Lang;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct About {
    /// The outlet or site, as a display name.
    pub name: Option<String>,
    /// The publication date: the dateline.
    pub published: Option<DateTime>,
    pub lang: Option<Lang>,
}
