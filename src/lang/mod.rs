//! Language detection: German or English, by the share of each language's
//! most common function words.

use serde::Serialize;

/// The language a source is read in; it decides number separators and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "de" | "german" | "deutsch" => Some(Lang::De),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

const DE: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "für", "im", "sich",
    "dem", "des", "auch", "wurde", "hat", "sagte", "sei", "werden", "nach", "bei", "aus",
];
const EN: &[&str] = &[
    "the", "and", "is", "of", "to", "in", "that", "was", "for", "with", "on", "said", "has", "have", "it", "by",
    "from", "at", "his", "her", "were", "will", "be", "an", "a", "are",
];

/// The language most of `text` is written in; German when in doubt.
pub fn detect(text: &str) -> Lang {
    let (mut de, mut en) = (0usize, 0usize);
    // the function words are short: longer words need no look-up
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 7).take(3000) {
        let w = word.to_lowercase();
        de += usize::from(DE.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
    }
    if en > de { Lang::En } else { Lang::De }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_german_from_english() {
        assert_eq!(detect("Die Raketen seien etwa 650 Kilometer weit geflogen, sagte der Sprecher."), Lang::De);
        assert_eq!(detect("The missiles flew about 650 kilometres, the spokesman said on Wednesday."), Lang::En);
    }
}
