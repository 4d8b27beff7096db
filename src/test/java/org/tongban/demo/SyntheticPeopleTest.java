package org.tongban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.people.CertificateNumber;
import org.tongban.people.DisabilityCategory;
import org.tongban.people.PersonRegistration;

class SyntheticPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final List<PersonRegistration> people = new SyntheticPeople(7, TODAY).generate();

    @Test
    void mirrors_the_city_totals() {
        assertThat(people).hasSize(773);
        List<CertificateNumber> cards = cards();
        assertThat(cards).hasSize(766);
        assertThat(cards.stream().filter(c -> c.grade() <= 2)).hasSize(318);
        assertThat(people.stream().filter(PersonRegistration::rural)).hasSize(77);
        assertThat(people.stream().filter(p -> age(p) >= 16 && age(p) <= 59)).hasSize(433);
        assertThat(people.stream().filter(PersonRegistration::employed)).hasSize(227);
    }

    @Test
    void spreads_categories_in_the_2020_shares() {
        Map<DisabilityCategory, Long> byCategory = cards().stream()
                .collect(Collectors.groupingBy(CertificateNumber::category, Collectors.counting()));

        assertThat(byCategory.get(DisabilityCategory.PHYSICAL)).isBetween(462L, 468L);
        assertThat(byCategory.get(DisabilityCategory.HEARING)).isBetween(113L, 117L);
        assertThat(byCategory.get(DisabilityCategory.SPEECH)).isBetween(6L, 8L);
        assertThat(byCategory).hasSize(7);
    }

    @Test
    void every_number_is_valid_synthetic_and_unique() {
        assertThat(cards()).allSatisfy(card -> assertThat(card.idNumber()).startsWith("152501"));
        assertThat(people).allSatisfy(p -> {
            int sequence = Integer.parseInt(p.idNumber().substring(14, 17));
            assertThat(sequence).isBetween(900, 999);
            assertThat(sequence % 2 == 1).isEqualTo("M".equals(p.gender()));
        });
        assertThat(people.stream().map(PersonRegistration::idNumber).distinct()).hasSize(773);
    }

    @Test
    void places_rural_people_in_the_gacha_and_everyone_else_in_a_community() {
        assertThat(people).allSatisfy(p ->
                assertThat(p.grassRootsUnit()).startsWith(p.rural() ? "GACHA-" : "COMMUNITY-"));
    }

    @Test
    void issues_no_card_before_birth_or_in_the_future() {
        assertThat(people.stream().filter(p -> p.certificateNumber() != null)).allSatisfy(p -> {
            LocalDate birth = CertificateNumber.parse(p.certificateNumber(), TODAY).number().birthDate();
            assertThat(p.cardIssuedOn()).isAfter(birth).isBeforeOrEqualTo(TODAY);
        });
    }

    @Test
    void is_the_same_for_the_same_seed() {
        assertThat(new SyntheticPeople(7, TODAY).generate()).isEqualTo(people);
    }

    private List<CertificateNumber> cards() {
        return people.stream().map(PersonRegistration::certificateNumber).filter(n -> n != null)
                .map(n -> CertificateNumber.parse(n, TODAY))
                .peek(r -> assertThat(r.valid()).as("valid %s", r.problem()).isTrue())
                .map(CertificateNumber.Result::number)
                .map(Function.identity()).toList();
    }

    private static int age(PersonRegistration p) {
        LocalDate birth = LocalDate.parse(p.idNumber().substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return Period.between(birth, TODAY).getYears();
    }
}
