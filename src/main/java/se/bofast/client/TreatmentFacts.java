package se.bofast.client;

import java.time.LocalDate;

public record TreatmentFacts(LocalDate treatmentCompletedOn, LocalDate drugFreeSince) {
}
