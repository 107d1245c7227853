//! Roles and bodies: a role noun (`Präsident`, `Kremlsprecher`,
//! `spokesman`) with its class and origin (`russische`, `Nordkoreas`), and
//! the nouns of organisations and news media, all read from the language's
//! `speech` lists.

use crate::lang::{RoleClass, Speech};
use crate::text::words::{Token, fold};

/// A role as the text gives it: `der russische Präsident`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Role {
    pub noun: String,
    pub class: RoleClass,
    /// The folded stem of a nationality adjective or genitive (`russisch`,
    /// `nordkorea`), when one stands before the noun.
    pub origin: Option<String>,
    /// The folded head of a genitive after the noun (`der Gewerkschaft`).
    pub of: Option<String>,
}

impl Role {
    /// How well a role mention fits this role; `None` when they cannot be
    /// the same person. The origin counts first; whether the noun is the
    /// same word breaks ties after recency.
    pub(crate) fn fit(&self, other: &Role) -> Option<(u32, bool)> {
        if self.class != other.class {
            return None;
        }
        // the same noun, or one the head of the other's compound (`Kremlsprecher`, `Sprecher`)
        let (a, b) = (fold(&self.noun), fold(&other.noun));
        let same_noun = a.ends_with(&b) || b.ends_with(&a);
        // another noun of the class fits only with the same origin
        let origins_agree = matches!((&self.origin, &other.origin), (Some(a), Some(b)) if same_origin(a, b));
        if !same_noun && (self.class == RoleClass::Other || !origins_agree) {
            return None;
        }
        if let (Some(a), Some(b)) = (&self.of, &other.of)
            && a != b
        {
            return None;
        }
        match (&self.origin, &other.origin) {
            (Some(a), Some(b)) if same_origin(a, b) => Some((1, same_noun)),
            (Some(_), Some(_)) => None,
            _ => Some((0, same_noun)),
        }
    }
}

fn same_origin(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 4 && common * 5 >= a.chars().count().min(b.chars().count()) * 3
}

/// The forms of `word` without the language's role endings.
fn forms<'a>(speech: &Speech, lower: &'a str) -> impl Iterator<Item = &'a str> {
    std::iter::once(lower).chain(speech.role_endings.iter().filter_map(move |e| lower.strip_suffix(e)))
}

/// The class of a role noun, in its plain, feminine or inflected form,
/// alone or (where the language builds compounds) as the head of one.
pub(crate) fn class(speech: &Speech, word: &str) -> Option<RoleClass> {
    if word.len() < 3 || !word.starts_with(char::is_alphabetic) {
        return None;
    }
    let lower = word.to_lowercase();
    // a hyphenated role is the role of its last part (`Secretary-General`)
    let last = lower.rsplit_once('-').map(|(_, l)| l).filter(|l| l.len() >= 3);
    [Some(lower.as_str()), last].into_iter().flatten().find_map(|w| {
        forms(speech, w).find_map(|f| speech.roles.iter().find(|(s, _)| is_or_ends_in(speech, f, s)).map(|&(_, c)| c))
    })
}

/// Whether the form `f` is the listed word `s`, or (where the language
/// builds compounds) a compound that ends in it.
fn is_or_ends_in(speech: &Speech, f: &str, s: &str) -> bool {
    if speech.compound_roles { f.ends_with(s) } else { f == s }
}

fn ends_in(speech: &Speech, list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    forms(speech, &lower).any(|f| list.iter().any(|s| is_or_ends_in(speech, f, s)))
}

/// Whether `word` is in `list` (nouns of speech, written sources), or a
/// compound that ends in one after at least three letters or a hyphen
/// (`Kernaussage`, `LSVD-Schreiben`, `Polizeibericht`), also in the
/// genitive (`des Vorabberichts`). Unlike [`ends_in`] it keeps a head of
/// its own, so that a short word does not end in a listed one by chance.
pub(crate) fn compound_in(speech: &Speech, list: &[&str], word: &str) -> bool {
    let w = word.to_lowercase();
    let bare = if speech.genitive_s { w.strip_suffix("es").or_else(|| w.strip_suffix('s')) } else { None };
    list.iter().any(|n| {
        [Some(w.as_str()), bare].into_iter().flatten().any(|w| {
            w == *n
                || speech.compound_roles
                    && w.strip_suffix(n).is_some_and(|head| head.ends_with('-') || head.chars().count() >= 3)
        })
    })
}

/// Whether a person is a man or a woman, as a role noun or a pronoun tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sex {
    Female,
    Male,
}

/// The sex a role noun tells (`Ministerin`, `spokesman`), where the
/// language marks it; `None` for a noun of either (`president`).
pub(crate) fn sex(speech: &Speech, word: &str) -> Option<Sex> {
    let lower = word.to_lowercase();
    let listed = |list: &[&str]| list.iter().any(|r| is_or_ends_in(speech, &lower, r));
    if listed(speech.feminine_roles) {
        return Some(Sex::Female);
    }
    if listed(speech.masculine_roles) {
        return Some(Sex::Male);
    }
    if speech.feminine_role_endings.is_empty() || class(speech, word).is_none() {
        return None;
    }
    let feminine = speech
        .feminine_role_endings
        .iter()
        .any(|e| lower.strip_suffix(e).is_some_and(|stem| class(speech, stem).is_some()));
    Some(if feminine { Sex::Female } else { Sex::Male })
}

/// The sex a subject pronoun tells: `er` never a woman, `sie` never a man.
pub(crate) fn pronoun_sex(speech: &Speech, pronoun: &str) -> Option<Sex> {
    let lower = pronoun.to_lowercase();
    if speech.masculine_pronouns.contains(&lower.as_str()) {
        Some(Sex::Male)
    } else if speech.feminine_pronouns.contains(&lower.as_str()) {
        Some(Sex::Female)
    } else {
        None
    }
}

/// Whether `word` names an organisation or office (`Ministerium`, `police`).
pub(crate) fn is_organisation(speech: &Speech, word: &str) -> bool {
    ends_in(speech, speech.organisations, word)
}

/// Whether `word` names a news medium, which reports but does not speak.
pub(crate) fn is_media(speech: &Speech, word: &str) -> bool {
    ends_in(speech, speech.media, word)
}

/// The nationality or origin before a role noun: an adjective (`russische`)
/// or a genitive (`Nordkoreas`), or a nationality (`Russian`).
pub(crate) fn origin_before(speech: &Speech, toks: &[Token], i: usize) -> Option<String> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let f = fold(prev.text);
    if prev.is_lowercase() && speech.origin_adjectives.iter().any(|e| f.ends_with(e)) {
        return Some(f.trim_end_matches(['e', 'n', 'r']).to_string());
    }
    if speech.genitive_s
        && prev.is_capitalized()
        && f.ends_with('s')
        && f.len() > 4
        && class(speech, prev.text).is_none()
    {
        return Some(f.trim_end_matches('s').to_string());
    }
    if prev.is_capitalized() && speech.origin_names.iter().any(|e| f.ends_with(e)) {
        return Some(f);
    }
    None
}

/// Whether a noun that is no known role names people (`Bewohner`,
/// `Moderatorin`), by its ending.
pub(super) fn person_noun(speech: &Speech, r: &Role) -> bool {
    let lower = r.noun.to_lowercase();
    speech.person_endings.iter().any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}
