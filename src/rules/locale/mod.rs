//! Locale leftovers: number, percent and time formats of other languages.

mod continental_time;
mod decimal_comma;
mod dotted_thousands;
mod numbers;
mod space_before_percent;
mod weekday_date_in_brackets;

pub use continental_time::ContinentalTime;
pub use decimal_comma::DecimalComma;
pub use dotted_thousands::DottedThousands;
pub use space_before_percent::SpaceBeforePercent;
pub use weekday_date_in_brackets::WeekdayDateInBrackets;

#[cfg(test)]
mod tests;
