package se.arenaregister.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An edition's header block and appendix choice, as the edition form posts it. */
public record EditionForm(
        @NotNull @Min(2000) @Max(2200) Integer year,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 60) String reference,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datedOn,
        @NotBlank @Size(max = 200) String office,
        @Size(max = 200) String authorName,
        @Size(max = 200) String authorTitle,
        @Size(max = 60) String authorPhone,
        @Email @Size(max = 200) String authorEmail,
        List<Long> appendixAreaIds,
        Long version) {

    public static EditionForm of(MemoEdition e) {
        return new EditionForm(e.year(), e.title(), e.reference(), e.datedOn(), e.office(), e.authorName(), e.authorTitle(), e.authorPhone(),
                e.authorEmail(), e.appendixAreaIds(), e.version());
    }

    public EditionForm withVersion(Long newVersion) {
        return new EditionForm(year, title, reference, datedOn, office, authorName, authorTitle, authorPhone, authorEmail, appendixAreaIds, newVersion);
    }
}
