package org.tongban.people;

import java.time.LocalDate;

/** What registering a person needs; {@code certificateNumber} is null for a person without a card. */
public record PersonRegistration(String name, String gender, String idNumber, String grassRootsUnit,
        boolean rural, boolean employed, String certificateNumber, LocalDate cardIssuedOn) {
}
