//! The `locale/bare-currency` rule: a sum named by a currency word that several
//! countries share (`500 pounds`, `20,000 pesos`, `300 crowns`) in a text whose
//! places are all in one of those countries, which the text never names with
//! the sum. The source language needs no country (Arabic `جنيه` in an Egyptian
//! paper, Czech `korun` in a Czech one), but an English reader takes `pounds`
//! for sterling and `dollars` for US dollars: `500 Egyptian pounds`. Review:
//! the country is read from the places the text names.

use crate::analysis::document::{word_in, Document};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;
use crate::text::hash::FastMap;
use once_cell::sync::Lazy;

/// A bare shared currency word after an amount, in a text about one country.
pub struct BareCurrency;

static BARE_CURRENCY: RuleMeta = RuleMeta {
    id: "locale/bare-currency",
    category: Category::Locale,
    severity: Severity::Info,
    triggers: crate::Triggers::words(|| CURRENCIES.to_vec()),
    default_enabled: true,
    summary: "a sum in a currency several countries share, named by the bare word (`500 pounds` in a text about Egypt: `500 Egyptian pounds`)",
    flags: &[
        Example {
            text: "Bakers in Cairo raised the price of a loaf. The ministry set a fine of 2,000 pounds for hoarding flour.",
            fixed: "Bakers in Cairo raised the price of a loaf. The ministry set a fine of 2,000 Egyptian pounds for hoarding flour.",
        },
        Example {
            text: "The Czech buyers paid in cash. The flat cost 4 million crowns.",
            fixed: "The Czech buyers paid in cash. The flat cost 4 million Czech crowns.",
        },
        Example {
            text: "The rail operator in Taiwan spoke on Monday. A ticket now costs 1,490 dollars.",
            fixed: "The rail operator in Taiwan spoke on Monday. A ticket now costs 1,490 Taiwan dollars.",
        },
        Example {
            text: "Farmers near Rosario are angry. A sack of seed costs 85,000 pesos since the devaluation.",
            fixed: "Farmers near Rosario are angry. A sack of seed costs 85,000 Argentine pesos since the devaluation.",
        },
        Example {
            text: "Kenyan dairies blame feed prices. A litre of milk sells at 60 shillings.",
            fixed: "Kenyan dairies blame feed prices. A litre of milk sells at 60 Kenyan shillings.",
        },
    ],
    passes: &[
        // the text names the currency's country with a sum
        "Bakers in Cairo raised prices. A loaf costs 5 Egyptian pounds, and the fine is 2,000 pounds.",
        // the default country of the word is named too
        "The Egyptian and British firms signed a deal worth 500 million pounds in London.",
        // places of two countries that share the word
        "Fares in Prague and Stockholm differ: 300 crowns in one, 400 crowns in the other.",
        // no country with a currency of that name
        "The ticket costs 40 dollars, the firm in Ohio said.",
        "He sold the house in Manchester for 300,000 pounds.",
        // a weight, not money
        "The Syrian farmer carried 50 pounds of wheat to Aleppo.",
        // no amount
        "The Egyptian pound fell again; pounds are hard to change in Cairo.",
        // the sentence names the country
        "The Czech firms said so. A flat in Prague now costs 9 million crowns on average.",
        // a compound's first word, not the sum's currency
        "Toronto voters backed a 40 million dollar plan for the Canadian port.",
        // its value in another currency follows
        "Bakers in Cairo are angry. A sack of flour costs 900 pounds (50 euros) now.",
        // the code of the currency is named
        "The Cairo court fined him 500 pounds (EGP) for the sign.",
    ],
};

/// The shared currency words, in the plural: a singular after an amount
/// is mostly a compound's first word (`a 700 million dollar plan`).
const CURRENCIES: &[&str] = &[
    "crowns", "dinars", "dirhams", "dollars", "francs", "pesos", "pounds", "rials", "riyals",
    "rupees", "shillings",
];

