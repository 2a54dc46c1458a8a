package se.arenaregister.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

public record AgreementForm(
        @NotBlank @Size(max = 300) String title,
        Long organisationId,
        Long arenaId,
        Long decisionId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
        Long responsiblePersonId,
        @Size(max = 4000) String comment,
        Long version) {

    public static AgreementForm empty() {
        return new AgreementForm("", null, null, null, null, null, null, null, "", null);
    }

    public static AgreementForm of(Agreement a) {
        return new AgreementForm(a.title(), a.organisationId(), a.arenaId(), a.decisionId(), a.validFrom(), a.validUntil(), a.endedOn(),
                a.responsiblePersonId(), a.comment(), a.version());
    }

    public AgreementForm withVersion(Long newVersion) {
        return new AgreementForm(title, organisationId, arenaId, decisionId, validFrom, validUntil, endedOn, responsiblePersonId, comment,
                newVersion);
    }
}
