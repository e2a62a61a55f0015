package se.bofast.client;

import java.time.LocalDate;

/** The latest recorded date of each treatment fact; null where none is recorded. */
public record TreatmentFacts(LocalDate treatmentCompletedOn, LocalDate drugFreeSince) {
}