/// A country's currency words and the places that name it: its adjective
/// before the currency word (empty for a country where the bare word is the
/// reader's default, or names another currency: it is never proposed), the
/// currency words (plural), and the names of the country, its people and its
/// best-known cities. A name of two words is keyed by the word that tells it
/// (`Kong`, `Zealand`, `Lanka`).
type Country = (&'static str, &'static [&'static str], &'static [&'static str]);

/// The countries of the shared currency words, general knowledge.
const COUNTRIES: &[Country] = &[
    // the readers' defaults: pounds sterling, US dollars (and US pounds of weight)
    ("", &["pounds", "shillings"], &["Britain", "British", "UK", "England", "English", "London", "Scotland", "Scottish", "Wales", "Welsh", "Sterling", "Ireland", "Irish", "Cyprus", "Cypriot", "Gibraltar", "Falklands"]),
    ("", &["dollars", "pounds"], &["US", "USA", "America", "American", "Americans", "Washington", "California", "Texas", "Florida", "Ecuador", "Panama", "Salvador", "Zimbabwe", "Liberia", "Timor"]),
    ("", &["francs"], &["France", "French", "Paris", "Belgium", "Belgian", "Luxembourg", "Monaco"]),
    ("", &["crowns"], &["Slovakia", "Slovak", "Estonia", "Estonian", "Bratislava", "Tallinn"]),
    ("Egyptian", &["pounds"], &["Egypt", "Egyptian", "Egyptians", "Cairo", "Giza", "Luxor", "Aswan"]),
    ("Sudanese", &["pounds"], &["Sudan", "Sudanese", "Khartoum", "Omdurman", "Darfur"]),
    ("Syrian", &["pounds"], &["Syria", "Syrian", "Syrians", "Damascus", "Aleppo", "Homs", "Latakia", "Idlib"]),
    ("Lebanese", &["pounds"], &["Lebanon", "Lebanese", "Beirut", "Sidon"]),
    ("Canadian", &["dollars"], &["Canada", "Canadian", "Canadians", "Ottawa", "Toronto", "Montreal", "Vancouver", "Quebec", "Ontario", "Alberta"]),
    ("Australian", &["dollars"], &["Australia", "Australian", "Australians", "Canberra", "Melbourne", "Brisbane", "Queensland"]),
    ("New Zealand", &["dollars"], &["Zealand", "Zealander", "Zealanders", "Auckland"]),
    ("Hong Kong", &["dollars"], &["Kong", "Kowloon"]),
    ("Taiwan", &["dollars"], &["Taiwan", "Taiwanese", "Taipei", "Kaohsiung", "Taichung"]),
    ("Singapore", &["dollars"], &["Singapore", "Singaporean", "Singaporeans"]),
    ("Jamaican", &["dollars"], &["Jamaica", "Jamaican", "Jamaicans"]),
    ("Czech", &["crowns"], &["Czech", "Czechia", "Prague", "Brno", "Ostrava"]),
    ("Swedish", &["crowns"], &["Sweden", "Swedish", "Swedes", "Stockholm", "Gothenburg", "Malmo"]),
    ("Danish", &["crowns"], &["Denmark", "Danish", "Danes", "Copenhagen", "Aarhus"]),
    ("Norwegian", &["crowns"], &["Norway", "Norwegian", "Norwegians", "Oslo"]),
    ("Icelandic", &["crowns"], &["Iceland", "Icelandic", "Icelanders", "Reykjavik"]),
    ("Mexican", &["pesos"], &["Mexico", "Mexican", "Mexicans", "Guadalajara", "Monterrey"]),
    ("Argentine", &["pesos"], &["Argentina", "Argentine", "Argentinian", "Argentines", "Aires", "Rosario"]),
    ("Chilean", &["pesos"], &["Chile", "Chilean", "Chileans", "Valparaiso"]),
    ("Colombian", &["pesos"], &["Colombia", "Colombian", "Colombians", "Bogota", "Medellin"]),
    ("Cuban", &["pesos"], &["Cuba", "Cuban", "Cubans", "Havana"]),
    ("Dominican", &["pesos"], &["Dominican", "Domingo"]),
    ("Philippine", &["pesos"], &["Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Cebu"]),
    ("Uruguayan", &["pesos"], &["Uruguay", "Uruguayan", "Montevideo"]),
    ("Swiss", &["francs"], &["Switzerland", "Swiss", "Bern", "Zurich", "Geneva", "Basel", "Lausanne"]),
    ("Rwandan", &["francs"], &["Rwanda", "Rwandan", "Kigali"]),
    ("Burundian", &["francs"], &["Burundi", "Burundian", "Bujumbura"]),
    ("CFA", &["francs"], &["Senegal", "Senegalese", "Dakar", "Ivorian", "Abidjan", "Mali", "Malian", "Bamako", "Burkina", "Ouagadougou", "Niger", "Niamey", "Benin", "Cotonou", "Togo", "Lome", "Cameroon", "Cameroonian", "Yaounde", "Douala", "Gabon", "Libreville"]),
    ("Iraqi", &["dinars"], &["Iraq", "Iraqi", "Iraqis", "Baghdad", "Basra", "Mosul", "Erbil"]),
    ("Jordanian", &["dinars"], &["Jordanian", "Jordanians", "Amman"]),
    ("Kuwaiti", &["dinars"], &["Kuwait", "Kuwaiti", "Kuwaitis"]),
    ("Bahraini", &["dinars"], &["Bahrain", "Bahraini", "Manama"]),
    ("Libyan", &["dinars"], &["Libya", "Libyan", "Libyans", "Benghazi"]),
    ("Tunisian", &["dinars"], &["Tunisia", "Tunisian", "Tunisians", "Tunis", "Sfax"]),
    ("Algerian", &["dinars"], &["Algeria", "Algerian", "Algerians", "Algiers", "Oran"]),
    ("Serbian", &["dinars"], &["Serbia", "Serbian", "Serbs", "Belgrade", "Novi"]),
    ("UAE", &["dirhams"], &["UAE", "Emirati", "Emiratis", "Dubai", "Dhabi", "Sharjah"]),
    ("Moroccan", &["dirhams"], &["Morocco", "Moroccan", "Moroccans", "Rabat", "Casablanca", "Marrakesh", "Marrakech"]),
    ("Saudi", &["riyals", "rials"], &["Saudi", "Saudis", "Riyadh", "Jeddah", "Mecca", "Makkah", "Medina", "Dammam"]),
    ("Qatari", &["riyals", "rials"], &["Qatar", "Qatari", "Qataris", "Doha"]),
    ("Omani", &["riyals", "rials"], &["Oman", "Omani", "Omanis", "Muscat"]),
    ("Yemeni", &["riyals", "rials"], &["Yemen", "Yemeni", "Yemenis", "Sanaa", "Aden"]),
    ("Iranian", &["riyals", "rials"], &["Iran", "Iranian", "Iranians", "Tehran", "Mashhad", "Isfahan", "Tabriz", "Shiraz"]),
    ("Indian", &["rupees"], &["India", "Indian", "Indians", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore"]),
    ("Pakistani", &["rupees"], &["Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore", "Peshawar"]),
    ("Sri Lankan", &["rupees"], &["Lanka", "Lankan", "Lankans", "Colombo"]),
    ("Nepalese", &["rupees"], &["Nepal", "Nepali", "Nepalese", "Kathmandu"]),
    ("Mauritian", &["rupees"], &["Mauritius", "Mauritian"]),
    ("Kenyan", &["shillings"], &["Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa", "Kisumu"]),
    ("Ugandan", &["shillings"], &["Uganda", "Ugandan", "Ugandans", "Kampala"]),
    ("Tanzanian", &["shillings"], &["Tanzania", "Tanzanian", "Tanzanians", "Dodoma", "Zanzibar"]),
    ("Somali", &["shillings"], &["Somalia", "Somali", "Somalis", "Mogadishu"]),
];

/// Scale words between an amount and its currency (`4 million crowns`).
const SCALES: &[&str] = &["billion", "hundred", "million", "thousand", "trillion"];

/// The countries each place word names (indices into [`COUNTRIES`]).
static PLACES: Lazy<FastMap<&'static str, Vec<usize>>> = Lazy::new(|| {
    let mut places: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (i, &(_, _, words)) in COUNTRIES.iter().enumerate() {
        for &word in words {
            places.entry(word).or_default().push(i);
        }
    }
    places
});

/// The currency word of [`CURRENCIES`] that `word` is, if it is one.
fn currency(word: &str) -> Option<&'static str> {
    CURRENCIES.iter().copied().find(|&c| c == word)
}

impl Rule for BareCurrency {
    fn meta(&self) -> &'static RuleMeta {
        &BARE_CURRENCY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        // the bare sums, and the currencies the text qualifies somewhere
        let mut sums: Vec<(usize, &'static str)> = Vec::new();
        let mut qualified: Vec<&'static str> = Vec::new();
        for k in doc.trigger_words(BARE_CURRENCY.id) {
            let Some(plural) = currency(word_in(text, words, k)) else {
                continue;
            };
            if country_before(text, words, k) || code_after(text, words, k) {
                qualified.push(plural);
            } else if amount_before(text, words, k)
                && !weight_after(text, words, k, plural)
                && !converted_after(text, words, k)
            {
                sums.push((k, plural));
            }
        }
        sums.retain(|(_, plural)| !qualified.contains(plural));
        if sums.is_empty() {
            return;
        }
        let mut currencies: Vec<Currency> = Vec::new();
        for &(_, plural) in &sums {
            if !currencies.iter().any(|c| c.plural == plural) {
                currencies.push(Currency { plural, country: None, shared: false });
            }
        }
        let Some(places) = places_named(doc, &mut currencies) else {
            return;
        };
        for (k, plural) in sums {
            // the one country named whose currency has this name
            let Some(country) = currencies
                .iter()
                .find(|c| c.plural == plural && !c.shared)
                .and_then(|c| c.country)
            else {
                continue;
            };
            let adjective = COUNTRIES[country].0;
            let (s, e) = words[k];
            // a sentence that names the country tells the reader the currency
            let sentence = doc.word_at(k).map_or(s..e, |w| w.sentence());
            let told = places
                .iter()
                .any(|&(i, at)| i == country && sentence.contains(&at));
            if told || doc.is_protected(s..e) {
                continue;
            }
            out.push(
                BARE_CURRENCY
                    .finding(
                        s..e,
                        concat(&[
                            "the text is about one country: name its currency (`",
                            adjective,
                            " ",
                            &text[s..e],
                            "`); an English reader takes the bare word for another",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::insert(s, concat(&[adjective, " "])))),
            );
        }
    }
}

/// A currency word of the text's sums, and the country the text names for it.
struct Currency {
    /// The currency word.
    plural: &'static str,
    /// The first country named that has a currency of this name.
    country: Option<usize>,
    /// Whether the text names another country with it, or the reader's
    /// default country for it: the bare word is left alone.
    shared: bool,
}

/// Whether word `k` follows an amount: digits, or digits and a scale word.
fn amount_before(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let mut start = words[k].0;
    if k > 0 && text[words[k - 1].1..start] == *" " && SCALES.contains(&word_in(text, words, k - 1)) {
        start = words[k - 1].0;
    }
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    before.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether word `k` follows a place word or a country's adjective
/// (`Egyptian pounds`, `Hong Kong dollars`, `US dollars`).
fn country_before(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let gap = &text[words[k - 1].1..words[k].0];
    let previous = word_in(text, words, k - 1);
    (gap == " " || gap == ".") && (PLACES.contains_key(previous) || matches!(previous, "HK" | "NT" | "S" | "CFA"))
}

/// Whether word `k` is followed by a currency code in brackets (`500 pounds (EGP)`).
fn code_after(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let Some(&(s, e)) = words.get(k + 1) else {
        return false;
    };
    let code = &text[s..e];
    text[words[k].1..s].ends_with('(') && code.len() == 3 && code.bytes().all(|c| c.is_ascii_uppercase())
}

/// Whether word `k` is followed by its value in another currency, in
/// brackets (`46,000 rupees (3.8 euros)`, `500 pounds ($16)`): the reader is told.
fn converted_after(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let rest = &text[words[k].1..];
    rest.strip_prefix(" (")
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
}

/// Whether `pounds` is followed by `of`: a weight (`50 pounds of wheat`).
fn weight_after(text: &str, words: &[(usize, usize)], k: usize, plural: &str) -> bool {
    plural == "pounds"
        && words.get(k + 1).is_some_and(|&(s, e)| text[words[k].1..s] == *" " && &text[s..e] == "of")
}

/// The places the text names (the country, an index into [`COUNTRIES`], and
/// the byte where its name starts), marking in `currencies` the country each
/// currency word belongs to; `None` as soon as every currency is shared (the
/// rest of the text is not read).
fn places_named(doc: &Document<'_>, currencies: &mut [Currency]) -> Option<Vec<(usize, usize)>> {
    let text = doc.text();
    let b = text.as_bytes();
    let mut places: Vec<(usize, usize)> = Vec::new();
    for &s in doc.word_capitals() {
        let e = s + b[s..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let mut word = &text[s..e];
        // `U.S.` names the United States
        if word == "U" && b.get(e..e + 3) == Some(&b".S."[..]) {
            word = "US";
        }
        let Some(countries) = PLACES.get(word) else {
            continue;
        };
        // `South Sudan` has a pound of its own: the adjective is not `Sudanese`
        if word == "Sudan" && text[..s].ends_with("South ") {
            continue;
        }
        for &i in countries {
            places.push((i, s));
            let (adjective, names, _) = COUNTRIES[i];
            for c in currencies.iter_mut().filter(|c| names.contains(&c.plural)) {
                match c.country {
                    _ if adjective.is_empty() => c.shared = true,
                    Some(j) if j != i => c.shared = true,
                    _ => c.country = Some(i),
                }
            }
        }
        if currencies.iter().all(|c| c.shared) {
            return None;
        }
    }
    Some(places)
}
