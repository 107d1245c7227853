//! Tests of the date reader: absolute and relative dates, weekdays, the
//! tense of a clause, recurring dates, and odd input.

use super::*;
use jiff::civil::datetime;

pub(super) fn one(s: &str, anchor: Option<DateTime>) -> (String, String, DateValue) {
    let v = find(s, Lang::De, anchor, Prefer::Past);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    let f = &v[0];
    (s[f.start..f.end].to_string(), f.value.from.map(|d| d.to_string()).unwrap_or_default(), f.value.clone())
}

#[test]
pub(super) fn absolute_dates() {
    let (text, from, v) = one("Moskau ist bei der im Februar 2022 befohlenen Invasion", None);
    assert_eq!(
        (text.as_str(), from.as_str(), v.grain),
        ("im Februar 2022", "2022-02-01T00:00:00", crate::model::claim::Grain::Month)
    );
    let (_, from, _) = one("Stand: 12.09.2023 07:43 Uhr", None);
    assert_eq!(from, "2023-09-12T07:43:00");
    let (_, from, _) = one("Das erste Mal seit 2019 treffen sich", None);
    assert_eq!(from, "2019-01-01T00:00:00");
    let (_, from, _) = one("mehrerer Resolutionen 2017.", None);
    assert_eq!(from, "2017-01-01T00:00:00");
}

#[test]
pub(super) fn weekday_next_to_a_date_it_does_not_fall_on() {
    let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
    let (_, from, v) = one("sagte Kim am Mittwoch (14. September) in Wostotschny", a);
    assert_eq!(from, "2023-09-14T00:00:00");
    assert_eq!(v.weekday_mismatch.as_deref(), Some("Mittwoch"));
    let (_, _, v) = one("sagte Kim am Mittwoch (13. September) in Wostotschny", a);
    assert_eq!(v.weekday_mismatch, None);
}

#[test]
pub(super) fn relative_dates() {
    let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
    assert_eq!(one("am Mittwoch auf dem Weltraumbahnhof", a).1, "2023-09-13T00:00:00");
    assert_eq!(one("gestern", a).1, "2023-09-13T00:00:00");
    assert_eq!(one("vor zwei Wochen", a).1, "2023-08-31T00:00:00");
    let (_, _, v) = one("am Mittwoch auf dem Weltraumbahnhof", None);
    assert!(v.relative && v.from.is_none());
}

#[test]
pub(super) fn a_future_clause_turns_a_weekday_ahead() {
    let a = Some(datetime(2023, 9, 13, 15, 11, 0, 0));
    assert_eq!(one("Kim wird am Freitag eine Werft besuchen", a).1, "2023-09-15T00:00:00");
    assert_eq!(one("Kim war am Freitag in Pjöngjang", a).1, "2023-09-08T00:00:00");
    assert_eq!(one("Das Forum dauert noch bis Freitag", a).1, "2023-09-15T00:00:00");
    assert_eq!(one("Er sagte am Montag, er werde kommen", a).1, "2023-09-11T00:00:00");
}

#[test]
pub(super) fn parts_of_a_year_or_month() {
    let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
    let (text, from, v) = one("Ende vergangenen Jahres begann der Bau", a);
    assert_eq!((text.as_str(), from.as_str()), ("Ende vergangenen Jahres", "2022-09-01T00:00:00"));
    assert_eq!(v.to.map(|d| d.to_string()).as_deref(), Some("2023-01-01T00:00:00"));
    let (_, from, _) = one("Mitte des Monats", a);
    assert_eq!(from, "2023-09-11T00:00:00");
    let (_, from, _) = one("Nordkorea hatte zuletzt Ende August zwei Raketen abgeschossen", a);
    assert_eq!(from, "2023-08-21T00:00:00");
}

/// Word soup from the readers' own vocabulary, with huge and odd numbers:
/// nothing may panic (overflow, calendar range, char boundaries).
#[test]
pub(super) fn odd_input_never_panics() {
    let vocab: Vec<&str> = concat!(
        "vor|in|99999999999999|Tagen|Wochen|Jahren|ago|years|nächsten|letzten|am|Mittwoch|(|)|13.|13|.|-|/|:|",
        "Uhr|September|2023|29.02.|31/2/2019|1e9|minus|rund|mehr|als|zwischen|und|bis|Millionen|Mrd.|%|€|$|ẞ|",
        "Ärger|½|halbe|dreiviertel|Advent|1.|Quartal|Ende|des|Jahres|um|24:60|0000|9999|99:99|Q|3|tes|zum|vom|",
        "die|zweitausender|90er|1990s|seit|Jahren|999999999999999999999|,|12 500|1.500,75|km/h|°|C|p.m.|a.m."
    )
    .split('|')
    .collect();
    let anchors = [None, Some(datetime(2023, 9, 13, 15, 11, 0, 0)), Some(datetime(9999, 12, 31, 23, 59, 0, 0))];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..4000 {
        let mut s = String::new();
        for _ in 0..(x % 12 + 1) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(vocab[(x % vocab.len() as u64) as usize]);
            if x & 0x100 == 0 {
                s.push(' ');
            }
        }
        for lang in [Lang::De, Lang::En] {
            for a in anchors {
                for prefer in [Prefer::Past, Prefer::Future] {
                    let _ = find(&s, lang, a, prefer);
                }
            }
            let _ = super::super::quantity::find(&s, lang, &crate::settings::Tolerances::default());
        }
    }
}

