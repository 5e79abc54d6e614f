//! Locale leftovers: number, percent, currency, date and time formats of other languages.

mod numbers;

super::family! {
    bare_currency => BareCurrency,
    bracketed_date => BracketedDate,
    continental_time => ContinentalTime,
    currency_format => CurrencyFormat,
    decimal_comma => DecimalComma,
    dotted_thousands => DottedThousands,
    five_digit_year => FiveDigitYear,
    foreign_time => ForeignTime,
    hijri_date => HijriDate,
    space_before_percent => SpaceBeforePercent,
}

#[cfg(test)]
mod tests;
