package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening", description = "VOG and completed trainings")
public record ScreeningView(
        @Schema(examples = "2025-03-01") LocalDate vogIssuedOn,
        @Schema(description = "Last day the VOG counts, by the coalition's validity rule", examples = "2028-02-29") LocalDate vogValidUntil,
        @Schema(description = "Whether the VOG counts today") boolean vogValid,
        List<TrainingRecordView> trainings) {

    @Schema(name = "TrainingRecord")
    public record TrainingRecordView(
            @Schema(examples = "first-aid") String code,
            @Schema(examples = "2026-05-12") LocalDate completedOn,
            @Schema(description = "Last day it counts; absent when the training does not expire", examples = "2028-05-11") LocalDate expiresOn,
            boolean valid) {
    }
}
