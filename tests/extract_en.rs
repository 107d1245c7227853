//! English news sentences: numbers, hedges, units, dates, and relative
//! dates against a reference time.

use factdiff::model::claim::{Dimension, Grain, Hedge, Lang};
use factdiff::read::{date, quantity};
use factdiff::settings::{Prefer, Tolerances};
use jiff::civil::{DateTime, datetime};

/// The one quantity in `s` whose text is `text`: (dimension, unit, value, low, high, hedge).
fn q(s: &str, text: &str) -> (Dimension, String, f64, f64, f64, Hedge) {
    let all = quantity::find(s, Lang::En, &Tolerances::default());
    let f = all.iter().find(|f| &s[f.start..f.end] == text).unwrap_or_else(|| {
        panic!("{s:?}: no quantity {text:?} in {:?}", all.iter().map(|f| &s[f.start..f.end]).collect::<Vec<_>>())
    });
    let v = &f.value;
    (v.dimension, v.unit.clone(), v.value, v.low, v.high, v.hedge)
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// The one date in `s` whose text is `text`: (from, to, grain).
fn d(s: &str, text: &str, anchor: Option<DateTime>) -> (String, String, Grain) {
    let all = date::find(s, Lang::En, anchor, Prefer::Past);
    let f = all.iter().find(|f| &s[f.start..f.end] == text).unwrap_or_else(|| {
        panic!("{s:?}: no date {text:?} in {:?}", all.iter().map(|f| &s[f.start..f.end]).collect::<Vec<_>>())
    });
    let show = |x: Option<DateTime>| x.map(|x| x.to_string()).unwrap_or_default();
    (show(f.value.from), show(f.value.to), f.value.grain)
}

fn wed() -> Option<DateTime> {
    Some(datetime(2023, 9, 13, 15, 11, 0, 0))
}

#[test]
fn hedged_lengths() {
    let (dim, unit, v, lo, hi, h) = q("The missiles flew about 650 km before falling into the sea.", "about 650 km");
    assert_eq!((dim, unit.as_str(), v, h), (Dimension::Length, "m", 650_000.0, Hedge::Approx));
    assert!(near(lo, 617_500.0) && near(hi, 682_500.0));
    let (_, _, v, lo, _, h) =
        q("The cosmodrome lies more than 1,500 kilometres north of Vladivostok.", "more than 1,500 kilometres");
    assert_eq!((v, lo, h), (1.5e6, 1.5e6, Hedge::Above));
    let (_, _, v, _, _, h) = q("Vladivostok is roughly 130 miles from the border.", "roughly 130 miles");
    assert!(near(v, 130.0 * 1609.344));
    assert_eq!(h, Hedge::Approx);
    let (_, _, v, _, _, h) = q("The site is some 100 kilometers from China.", "some 100 kilometers");
    assert_eq!((v, h), (100_000.0, Hedge::Approx));
}

#[test]
fn more_hedges() {
    let (_, _, v, lo, hi, h) = q("Up to 20,000 troops could be sent.", "Up to 20,000 troops");
    assert_eq!((v, lo, hi, h), (20_000.0, 0.0, 20_000.0, Hedge::AtMost));
    let (_, _, v, lo, hi, h) = q("At least 37 people were killed.", "At least 37 people");
    assert_eq!((v, lo, h), (37.0, 37.0, Hedge::AtLeast));
    assert!(hi > 1e100);
    let (_, _, v, lo, hi, h) = q("Nearly 40 percent of the shells were duds.", "Nearly 40 percent");
    assert_eq!((v, hi, h), (40.0, 40.0, Hedge::Below));
    assert!(near(lo, 38.0));
    let (_, _, _, lo, hi, h) =
        q("Between 20 and 30 percent of the budget goes to defence.", "Between 20 and 30 percent");
    assert_eq!((lo, hi, h), (20.0, 30.0, Hedge::Range));
    let (_, _, _, lo, hi, h) = q("Temperatures reached 30-35 degrees Celsius.", "30-35 degrees Celsius");
    assert_eq!((lo, hi, h), (30.0, 35.0, Hedge::Range));
}

#[test]
fn money_and_scales() {
    let (dim, unit, v, ..) = q("The deal is worth $2.5 billion, officials said.", "$2.5 billion");
    assert_eq!((dim, unit.as_str(), v), (Dimension::Currency, "USD", 2.5e9));
    let (_, unit, v, ..) = q("Russia pledged 1.2 million euros in aid.", "1.2 million euros");
    assert_eq!((unit.as_str(), v), ("EUR", 1.2e6));
    let (_, unit, v, ..) = q("Fuel prices rose to £3 a litre.", "£3");
    assert_eq!((unit.as_str(), v), ("GBP", 3.0));
    let (_, unit, v, ..) = q("Inflation rose by 2.5 percentage points.", "2.5 percentage points");
    assert_eq!((unit.as_str(), v), ("pp", 2.5));
}

#[test]
fn words_and_counts() {
    let (dim, _, v, ..) = q("North Korea fired two ballistic missiles on Wednesday.", "two ballistic missiles");
    assert_eq!((dim, v), (Dimension::Count, 2.0));
    let found = quantity::find("North Korea fired two ballistic missiles.", Lang::En, &Tolerances::default());
    assert_eq!(found[0].value.noun.as_deref(), Some("missile"));
    let (_, _, v, ..) = q("Twenty-two journalists were present.", "Twenty-two journalists");
    assert_eq!(v, 22.0);
    let (_, _, v, ..) = q("A dozen officials travelled with him.", "A dozen officials");
    assert_eq!(v, 12.0);
    let (_, _, v, lo, hi, h) = q("Dozens of tanks were seen near the border.", "Dozens of tanks");
    assert_eq!((v, lo, hi, h), (24.0, 24.0, 144.0, Hedge::Vague));
    let (_, _, v, lo, _, h) = q("Hundreds of thousands fled.", "Hundreds of thousands");
    assert_eq!((v, lo, h), (200_000.0, 200_000.0, Hedge::Vague));
}

#[test]
fn durations_and_speeds() {
    let (dim, _, v, ..) = q("The handshake lasted about 40 seconds.", "about 40 seconds");
    assert_eq!((dim, v), (Dimension::Duration, 40.0));
    let (_, _, v, ..) = q("Talks went on for two hours and 15 minutes.", "two hours and 15 minutes");
    assert_eq!(v, 8100.0);
    let (dim, _, v, ..) = q("The train travelled at 60 km/h.", "60 km/h");
    assert_eq!(dim, Dimension::Speed);
    assert!(near(v, 60.0 / 3.6));
    let (dim, unit, v, ..) = q("The rocket weighs 300 tonnes.", "300 tonnes");
    assert_eq!((dim, unit.as_str(), v), (Dimension::Mass, "kg", 300_000.0));
}

#[test]
fn absolute_dates() {
    let (from, to, g) = d("Kim arrived on Sept. 12, 2023, by train.", "on Sept. 12, 2023", None);
    assert_eq!((from.as_str(), to.as_str(), g), ("2023-09-12T00:00:00", "2023-09-13T00:00:00", Grain::Day));
    let (from, _, g) = d("Updated September 13, 2023 3:11 p.m.", "September 13, 2023 3:11 p.m.", None);
    assert_eq!((from.as_str(), g), ("2023-09-13T15:11:00", Grain::Minute));
    let (from, _, g) = d("Russia invaded Ukraine in February 2022.", "February 2022", None);
    assert_eq!((from.as_str(), g), ("2022-02-01T00:00:00", Grain::Month));
    let (from, _, g) = d("It is his first visit since 2019.", "2019", None);
    assert_eq!((from.as_str(), g), ("2019-01-01T00:00:00", Grain::Year));
    let (from, ..) = d("They last met on 25 April 2019 in Vladivostok.", "on 25 April 2019", None);
    assert_eq!(from, "2019-04-25T00:00:00");
}

#[test]
fn dates_without_a_year_take_the_anchors() {
    let (from, ..) = d("The forum runs until Sept. 13.", "Sept. 13", wed());
    assert_eq!(from, "2023-09-13T00:00:00");
    let all = date::find("The forum runs until Sept. 13.", Lang::En, None, Prefer::Past);
    assert!(all[0].value.relative && all[0].value.from.is_none());
}

#[test]
fn relative_dates() {
    assert_eq!(d("Putin met Kim on Wednesday at the cosmodrome.", "on Wednesday", wed()).0, "2023-09-13T00:00:00");
    assert_eq!(d("Kim arrived by train on Tuesday.", "on Tuesday", wed()).0, "2023-09-12T00:00:00");
    assert_eq!(d("The Kremlin confirmed the visit on Monday.", "on Monday", wed()).0, "2023-09-11T00:00:00");
    assert_eq!(d("North Korea fired missiles yesterday.", "yesterday", wed()).0, "2023-09-12T00:00:00");
    assert_eq!(d("Talks continue today.", "today", wed()).0, "2023-09-13T00:00:00");
    assert_eq!(d("Kim will visit a shipyard tomorrow.", "tomorrow", wed()).0, "2023-09-14T00:00:00");
    let (from, _, g) = d("They last met four years ago.", "four years ago", wed());
    assert_eq!((from.as_str(), g), ("2019-09-01T00:00:00", Grain::Month));
    let (from, to, g) = d("Shoigu visited Pyongyang last month.", "last month", wed());
    assert_eq!((from.as_str(), to.as_str(), g), ("2023-08-01T00:00:00", "2023-09-01T00:00:00", Grain::Month));
    let (from, _, g) = d("Sanctions were tightened last year.", "last year", wed());
    assert_eq!((from.as_str(), g), ("2022-01-01T00:00:00", Grain::Year));
    let (from, _, g) = d("The test came two weeks ago.", "two weeks ago", wed());
    assert_eq!((from.as_str(), g), ("2023-08-30T00:00:00", Grain::Day));
}

#[test]
fn times_of_day() {
    let (from, _, g) = d("The train crossed the border at 6:45 a.m.", "at 6:45 a.m.", wed());
    assert_eq!((from.as_str(), g), ("2023-09-13T06:45:00", Grain::Minute));
    let (from, ..) = d("The meeting began at 3 p.m. local time.", "at 3 p.m.", wed());
    assert_eq!(from, "2023-09-13T15:00:00");
}

#[test]
fn a_future_verb_points_a_weekday_forward() {
    assert_eq!(d("Kim will visit a shipyard on Friday.", "on Friday", wed()).0, "2023-09-15T00:00:00");
    assert_eq!(d("Kim visited a shipyard on Friday.", "on Friday", wed()).0, "2023-09-08T00:00:00");
}

#[test]
fn future_preference_points_forward() {
    let all = date::find("Kim will meet Putin on Friday.", Lang::En, wed(), Prefer::Future);
    assert_eq!(all[0].value.from.unwrap().to_string(), "2023-09-15T00:00:00");
}

/// The `from` of the one date in `s` read against `anchor`.
fn from_at(s: &str, anchor: DateTime) -> String {
    let all = date::find(s, Lang::En, Some(anchor), Prefer::Past);
    assert_eq!(all.len(), 1, "{s}: {all:?}");
    all[0].value.from.map(|f| f.to_string()).unwrap_or_default()
}

#[test]
fn a_future_or_intention_cue_points_a_bare_month_or_weekday_forward() {
    let leap = datetime(2012, 2, 29, 14, 31, 0, 0);
    assert_eq!(from_at("It expects to close the deal in March.", leap), "2012-03-01T00:00:00");
    assert_eq!(from_at("The deal is to close in March.", leap), "2012-03-01T00:00:00");
    assert_eq!(from_at("It closed the deal in March.", leap), "2011-03-01T00:00:00");
    let thursday = datetime(2013, 3, 7, 11, 55, 0, 0);
    assert_eq!(from_at("The Bluejays will play Indiana State on Saturday.", thursday), "2013-03-09T00:00:00");
    assert_eq!(from_at("The Bluejays played Indiana State on Saturday.", thursday), "2013-03-02T00:00:00");
    assert_eq!(from_at("He was scheduled to have surgery on Friday.", thursday), "2013-03-01T00:00:00");
    // a future seen from the past: the nearer one, back or ahead
    assert_eq!(from_at("Romo said he would be ready Saturday.", thursday), "2013-03-09T00:00:00");
    let august = datetime(2013, 8, 4, 14, 29, 0, 0);
    assert_eq!(from_at("It was announced he would be leaving the show in June.", august), "2013-06-01T00:00:00");
    // a cue far from the date governs it no more
    assert_eq!(
        from_at("He said his country would not retaliate for the reported bombing of the town on Tuesday.", thursday),
        "2013-03-05T00:00:00"
    );
}

#[test]
fn a_clock_time_told_in_the_past_is_not_after_the_time_of_writing() {
    let small_hours = datetime(2013, 3, 12, 2, 3, 0, 0);
    assert_eq!(from_at("The march began at 8 p.m. near the precinct.", small_hours), "2013-03-11T20:00:00");
    let late = datetime(2013, 3, 11, 22, 34, 0, 0);
    assert_eq!(from_at("The march began at 8 p.m. near the precinct.", late), "2013-03-11T20:00:00");
    // a little after the stamp: a page updated later, still that day
    assert_eq!(from_at("Police left at 11:30 p.m.", late), "2013-03-11T23:30:00");
    // a dateline without a time of day tells nothing of the hour
    assert_eq!(from_at("The march began at 8 p.m.", datetime(2013, 3, 12, 0, 0, 0, 0)), "2013-03-12T20:00:00");
    // half past midnight, on the Tuesday that began after a Monday's stamp
    assert_eq!(from_at("Kelly visited the station about 12:30 a.m. Tuesday.", late), "2013-03-12T00:30:00");
    assert_eq!(from_at("The shop opened at 12 p.m. Monday.", late), "2013-03-11T12:00:00");
}

#[test]
fn tonight_in_a_text_of_the_small_hours_is_the_evening_before() {
    assert_eq!(
        from_at("The protest turned chaotic tonight.", datetime(2013, 3, 12, 2, 31, 0, 0)),
        "2013-03-11T18:00:00"
    );
    assert_eq!(
        from_at("The protest turned chaotic tonight.", datetime(2013, 3, 11, 22, 34, 0, 0)),
        "2013-03-11T18:00:00"
    );
    assert_eq!(from_at("The mayor will speak tonight.", datetime(2013, 3, 12, 2, 31, 0, 0)), "2013-03-12T18:00:00");
}

#[test]
fn recurring_days_and_named_days_are_no_dates() {
    for s in [
        "Microsoft releases its patches on the second Tuesday of every month.",
        "The market opens every Tuesday.",
        "Updates come on Tuesday each week.",
        "The fix arrived outside its monthly Patch Tuesday cycle.",
        "It was the worst Patch Tuesday in months.",
    ] {
        assert!(date::find(s, Lang::En, wed(), Prefer::Past).is_empty(), "{s}");
    }
    assert_eq!(d("Microsoft released the patch on Tuesday.", "on Tuesday", wed()).0, "2023-09-12T00:00:00");
}