#[test]
pub(super) fn each_language_reads_its_own_words() {
    // `Fall` is autumn only in English, `Tuesday` a weekday only there
    assert!(find("In diesem Fall wäre der Vertrag nichtig.", Lang::De, None, Prefer::Past).is_empty());
    assert!(find("Nach dem Super Tuesday blieb er zuversichtlich.", Lang::De, None, Prefer::Past).is_empty());
    let s = "The bridge reopens in the fall of 2024.";
    let v = find(s, Lang::En, None, Prefer::Past);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(&s[v[0].start..v[0].end], "in the fall of 2024");
    assert_eq!(v[0].value.from.map(|d| d.to_string()).as_deref(), Some("2024-09-01T00:00:00"));
}

#[test]
pub(super) fn holidays_and_the_clock_in_english() {
    let s = "The shop closes at 3 o'clock on Christmas 2019, the owner said.";
    let v = find(s, Lang::En, None, Prefer::Past);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(&s[v[0].start..v[0].end], "at 3 o'clock on Christmas 2019");
    assert_eq!(v[0].value.from.map(|d| d.date().to_string()).as_deref(), Some("2019-12-25"));
    let (_, from, _) = one("Die Läden schließen an Heiligabend 2019 um 14 Uhr.", None);
    assert_eq!(from, "2019-12-24T14:00:00");
}

#[test]
pub(super) fn numbers_are_not_dates() {
    assert!(find("rund 40 Sekunden", Lang::De, None, Prefer::Past).is_empty());
    assert!(find("2000 Soldaten marschierten", Lang::De, None, Prefer::Past).is_empty());
    assert!(find("um 27 Prozent", Lang::De, None, Prefer::Past).is_empty());
}

#[test]
pub(super) fn a_future_or_intention_cue_turns_a_bare_month_ahead() {
    let a = Some(datetime(2012, 2, 29, 14, 31, 0, 0));
    assert_eq!(one("Der Konzern will die Übernahme im März abschließen.", a).1, "2012-03-01T00:00:00");
    assert_eq!(one("Die Übernahme soll im März abgeschlossen sein.", a).1, "2012-03-01T00:00:00");
    assert_eq!(one("Die Übernahme wurde im März abgeschlossen.", a).1, "2011-03-01T00:00:00");
    // a plan told in the past is no cue
    assert_eq!(one("Die Übernahme war im März geplant.", a).1, "2011-03-01T00:00:00");
}

#[test]
pub(super) fn recurring_days_are_no_dates() {
    for s in [
        "Der Markt ist jeden Dienstag geöffnet.",
        "Der Markt ist dienstags geöffnet.",
        "Die Sitzung findet am ersten Montag jeden Monats statt.",
    ] {
        assert!(find(s, Lang::De, None, Prefer::Past).is_empty(), "{s}");
    }
    assert_eq!(one("Der Markt war am Dienstag geöffnet.", None).0, "am Dienstag");
}

/// The day of the one English date in `s` read against `anchor`.
fn en(s: &str, anchor: DateTime) -> String {
    let v = find(s, Lang::En, Some(anchor), Prefer::Past);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    v[0].value.from.map(|d| d.date().to_string()).unwrap_or_default()
}

#[test]
pub(super) fn a_day_without_its_year_takes_the_year_its_tense_gives() {
    let january = datetime(2013, 1, 3, 9, 0, 0, 0);
    // a past tense, `since` or a participle right before it: the last one
    assert_eq!(en("The body was found in a car near the river on April 9.", january), "2012-04-09");
    assert_eq!(en("He has been held without bond since his arrest on June 21.", january), "2012-06-21");
    assert_eq!(en("The last one was the emergency patch issued Dec. 14 for the browser.", january), "2012-12-14");
    // a future cue: the next one
    assert_eq!(en("He is to be sentenced Nov. 8 in the county court.", january), "2013-11-08");
    // a past form by its ending, after the date too
    assert_eq!(en("On Dec. 8 the team played its last game.", january), "2012-12-08");
    // no tense: the year of writing
    assert_eq!(en("Trial begins June 17 in the county court.", january), "2013-06-17");
    assert_eq!(en("The fifth of December is a holiday.", january), "2013-12-05");
    // a participle after an auxiliary leaves the time to the clause
    assert_eq!(en("He faces life in prison when he's sentenced May 7.", january), "2013-05-07");
    // German: `seit` and the past
    let v = find("Er sitzt seit dem 21. Juni in Haft.", Lang::De, Some(january), Prefer::Past);
    assert_eq!(v[0].value.from.map(|d| d.date().to_string()).as_deref(), Some("2012-06-21"));
}

#[test]
pub(super) fn a_weekday_without_a_tense_is_the_coming_one_only_within_two_days() {
    let friday = datetime(2013, 3, 8, 14, 0, 0, 0);
    assert_eq!(en("The team advances to play Saturday against the winner.", friday), "2013-03-09");
    // farther ahead, or in a past clause: the last one
    assert_eq!(en("The team advances to play Tuesday against the winner.", friday), "2013-03-05");
    assert_eq!(en("The team lost Saturday against the winner.", friday), "2013-03-02");
}
