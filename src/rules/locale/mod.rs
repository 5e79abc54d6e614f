//! Locale leftovers: number, percent and time formats of other languages.

mod numbers;

super::family! {
    continental_time => ContinentalTime,
    decimal_comma => DecimalComma,
    dotted_thousands => DottedThousands,
    space_before_percent => SpaceBeforePercent,
    weekday_date_in_brackets => WeekdayDateInBrackets,
}

#[cfg(test)]
mod tests;
