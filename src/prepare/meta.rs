//! What is known of a source besides its text: what the user told factdiff
//! in `claims.yaml`, or what the input says of itself (a page's publication
//! date, an article record's outlet and language).

use jiff::civil::DateTime;

use crate::lang::Lang;

/// What is known of a source besides its text; `claims.yaml` wins over what
/// the input says of itself.
#[derive(Debug, Clone, Default)]
pub struct SourceMeta {
    pub name: Option<String>,
    pub published: Option<DateTime>,
    pub lang: Option<Lang>,
}
