-- Gap-free yearly counters behind case numbers such as QR-2026-000123.
create table case_number_counter (
    prefix     varchar(8) not null,
    case_year  int        not null,
    last_value bigint     not null,
    primary key (prefix, case_year)
);
